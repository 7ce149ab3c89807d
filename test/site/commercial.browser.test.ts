/**
 * The commercial pages in Chromium, in Dutch and in English (`/en/…`): Cross- & upsell, Conversie,
 * Kanalen and Experimenten open with JavaScript off and show the bundle's values (in each
 * language's number format, as the pages format them) and their charts as SVG; with JavaScript
 * on, the sample-size calculator recomputes. Words come from each language's catalogue.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Bundle, type CrossUpsellSection, type DigitalShareSection, type ExperimentsSection, type JourneysSection, readBundle } from "../../loaders/index.ts";
import { daysNeeded, sampleSize } from "../../loaders/metrics/sample-size.ts";
import { fixedParts, LANGUAGES_BUILT, type SiteLanguage } from "./languages.ts";
import { DIST, launchChromium, serveDist } from "./serve.ts";

let browser: Browser;
let noJs: BrowserContext;
let withJs: BrowserContext;
let site: Awaited<ReturnType<typeof serveDist>>;
let bundle: Bundle;

// The site's one sign style: "+" or a real minus (U+2212).
const minus = (text: string) => text.replace("-", "\u2212");

/** The figures of one language, in its locale and the site's style (in Dutch a narrow no-break space before "%": 12,3 %; in English none: 12.3%). */
function figures({ language, locale }: SiteLanguage) {
  const percentStyle = (text: string) => (language === "nl" ? text.replace("%", "\u202F%") : text);
  return {
    count: (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(v),
    percent1: (v: number) => percentStyle(new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v)),
    percent2: (v: number) => percentStyle(new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v)),
    decimals2: (v: number, sign = false) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: sign ? "exceptZero" : "auto" }).format(v),
    money: (v: number) => new Intl.NumberFormat(locale, { style: "currency", currency: bundle.currency, maximumFractionDigits: Math.abs(v) >= 1000 ? 0 : 2 }).format(v),
  };
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? "").replace(/[ \t\r\n]+/g, " ").trim();

/** Opens a page with JavaScript off and checks the shell: status 200, one h1, landmarks. */
async function open(path: string): Promise<Page> {
  const page = await noJs.newPage();
  const response = await page.goto(`${site.url}${path}`);
  expect(response?.status()).toBe(200);
  expect(await page.locator("h1").count()).toBe(1);
  expect(await page.locator("header, nav, main, footer").count()).toBe(4);
  return page;
}

/** Per chart card the area of its largest SVG (legends are small SVGs beside the plot). */
async function chartAreas(page: Page, selector = "figure.chart-card"): Promise<number[]> {
  return page.$$eval(selector, (figures) =>
    figures.map((f) => Math.max(0, ...[...f.querySelectorAll("svg")].map((svg) => svg.getBoundingClientRect().width * svg.getBoundingClientRect().height))),
  );
}

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
  noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 1800 } });
  withJs = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 1280, height: 1800 } });
  bundle = await readBundle(`${DIST}/data/bundle.json`);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe.each(LANGUAGES_BUILT)("commercial pages ($language)", (lang) => {
  const { prefix, t } = lang;
  const { count, percent1, percent2, decimals2, money } = figures(lang);

describe("Cross- & upsell page", () => {
  it("shows the KPI values, the channel table with hidden cells as –, the pairs and four charts", async () => {
    const cu = bundle.sections["crossUpsell"] as CrossUpsellSection;
    const page = await open(`${prefix}/cross-upsell/`);
    const revenue = bundle.series.find((s) => s.id === "cross_sell.revenue")!.values.at(-1)!;
    expect(await text(page, 'article.kpi[data-series="cross_sell.revenue"] .kpi-value')).toBe(money(revenue));
    const upsell = bundle.series.find((s) => s.id === "upsell.orders")!.values.at(-1)!;
    expect(await text(page, 'article.kpi[data-series="upsell.orders"] .kpi-value')).toBe(count(upsell));
    // The latest month per channel: suppressed cells (null in the bundle) read "–".
    const last = bundle.months.length - 1;
    for (const c of cu.byChannel) {
      const row = page.locator(`tr[data-channel="${c.channel}"]`);
      if ((await row.count()) === 0) continue;
      const cells = await row.locator("td").allTextContents();
      const upsellOrders = c.upsell.orders[last]!;
      expect(cells[2]!.trim()).toBe(upsellOrders === null ? "–" : count(upsellOrders));
    }
    // The top pair with its lift (two decimals), and one row per pair.
    expect(await page.locator("tr[data-pair]").count()).toBe(cu.pairs.items.length);
    const top = cu.pairs.items[0]!;
    const topCells = await page.locator(`tr[data-pair="${top.from}>${top.to}"] td`).allTextContents();
    expect(topCells.map((c) => c.trim())).toEqual([
      top.from,
      top.to,
      count(top.customers),
      percent1(top.support),
      percent1(top.confidence),
      decimals2(top.lift),
    ]);
    const areas = await chartAreas(page);
    expect(areas).toHaveLength(4);
    for (const area of areas) expect(area).toBeGreaterThan(300 * 150);
    expect(await text(page, "#cu-definitions")).toContain(t.crossUpsell.howTitle);
  });
});

describe("Conversie page", () => {
  it("shows each journey's latest month with interval and changes, and a chart per journey", async () => {
    const journeys = bundle.sections["journeys"] as JourneysSection;
    const page = await open(`${prefix}/conversie/`);
    const totals = journeys.entries.filter((e) => e.segment === null);
    expect(await page.locator('article.kpi[data-series^="journey."]').count()).toBe(totals.length);
    for (const e of journeys.entries) {
      const row = page.locator(`tr[data-journey="${e.journey}"][data-segment="${e.segment ?? ""}"]`);
      expect(await row.count()).toBe(1);
      const rate = await row.locator("td.rate").textContent();
      expect(rate?.trim()).toBe(e.latest === null ? "–" : percent2(e.latest.rate));
      const interval = await row.locator("td.interval").textContent();
      expect(interval?.trim()).toBe(e.latest === null ? "–" : `${percent2(e.latest.low)} – ${percent2(e.latest.high)}`);
    }
    // A change in percentage points with two decimals, e.g. "−0,31 pp".
    const withMom = journeys.entries.find((e) => e.latest?.mom)!;
    const pp = minus(decimals2(withMom.latest!.mom!.absolute * 100, true));
    const momCell = page.locator(`tr[data-journey="${withMom.journey}"][data-segment="${withMom.segment ?? ""}"] td.change`).first();
    expect((await momCell.textContent())?.trim().startsWith(`${pp} pp`)).toBe(true);
    expect(await text(page, "#journey-latest ~ p.note")).toContain(t.conversion.tableNote.noTrend);
    const areas = await chartAreas(page);
    expect(areas).toHaveLength(totals.length);
    for (const area of areas) expect(area).toBeGreaterThan(300 * 150);
  });
});

describe("Kanalen page", () => {
  it("shows the digital shares, the per-channel table, the mapping, unknown channels and three charts", async () => {
    const share = bundle.sections["digitalShare"] as DigitalShareSection;
    const page = await open(`${prefix}/kanalen/`);
    const revenueShare = bundle.series.find((s) => s.id === "digital.revenue_share")!.values.at(-1)!;
    expect(await text(page, 'article.kpi[data-series="digital.revenue_share"] .kpi-value')).toBe(percent1(revenueShare));
    const web = share.channels.find((c) => c.name === "web")!;
    const webCells = await page.locator('.channel-table tr[data-channel="web"] td').allTextContents();
    expect(webCells[1]!.trim()).toBe(percent1(web.ordersShare.at(-1)!));
    expect(webCells[3]!.trim()).toBe(percent1(web.revenueShare.at(-1)!));
    for (const name of share.groups.digital) expect(await page.locator(`.channel-mapping tr[data-channel="${name}"][data-group="digital"]`).count()).toBe(1);
    // Every channel named by an unknown_channel warning is listed as unknown.
    const warned = bundle.warnings.filter((w) => w.code === "unknown_channel").map((w) => /"([^"]+)"/.exec(w.message)![1]!);
    for (const name of warned) expect(await page.locator(`li[data-unknown-channel="${name}"]`).count()).toBe(1);
    const areas = await chartAreas(page);
    expect(areas).toHaveLength(3);
    for (const area of areas) expect(area).toBeGreaterThan(300 * 150);
  });
});

describe("Experimenten page", () => {
  it("shows a result card per experiment with its verdict, rates, lift and SRM flag, and the calculator's default", async () => {
    const experiments = bundle.sections["experiments"] as ExperimentsSection;
    const page = await open(`${prefix}/experimenten/`);
    expect(await page.locator("article.experiment").count()).toBe(experiments.results.length);
    for (const r of experiments.results) {
      const card = page.locator(`article.experiment[data-experiment="${r.name}"]`);
      expect(await card.getAttribute("data-verdict")).toBe(r.verdict.code);
      const verdict = (await card.locator("p.verdict").textContent())?.trim() ?? "";
      // The bundle holds the Dutch sentence; the Dutch page shows it (with the site's percent style).
      if (lang.language === "nl") expect(verdict).toBe(r.verdict.text.replace(/(\d)%/g, "$1\u202F%"));
      // In every language the sentence is the catalogue's for the verdict, with the figures in its number format.
      const v = t.experiments.verdict;
      const template = { winner: (m: string) => v.winner(m, m, m, m), loser: (m: string) => v.loser(m, m, m), no_difference: (m: string) => v.noDifference(m, null), srm: (m: string) => v.srm(m, false), no_data: () => v.noData, invalid: () => v.invalid }[r.verdict.code as string];
      if (template) expect(verdict).toContain(fixedParts(template)[0]);
      const best = r.variants.find((x) => x.comparison?.relative != null);
      if (r.verdict.code === "winner" || r.verdict.code === "loser") expect(verdict).toContain(percent1(best!.rate!));
      expect(await card.locator(".srm").getAttribute("data-srm")).toBe(r.srm === null ? null : r.srm.flagged ? "flagged" : "ok");
      for (const v of r.variants) {
        const row = card.locator(`tr[data-variant="${v.name}"]`);
        expect((await row.locator("td.rate").textContent())?.trim()).toBe(v.rate === null ? "–" : percent2(v.rate));
      }
      // The chart is an SVG with an accessible name.
      const box = await card.locator('.chart-desk svg[role="img"]').boundingBox();
      expect(box!.width * box!.height).toBeGreaterThan(250 * 100);
    }
    const treatment = experiments.results.flatMap((r) => r.variants).find((v) => v.comparison?.relative != null)!;
    const lift = minus(percent1(treatment.comparison!.relative!).replace(/^(\d)/, "+$1"));
    expect(await page.locator(`tr[data-variant="${treatment.name}"] td.lift`).first().textContent()).toBe(lift);
    // The calculator's result is in the HTML without JavaScript.
    const output = await text(page, "form[data-sample-size] output");
    // "14.313 bezoekers per variant, 28.626 in totaal: …" / "14,313 visitors per variant, 28,626 in total: …"
    const [perVariant, inTotal] = fixedParts((m) => t.calculators.sampleSize.result(m, m, m, 2, m, 2));
    expect(output).toMatch(new RegExp(`^[\\d.,]+ ${perVariant} [\\d.,]+ ${inTotal}`));
  });

  it("recomputes the sample size in the browser when an input changes", async () => {
    const page = await withJs.newPage();
    await page.goto(`${site.url}${prefix}/experimenten/`);
    const form = page.locator("form[data-sample-size]");
    const output = form.locator("output");
    const before = (await output.textContent())?.trim();
    // On load the script recomputes the defaults: the same text as the server-rendered HTML.
    const staticPage = await noJs.newPage();
    await staticPage.goto(`${site.url}${prefix}/experimenten/`);
    expect(before).toBe(await text(staticPage, "form[data-sample-size] output"));
    // 10 % baseline, +10 % relative, α 0.05, power 0.8, 2 variants and the daily traffic shown.
    await form.locator('select[name="alpha"]').selectOption("0.05");
    await form.locator('select[name="power"]').selectOption("0.8");
    await form.locator('input[name="mde"]').fill("10");
    await form.locator('input[name="variants"]').fill("2");
    await form.locator('input[name="daily"]').fill("1000");
    await form.locator('input[name="baseline"]').fill("10");
    const size = sampleSize({ baseline: 0.1, mde: 0.1, relative: true, alpha: 0.05, power: 0.8 })!;
    // Evan Miller's calculator gives 14,313 for 10 % baseline and 10 % relative MDE.
    expect(size.perVariant).toBeGreaterThanOrEqual(14313);
    expect(size.perVariant).toBeLessThanOrEqual(14314);
    const days = daysNeeded(size.perVariant, 2, 1000)!;
    const expected = t.calculators.sampleSize.result(count(size.perVariant), count(size.perVariant * 2), count(days), days, count(1000), 1000);
    await expect.poll(async () => (await output.textContent())?.trim()).toBe(expected);
    expect(expected).not.toBe(before);
  });
});
});
