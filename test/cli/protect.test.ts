/**
 * `npm run protect` on the real build (dist/, made by `npm run build` before the tests), as the
 * deploy workflow runs it. The scan below is independent of the CLI's own guard: it takes the
 * goal titles from data/goals.yaml, the file names from data/, the segment names written out by
 * hand, and the revenue as the overview shows it, and first proves that each is readable in dist/.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readBundle } from "../../loaders/index.ts";
import { parseConfig } from "../../loaders/sources/read-config.ts";

const CLI = new URL("../../loaders/cli/protect.ts", import.meta.url).pathname;
const KEY = "groene-giraffe-leest-de-krant";
const exec = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), "klantbeeld-protect-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function protect(args: string[], env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(KLANTBEELD_|STATICRYPT_)/.test(k)));
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { env: { ...clean, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
const texts = (dir: string) => files(dir).map((f) => ({ file: f.slice(dir.length + 1), text: readFileSync(f, "utf8") }));

/** Every sensitive text, found without the CLI's code. */
async function secrets(): Promise<[string, string][]> {
  const bundle = await readBundle();
  const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const revenue = bundle.series.find((s) => s.id === "revenue")!.values.filter((v): v is number => v !== null).map((v) => euro.format(v));
  const goals = (parse(readFileSync("data/goals.yaml", "utf8")) as { goals: { title: string }[] }).goals.map((g) => g.title);
  const dataFiles = files("data").filter((f) => f.endsWith(".csv")).map((f) => basename(f));
  const segments = ["Kampioen", "Loyale klant", "Winterslaap", "Vertrokken", "Dreigt te vertrekken", "Heeft aandacht nodig"];
  return [...revenue.map((t) => ["revenue", t] as [string, string]), ...goals.map((t) => ["goal", t] as [string, string]), ...dataFiles.map((t) => ["file", t] as [string, string]), ...segments.map((t) => ["segment", t] as [string, string])];
}

let terms: [string, string][];
beforeAll(async () => {
  terms = await secrets();
});

describe("npm run protect with the default settings (access: password)", () => {
  it("the scan is not vacuous: every kind of sensitive text is readable in dist/", () => {
    const all = texts("dist").map((t) => t.text).join("\n");
    for (const kind of ["revenue", "goal", "file", "segment"]) {
      const found = terms.filter(([k, t]) => k === kind && all.includes(t));
      expect(found.length, kind).toBeGreaterThan(0);
    }
    expect(terms.length).toBeGreaterThan(40);
  });

  it("writes a folder in which no file shows a revenue figure, segment name, goal title or data file name", async () => {
    const out = join(root, "publish");
    const r = await protect(["--out", out], { KLANTBEELD_ACCESS_KEY: KEY });
    expect(r.stderr).toBe("");
    const pages = files("dist").filter((f) => f.endsWith(".html")).length;
    // data/klantbeeld.yaml says locale: nl-NL, so the line is Dutch.
    expect(r.stdout).toMatch(new RegExp(`: \\d+ bestanden, ${pages} pagina's versleuteld \\(één login voor de hele site\\); data/bundle.json weggelaten\\.\\n$`));
    const published = texts(out);
    expect(published.length).toBe(files("dist").length - 1);
    const leaks = published.flatMap(({ file, text }) => terms.filter(([, t]) => text.includes(t)).map(([k]) => `${file}: ${k}`));
    expect(leaks).toEqual([]);
    expect(published.some((p) => p.file.includes("bundle"))).toBe(false);
  });

  it("without KLANTBEELD_ACCESS_KEY exits 1 with a message naming the secret, and publishes nothing", async () => {
    const out = join(root, "never");
    const r = await protect(["--out", out], {});
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^error: protect: access: password \(data\/klantbeeld\.yaml\) heeft de sitesleutel in KLANTBEELD_ACCESS_KEY nodig: voeg het repository-secret KLANTBEELD_ACCESS_KEY toe .*er is niets gepubliceerd\n$/);
    expect(() => readdirSync(out)).toThrow();
  });
});

describe("npm run protect with access: public", () => {
  it("gives today's readable site, file for file, without data/bundle.json", async () => {
    const data = join(root, "data-public");
    const yaml = readFileSync("data/klantbeeld.yaml", "utf8");
    expect(yaml).toMatch(/^access: password /m);
    mkdirSync(data, { recursive: true });
    // In English too: with locale: en-GB the CLI's line is English.
    writeFileSync(join(data, "klantbeeld.yaml"), yaml.replace(/^access: password .*$/m, "access: public").replace(/^locale: nl-NL$/m, "locale: en-GB"));
    copyFileSync("data/goals.yaml", join(data, "goals.yaml"));
    const out = join(root, "public");
    const r = await protect(["--data", data, "--out", out], {});
    expect(r.stdout).toMatch(/readable by anyone \(access: public\); data\/bundle.json left out\.\n$/);
    const dist = texts("dist").filter((t) => t.file !== "data/bundle.json");
    expect(texts(out)).toEqual(dist);
  });
});

describe("the access setting in data/klantbeeld.yaml", () => {
  const base = { version: 1, sources: [{ name: "x", kind: "transactions", files: "x.csv", columns: { date: "d", amount: "a" } }] };
  it("defaults to password, accepts the documented modes and refuses others with the choices", () => {
    expect(parseConfig(base).access).toBe("password");
    for (const access of ["public", "github-private-pages", "azure-static-web-apps", "cloudflare-access"]) expect(parseConfig({ ...base, access }).access).toBe(access);
    expect(() => parseConfig({ ...base, access: "open" })).toThrow(/data\/klantbeeld\.yaml is not valid:\n {2}access: .*"password".*"public"/);
  });
});
