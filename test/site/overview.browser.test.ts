/**
 * Opens the built dashboard in Chromium, with JavaScript off (as the static pages must work
 * without it), in Dutch (`/`) and English (`/en/`): the overview's KPI cards and charts render,
 * the data page shows the row account, figures in the language's number format.
 */
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBundle } from "../../loaders/index.ts";
import { LANGUAGES_BUILT } from "./languages.ts";
import { DIST, launchChromium, serveDist } from "./serve.ts";

let browser: Browser;
let context: BrowserContext;
let site: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 1800 } });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe.each(LANGUAGES_BUILT)("overview page ($language)", ({ language, prefix, locale }) => {
  it("shows KPI cards with values and deltas, and the charts as SVG", async () => {
    const page = await context.newPage();
    const response = await page.goto(`${site.url}${prefix}/`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe(language);
    const bundle = await readBundle(`${DIST}/data/bundle.json`);
    const revenue = bundle.series.find((s) => s.id === "revenue")!;
    const card = page.locator('article.kpi[data-series="revenue"]');
    await expect.poll(() => card.count()).toBe(1);
    // The card shows the latest month's revenue in the language's format (€ 1.234.567 / €1,234,567).
    const expected = new Intl.NumberFormat(locale, { style: "currency", currency: bundle.currency, maximumFractionDigits: 0 }).format(revenue.values.at(-1)!);
    expect((await card.locator(".kpi-value").textContent())?.trim()).toBe(expected);
    expect(await page.locator("article.kpi").count()).toBeGreaterThanOrEqual(10);
    expect(await card.locator(".kpi-deltas dd").count()).toBe(2);
    // Each chart card holds a drawn plot (its largest SVG; legends are small SVGs beside it).
    const areas = await page.$$eval("figure.chart-card", (figures) =>
      figures.map((f) => Math.max(0, ...[...f.querySelectorAll("svg")].map((svg) => svg.getBoundingClientRect().width * svg.getBoundingClientRect().height))),
    );
    expect(areas.length).toBeGreaterThanOrEqual(3);
    for (const area of areas) expect(area).toBeGreaterThan(300 * 150);
    // Landmarks and one h1 for screen readers.
    expect(await page.locator("header, nav, main, footer").count()).toBe(4);
    expect(await page.locator("h1").count()).toBe(1);
  });

  it("shows the row account per file on the data page", async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}${prefix}/datakwaliteit/`);
    const bundle = await readBundle(`${DIST}/data/bundle.json`);
    expect(await page.locator("section[aria-labelledby=account] tbody tr").count()).toBe(bundle.accounts.length);
    const read = bundle.accounts.reduce((s, a) => s + a.rowsRead, 0);
    const footer = await page.locator("section[aria-labelledby=account] tfoot").textContent();
    expect(footer).toContain(new Intl.NumberFormat(locale).format(read));
  });
});
