/**
 * Opens the segments page and one pre-rendered earlier month in Chromium with JavaScript off, in
 * Dutch (`/segmenten/`) and English (`/en/segmenten/`): the segment table (11 rows, values from
 * the bundle in the language's number format), the R × FM grid, the migration heatmaps, and plain
 * links to earlier months that open without a server. Words come from each language's catalogue.
 */
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Bundle, readBundle, type RfmSection, SEGMENTS } from "../../loaders/index.ts";
import { fixedParts, LANGUAGES_BUILT } from "./languages.ts";
import { DIST, launchChromium, serveDist } from "./serve.ts";

let browser: Browser;
let context: BrowserContext;
let site: Awaited<ReturnType<typeof serveDist>>;
let bundle: Bundle;
let rfm: RfmSection;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 1800 } });
  bundle = await readBundle(`${DIST}/data/bundle.json`);
  rfm = bundle.sections.rfm as RfmSection;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe.each(LANGUAGES_BUILT)("segments page ($language)", ({ language, prefix, locale, t }) => {
  const whole = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
  /** `2026-10` → `okt` / `Oct`. */
  const shortMonth = (key: string) => new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" }).format(new Date(`${key}-01T00:00:00Z`)).replace(".", "");
  /** `2026-10` → `oktober 2026` / `October 2026`. */
  const monthName = (key: string) => new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${key}-01T00:00:00Z`));
  const champions = SEGMENTS.find((s) => s.id === "champions")!;

  it("shows the segment table with the bundle's figures in the language's number format", async () => {
    expect(rfm).toBeDefined();
    const page = await context.newPage();
    expect((await page.goto(`${site.url}${prefix}/segmenten/`))?.status()).toBe(200);
    const rows = page.locator(".segment-table tbody tr");
    expect(await rows.count()).toBe(11);
    const row = rfm.table.find((r) => r.id === "champions")!;
    // Champions' customers as the page formats a count (2.141 in Dutch, 2,141 in English).
    const shown = (await page.locator('.segment-table tbody tr[data-segment="champions"] td.customers').textContent())?.trim();
    expect(shown).toBe(row.customers === null ? "–" : whole(row.customers));
    expect(await page.locator('.segment-table tbody tr[data-segment="champions"] th').textContent()).toContain(language === "nl" ? champions.nameNl : champions.name);
    // Every suppressed figure reads "–" and the footnote says why ("minder dan 5 klanten" / "fewer than 5 customers").
    const footnote = ((await page.locator(".segment-table .footnote").textContent()) ?? "").replace(/\s+/g, " ");
    const parts = fixedParts((mark) => t.segments.table.footnote(rfm.minGroupSize, mark, mark, rfm.windowMonths));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(footnote).toContain(part);
    expect(await page.locator("h1").count()).toBe(1);
  });

  it("draws the R × FM grid and the latest migration heatmap as SVG", async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}${prefix}/segmenten/`);
    // The grid: 25 cells (shown + hidden), each with its segment name; the legend is HTML, not canvas.
    const grid = page.locator(".segment-grid svg[role=img]");
    expect(await grid.count()).toBe(1);
    expect(await grid.locator(".cells-shown rect, .cells-hidden rect").count()).toBe(25);
    expect(await grid.locator(".segment-names text").count()).toBe(25);
    const box = await grid.boundingBox();
    expect(box!.width * box!.height).toBeGreaterThan(400 * 250);
    expect(await page.locator(".segment-grid .ramp-legend").textContent()).toContain(t.charts.customers);
    // The migration matrix into the latest month: 12 × 12 cells; a shown count appears as its label.
    const latest = rfm.migrations.at(-1)!.previous;
    const matrix = page.locator(".segment-migration figure.chart-card").first();
    expect(await matrix.locator("h2").textContent()).toContain(monthName(latest.to));
    expect(await matrix.locator(".cells-shown rect, .cells-hidden rect").count()).toBe(latest.rows.length * latest.cols.length);
    const stay = latest.counts[0]![0]!; // Champions who stayed Champions
    const labels = await matrix.locator(".counts text").allTextContents();
    expect(labels).toContain(stay === null ? `<${rfm.minGroupSize}` : whole(stay));
    // Alerts list the configured moves with this month's count.
    expect(await page.locator(".segment-alerts li").count()).toBe(rfm.alerts.length);
  });

  it("opens an earlier month from a plain link and shows its matrix", async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}${prefix}/segmenten/`);
    const earlier = rfm.migrations.at(-2)!;
    const link = page.locator(`.segment-months a[href$="/segmenten/${earlier.month}/"]`);
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL(`**${prefix}/segmenten/${earlier.month}/`);
    expect(await page.locator("h1").textContent()).toBe(t.segments.monthTitle(monthName(earlier.month)));
    const matrix = page.locator(".segment-migration figure.chart-card").first();
    expect(await matrix.locator("svg[role=img]").count()).toBe(1);
    expect(await matrix.locator(".cells-shown rect, .cells-hidden rect").count()).toBe(earlier.previous.rows.length * earlier.previous.cols.length);
    // Its biggest shown cell is labelled with the bundle's count.
    const biggest = Math.max(...earlier.previous.counts.flat().map((c) => c ?? 0));
    expect(await matrix.locator(".counts text").allTextContents()).toContain(whole(biggest));
    // Every month but the latest has a page, and the current one is marked.
    expect(await page.locator(".segment-months .months a").count()).toBe(rfm.migrations.length - 1);
    // The link's name is its visible short month plus the year (no aria-label that hides the visible text).
    const current = page.locator(".segment-months a[aria-current=page]");
    expect(await current.getAttribute("data-month")).toBe(earlier.month);
    expect(await current.getAttribute("aria-label")).toBeNull();
    expect((await current.textContent())?.replace(/\s+/g, " ").trim()).toBe(`${shortMonth(earlier.month)} ${earlier.month.slice(0, 4)}`);
  });
});
