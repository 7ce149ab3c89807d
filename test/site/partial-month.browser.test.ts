/**
 * A site built from data that end mid-month (test/fixtures/partial-month, last order 9 April 2026),
 * opened in Chromium: the overview labels April as partial and its card deltas compare the same
 * days (April 1–9 against 1–9 March and 1–9 April 2025), never whole months. The expected figures
 * are worked out by hand in test/bundle/period.test.ts.
 */
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBundle, messages } from "../../loaders/index.ts";
import { stableJson } from "../../loaders/lib/stable-json.ts";
import { expectArrowsAgree, expectNoRepeatedTicks, tickLabels } from "./page-checks.ts";
import { builtPages, languageOfPath } from "./pages.ts";
import { launchChromium, serveDist } from "./serve.ts";

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
let page: Page;
let out: string;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "klantbeeld-partial-site-"));
  const bundlePath = join(dir, "bundle.json");
  await writeFile(bundlePath, stableJson(await loadBundle("test/fixtures/partial-month")));
  out = join(dir, "dist");
  await promisify(execFile)("node_modules/.bin/astro", ["build", "--outDir", out], {
    env: { ...process.env, KLANTBEELD_BUNDLE: bundlePath, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  site = await serveDist(out);
  browser = await launchChromium();
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 1600 } });
  page = await context.newPage();
  await page.goto(`${site.url}/`);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A delta as shown, read as a signed number whatever the number style (`-52,9%`, `−52,9 %`). */
function signed(text: string): number | null {
  const match = /([+\-−])?\s*(\d+(?:[.,]\d+)?)/.exec(text);
  if (!match) return null;
  const value = Number(match[2]!.replace(",", "."));
  return match[1] === "-" || match[1] === "−" ? -value : value;
}

describe("overview of a partial month", () => {
  it("labels April 2026 as running through 9 April, and names the days compared", async () => {
    const note = page.locator('[data-partial-month="2026-04"]');
    await expect(note.count()).resolves.toBe(1);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (the rendered text), not the DOM property
    const text = (await note.innerText()).replace(/\s+/g, " ");
    expect(text).toContain("April 2026 loopt nog: t/m 9 april (9 van 30 dagen)");
    expect(text).toContain("1–9 maart 2026");
    expect(text).toContain("1–9 april 2025");
    expect(text).toContain("maart 2026, de laatste volledige maand");
  });

  it("shows month-to-date revenue with like-for-like deltas: −52,9 % on 1–9 March, −20 % on 1–9 April 2025", async () => {
    const card = page.locator('[data-series="revenue"]');
    const deltas = await card.locator(".kpi-deltas dd").allInnerTexts();
    // Against whole March (270) it would read −70,4 %.
    expect(deltas.map(signed)).toEqual([-52.9, -20]);
  });

  it("compares active customers as of 9 April with 9 March (+66,7 %) and leaves the warm-up year-ago empty", async () => {
    const deltas = await page.locator('[data-series="customers.active"] .kpi-deltas dd').allInnerTexts();
    expect(signed(deltas[0]!)).toBe(66.7);
    expect(signed(deltas[1]!)).toBeNull();
  });
});

describe("every page of a partial month", () => {
  it("names the card changes as same-days comparisons", async () => {
    const labels = await page.locator('[data-series="revenue"] .kpi-deltas dt').allInnerTexts();
    expect(labels.map((t) => t.replace(/\s+/g, " ").trim())).toEqual(["t.o.v. zelfde dagen vorige maand", "t.o.v. zelfde dagen vorig jaar"]);
  });

  it("names the segments as of 9 April, never 'eind april'", async () => {
    const segments = await browser.newPage();
    await segments.goto(`${site.url}/segmenten/`);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (the rendered text), not the DOM property
    const text = (await segments.locator("main").innerText()).replace(/\s+/g, " ");
    expect(text).toContain("Segmenten op 9 april 2026");
    expect(text).not.toMatch(/eind april 2026/i);
    await segments.close();
  });

  it("has arrows that agree with their numbers and axes without repeated ticks, at 1366 px on every built page", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const paths = builtPages(out);
    for (const path of paths) {
      const p = await context.newPage();
      await p.goto(`${site.url}${path}`);
      await expectArrowsAgree(p, path, messages(languageOfPath(path)).glossary.tone);
      expectNoRepeatedTicks(await tickLabels(p), `${path} at 1366`);
      await p.close();
    }
    await context.close();
  }, 240_000);

  it("fits 390 px, and axe finds nothing serious, on every built page", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const paths = builtPages(out);
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) {
      const p = await context.newPage();
      await p.goto(`${site.url}${path}`);
      expect(await p.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      const result = await new AxeBuilder({ page: p }).analyze();
      const severe = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(severe.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`), path).toEqual([]);
      await p.close();
    }
    await context.close();
  }, 240_000);
});
