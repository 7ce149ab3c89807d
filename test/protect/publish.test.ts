import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { messages } from "../../loaders/i18n/index.ts";
import { siteSalt } from "../../loaders/protect/encrypt-site.ts";
import { preparePublish, ProtectError } from "../../loaders/protect/publish.ts";
import { BUNDLE, fixtureSite, PAGES, SECRET } from "./fixtures.ts";

const KEY = "paars-olifant-fietst-naar-zee";
const made: string[] = [];
afterAll(() => made.forEach((d) => {
  rmSync(d, { recursive: true, force: true });
}));
function site(extra: Record<string, string> = {}) {
  const s = fixtureSite(extra);
  made.push(s.root);
  return s;
}
const list = (dir: string) => (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[]).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();

// StatiCrypt's own engine (the one the login page runs), used here as the independent decrypter.
const require = createRequire(import.meta.url);
const engine = require("staticrypt/lib/cryptoEngine.js") as { hashPassword(p: string, s: string): Promise<string> };
const codec = (require("staticrypt/lib/codec.js") as { init(e: unknown): { decode(m: string, h: string, s: string): Promise<{ success: boolean; decoded?: string }> } }).init(engine);
async function decrypt(file: string, key: string) {
  const html = readFileSync(file, "utf8");
  const msg = /"staticryptEncryptedMsgUniqueVariableName":\s*"([^"]+)"/.exec(html)![1]!;
  const salt = /"staticryptSaltUniqueVariableName":\s*"([^"]+)"/.exec(html)![1]!;
  return codec.decode(msg, await engine.hashPassword(key, salt), salt);
}

describe("preparePublish, access: password", () => {
  it("encrypts every page so the original comes back only with the right key, copies assets, leaves the bundle out", async () => {
    const { site: dist, out } = site();
    const r = await preparePublish({ access: "password", site: dist, out, bundle: BUNDLE, env: { KLANTBEELD_ACCESS_KEY: KEY } });
    expect(r).toEqual({ access: "password", files: 6, encryptedPages: 4 });
    expect(list(out)).toEqual(["_astro/island.js", "_astro/site.css", "datakwaliteit/index.html", "doelen/index.html", "index.html", "segmenten/index.html"]);
    for (const page of ["index.html", "segmenten/index.html", "doelen/index.html", "datakwaliteit/index.html"]) {
      const text = readFileSync(join(out, page), "utf8");
      for (const secret of Object.values(SECRET)) expect(text).not.toContain(secret);
      expect(text).toContain("Onjuist wachtwoord");
      expect(await decrypt(join(out, page), KEY)).toEqual({ success: true, decoded: PAGES[page] });
      expect((await decrypt(join(out, page), `${KEY}x`)).success).toBe(false);
    }
    expect(readFileSync(join(out, "_astro/site.css"), "utf8")).toBe(PAGES["_astro/site.css"]);
  });

  it("words the login page in each page's language: Dutch at /, English under /en/ (texts from each catalogue), one salt and key for both", async () => {
    const english = "<!doctype html><html lang=\"en\"><body><h1>Overview</h1></body></html>";
    const { site: dist, out } = site({ "en/index.html": english, "en/doelen/index.html": english });
    const r = await preparePublish({ access: "password", site: dist, out, bundle: { ...BUNDLE, languages: ["nl", "en"] }, env: { KLANTBEELD_ACCESS_KEY: KEY } });
    expect(r.encryptedPages).toBe(6);
    for (const [page, language] of [["index.html", "nl"], ["doelen/index.html", "nl"], ["en/index.html", "en"], ["en/doelen/index.html", "en"]] as const) {
      const text = readFileSync(join(out, page), "utf8");
      const own = messages(language).login;
      const other = messages(language === "nl" ? "en" : "nl").login;
      expect(text).toContain(`<html lang="${language}"`);
      for (const word of [own.title, own.error, own.loading, own.noscript, own.remember(30)]) expect(text).toContain(word);
      for (const word of [other.title, other.error, other.loading, other.noscript]) expect(text).not.toContain(word);
      expect((await decrypt(join(out, page), KEY)).success).toBe(true);
    }
    const salt = (page: string) => /"staticryptSaltUniqueVariableName":\s*"([^"]+)"/.exec(readFileSync(join(out, page), "utf8"))![1];
    expect(salt("en/index.html")).toBe(salt("index.html"));
  });

  it("uses one salt for every page (one login for the site), stable per site address", async () => {
    const { site: dist, out } = site();
    await preparePublish({ access: "password", site: dist, out, bundle: BUNDLE, env: { KLANTBEELD_ACCESS_KEY: KEY, KLANTBEELD_SITE: "https://acme.github.io", KLANTBEELD_BASE: "/klantbeeld" } });
    const salts = new Set(["index.html", "doelen/index.html"].map((p) => /"staticryptSaltUniqueVariableName":\s*"([^"]+)"/.exec(readFileSync(join(out, p), "utf8"))![1]));
    expect([...salts]).toEqual([siteSalt("https://acme.github.io/klantbeeld")]);
    expect(siteSalt("https://acme.github.io/klantbeeld")).toMatch(/^[0-9a-f]{32}$/);
    expect(siteSalt("https://acme.github.io/klantbeeld")).not.toBe(siteSalt("https://other.github.io/klantbeeld"));
  });

  it("is byte-identical from run to run except the ciphertext (a fresh random IV per page)", async () => {
    const { site: dist, out, root } = site();
    const env = { KLANTBEELD_ACCESS_KEY: KEY };
    await preparePublish({ access: "password", site: dist, out, bundle: BUNDLE, env });
    const second = join(root, "second");
    await preparePublish({ access: "password", site: dist, out: second, bundle: BUNDLE, env });
    const cipher = /"staticryptEncryptedMsgUniqueVariableName":\s*"([0-9a-f]+)"/;
    for (const file of list(out)) {
      const [a, b] = [readFileSync(join(out, file), "utf8"), readFileSync(join(second, file), "utf8")];
      if (file.endsWith(".html")) {
        expect(cipher.exec(a)![1]).not.toBe(cipher.exec(b)![1]);
        expect(a.replace(cipher, "")).toBe(b.replace(cipher, ""));
      } else expect(a).toBe(b);
    }
  });

  it("without a key fails with a message naming the secret and publishes nothing", async () => {
    const { site: dist, out } = site();
    await expect(preparePublish({ access: "password", site: dist, out, bundle: BUNDLE, env: {} })).rejects.toThrow(
      /^access: password \(data\/klantbeeld\.yaml\) needs the site key in KLANTBEELD_ACCESS_KEY: add the repository secret KLANTBEELD_ACCESS_KEY/,
    );
    expect(existsSync(out)).toBe(false);
    const short = await preparePublish({ access: "password", site: dist, out, bundle: BUNDLE, env: { KLANTBEELD_ACCESS_KEY: "kort" } }).catch((e: unknown) => e as ProtectError);
    expect(short).toBeInstanceOf(ProtectError);
    expect((short as ProtectError).message).toMatch(/^KLANTBEELD_ACCESS_KEY is too short \(4 characters\): use at least 16/);
    // In Dutch for a Dutch data description (the CLI prints `text(language)`).
    expect((short as ProtectError).text("nl")).toBe(
      "KLANTBEELD_ACCESS_KEY is te kort (4 tekens): gebruik er minstens 16, bijv. een gegenereerde wachtzin van 5 woorden; er is niets gepubliceerd",
    );
  });

  it("refuses when an asset still shows a figure after encryption, and keeps the last folder", async () => {
    const { site: dist, out } = site({ "_astro/leak.js": `export const omzet = "€ ${SECRET.revenue}";\n` });
    const { site: good } = site();
    await preparePublish({ access: "public", site: good, out, bundle: BUNDLE, env: {} });
    const before = list(out);
    await expect(preparePublish({ access: "password", site: dist, out, bundle: BUNDLE, env: { KLANTBEELD_ACCESS_KEY: KEY } })).rejects.toThrow(
      "readable revenue text left after encryption in _astro/leak.js (revenue); nothing was published",
    );
    expect(list(out)).toEqual(before);
    expect(readdirSync(join(out, "..")).sort()).toEqual(["dist", "publish"]);
  });
});

describe("preparePublish, other modes", () => {
  it("access: public publishes the readable site byte for byte, without the bundle", async () => {
    const { site: dist, out } = site();
    expect(await preparePublish({ access: "public", site: dist, out, bundle: BUNDLE, env: {} })).toEqual({ access: "public", files: 6, encryptedPages: 0 });
    for (const file of list(out)) expect(readFileSync(join(out, file), "utf8")).toBe(PAGES[file]);
    expect(existsSync(join(out, "data"))).toBe(false);
  });

  it("access: azure-static-web-apps adds a login rule for one Entra tenant, and asks for the tenant id", async () => {
    const { site: dist, out } = site();
    const tenant = "0b6f4c2e-1d2a-4f3b-9c8d-7e6f5a4b3c2d";
    await preparePublish({ access: "azure-static-web-apps", site: dist, out, bundle: BUNDLE, env: { KLANTBEELD_AZURE_TENANT_ID: tenant } });
    const config = JSON.parse(readFileSync(join(out, "staticwebapp.config.json"), "utf8"));
    expect(config.routes).toEqual([{ route: "/*", allowedRoles: ["authenticated"] }]);
    expect(config.auth.identityProviders.azureActiveDirectory.registration.openIdIssuer).toBe(`https://login.microsoftonline.com/${tenant}/v2.0`);
    expect(config.responseOverrides["401"].redirect).toBe("/.auth/login/aad?post_login_redirect_uri=.referrer");
    await expect(preparePublish({ access: "azure-static-web-apps", site: dist, out, bundle: BUNDLE, env: {} })).rejects.toThrow(/needs KLANTBEELD_AZURE_TENANT_ID/);
  });

  it("refuses a site without index.html and an output inside the site", async () => {
    const { site: dist, root } = site();
    await expect(preparePublish({ access: "public", site: dist, out: join(dist, "x"), bundle: BUNDLE, env: {} })).rejects.toThrow("lies inside the site");
    writeFileSync(join(root, "empty"), "");
    await expect(preparePublish({ access: "public", site: join(root, "nothing"), out: join(root, "o"), bundle: BUNDLE, env: {} })).rejects.toThrow("index.html is missing");
  });
});
