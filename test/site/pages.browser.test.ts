/**
 * Every built page in Chromium, at desktop (1366 px) and phone width (390 and 360 px): no arrow
 * disagrees with the sign of its number, no page is wider than the screen, no axis repeats a tick
 * label, axis text is at least 11 px on a phone, and axe-core finds no serious or critical
 * violation — on every page at 390 px, and on the main pages (not the 30-odd monthly migration
 * pages, which share one template) at 1366 px too. JavaScript is on: axe-core runs in the page.
 * With `languages: [nl, en]` (the sample) every check runs on the English pages under /en/ too.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages } from "../../loaders/i18n/index.ts";
import { expectArrowsAgree, expectNoRepeatedTicks, expectNoSevereViolations, tickLabels } from "./page-checks.ts";
import { builtPages, languageOfPath } from "./pages.ts";
import { launchChromium, serveDist } from "./serve.ts";

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
const contexts = new Map<number, BrowserContext>();
const pages = builtPages();
/** A monthly migration page (`/segmenten/2025-05/`): one template, checked with axe at phone width. */
const monthly = (path: string) => /^(\/en)?\/segmenten\/\d{4}-\d{2}\/$/.test(path);

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
  for (const width of [1366, 390, 360]) contexts.set(width, await browser.newContext({ viewport: { width, height: 900 } }));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(width: number, path: string): Promise<Page> {
  const page = await contexts.get(width)!.newPage();
  expect((await page.goto(`${site.url}${path}`))?.status()).toBe(200);
  return page;
}

/** The smallest rendered font size of the axis labels shown (an SVG scales with its box). */
function smallestAxisText(page: Page): Promise<number> {
  return page.$$eval('g[data-mark$="tick label"] text', (texts) =>
    Math.min(
      ...texts
        .filter((t) => (t as SVGTextElement).getBoundingClientRect().width > 0)
        .map((t) => {
          const svg = (t as SVGTextElement).ownerSVGElement!;
          return parseFloat(getComputedStyle(t).fontSize) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
        }),
    ),
  );
}

describe("every page", () => {
  it("has the pages to check", () => {
    expect(pages).toEqual(expect.arrayContaining(["/", "/segmenten/", "/datakwaliteit/", "/doelen/", "/experimenten/"]));
    expect(pages).toEqual(expect.arrayContaining(["/en/", "/en/segmenten/", "/en/datakwaliteit/", "/en/doelen/", "/en/experimenten/"]));
  });

  it.each(pages)("%s at 1366 px: arrows agree with their numbers, ticks do not repeat, axe is clean (main pages)", async (path) => {
    const page = await open(1366, path);
    await expectArrowsAgree(page, path, messages(languageOfPath(path)).glossary.tone);
    expectNoRepeatedTicks(await tickLabels(page), `${path} at 1366`);
    // Every chart has a text alternative: its figures as a table inside a <details>.
    const charts = await page.locator("figure.chart-card").evaluateAll((els) => els.map((e) => ({ title: e.querySelector("h2")?.textContent?.trim() ?? "", table: e.querySelectorAll("details table tbody tr").length })));
    expect(charts.filter((c) => c.table === 0).map((c) => c.title), `${path}: charts without a data table`).toEqual([]);
    if (!monthly(path)) await expectNoSevereViolations(page, `${path} at 1366`);
    await page.close();
  });

  it.each(pages)("%s at 390 and 360 px: no sideways scrolling, axis text ≥ 11 px, ticks do not repeat, axe is clean", async (path) => {
    for (const width of [390, 360]) {
      const page = await open(width, path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}`).toBeLessThanOrEqual(width);
      const smallest = await smallestAxisText(page);
      if (Number.isFinite(smallest)) expect(smallest, `${path} at ${width}`).toBeGreaterThanOrEqual(11);
      if (width === 390) {
        expectNoRepeatedTicks(await tickLabels(page), `${path} at 390`);
        await expectNoSevereViolations(page, `${path} at 390`);
      }
      await page.close();
    }
  });
});
