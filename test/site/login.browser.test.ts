/**
 * The protected site in Chromium, as a manager meets it: the Dutch login page, "Onjuist
 * wachtwoord" for a wrong key (and the English one under /en/), the overview after the right one, and no second login for the
 * next page. Served on 127.0.0.1 (a secure context, like HTTPS, so WebCrypto works).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages } from "../../loaders/i18n/index.ts";
import { readBundle } from "../../loaders/index.ts";
import { preparePublish } from "../../loaders/protect/publish.ts";
import { DIST, launchChromium } from "./serve.ts";

const KEY = "blauwe-walvis-zingt-in-de-regen";
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript" };
const root = mkdtempSync(join(tmpdir(), "klantbeeld-login-"));
const out = join(root, "publish");
let browser: Browser;
let server: Server;
let url: string;

beforeAll(async () => {
  const bundle = await readBundle();
  await preparePublish({ access: "password", site: DIST, out, bundle, env: { KLANTBEELD_ACCESS_KEY: KEY } });
  server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(out, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe("the protected site", () => {
  it("says a wrong password is wrong, opens the overview with the right one, and needs no second login", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await expect.poll(() => page.locator("#kb-login").isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator("h1").textContent()).toBe("Klantbeeld – inloggen");
    expect(await page.locator("label[for=kb-password]").textContent()).toBe("Wachtwoord");
    expect(await page.locator("article.kpi").count()).toBe(0);

    await page.fill("#kb-password", "dit-is-niet-het-wachtwoord");
    await page.click("button[type=submit]");
    const error = page.locator("#kb-error");
    await expect.poll(() => error.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await error.textContent()).toBe("Onjuist wachtwoord. Controleer het wachtwoord en probeer het opnieuw.");
    expect(await error.getAttribute("role")).toBe("alert");
    expect(await page.locator("article.kpi").count()).toBe(0);

    await page.fill("#kb-password", KEY);
    await page.click("button[type=submit]");
    const card = page.locator('article.kpi[data-series="revenue"]');
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);
    const bundle = await readBundle();
    const revenue = bundle.series.find((s) => s.id === "revenue")!.values.at(-1)!;
    const expected = new Intl.NumberFormat("nl-NL", { style: "currency", currency: bundle.currency, maximumFractionDigits: 0 }).format(revenue);
    expect((await card.locator(".kpi-value").textContent())?.trim()).toBe(expected);
    expect(await page.locator("#kb-login").count()).toBe(0);

    // Another page of the site opens without asking again (same session, same salt).
    await page.goto(`${url}/doelen/`);
    await expect.poll(() => page.locator("main h1").count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator("#kb-login").count()).toBe(0);
    expect(await page.locator("main h1").textContent()).not.toContain("inloggen");
    await context.close();
  });

  it("asks in English on the English pages, and the same key opens them", async () => {
    const t = messages("en").login;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${url}/en/`);
    await expect.poll(() => page.locator("#kb-login").isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("h1").textContent()).toBe(t.title);
    expect(await page.locator("label[for=kb-password]").textContent()).toBe(t.placeholder);
    await page.fill("#kb-password", "this-is-not-the-password");
    await page.click("button[type=submit]");
    const error = page.locator("#kb-error");
    await expect.poll(() => error.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await error.textContent()).toBe(t.error);
    await page.fill("#kb-password", KEY);
    await page.click("button[type=submit]");
    await expect.poll(() => page.locator('article.kpi[data-series="revenue"]').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await context.close();
  });

  it("a new browser session asks again; ?staticrypt_logout clears the login", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/kanalen/`);
    await expect.poll(() => page.locator("#kb-login").isVisible(), { timeout: 15_000 }).toBe(true);
    await page.fill("#kb-password", KEY);
    await page.click("button[type=submit]");
    await expect.poll(() => page.locator("#kb-login").count(), { timeout: 15_000 }).toBe(0);
    await page.goto(`${url}/?staticrypt_logout`);
    await expect.poll(() => page.locator("#kb-login").isVisible(), { timeout: 15_000 }).toBe(true);
    await page.goto(`${url}/kanalen/`);
    await expect.poll(() => page.locator("#kb-login").isVisible(), { timeout: 15_000 }).toBe(true);
    await context.close();
  });
});
