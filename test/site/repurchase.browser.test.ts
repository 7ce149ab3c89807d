/**
 * The repurchase page in Chromium, in Dutch (`/herhaalaankopen/`) and English (`/en/…`).
 * JavaScript off: the calibration chart, the per-segment table and the calculator's default
 * scenario are in the HTML. JavaScript on: the calculator recomputes on input and keeps the
 * scenario in the URL; a shared URL opens with that scenario. Figures in each language's locale,
 * words from each language's catalogue.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BusinessSection, type RepurchaseSection, readBundle, SEGMENTS } from "../../loaders/index.ts";
import { type BusinessCaseInput, type BusinessCaseResult, businessCase, encodeScenario } from "../../loaders/metrics/business-case.ts";
import { LANGUAGES_BUILT } from "./languages.ts";
import { DIST, launchChromium, serveDist } from "./serve.ts";

let browser: Browser;
let off: BrowserContext;
let on: BrowserContext;
let site: Awaited<ReturnType<typeof serveDist>>;
let repurchase: RepurchaseSection;
let business: BusinessSection;
let currency: string;

/**
 * Money in `locale`, independent of src/lib/format.ts: whole euros from € 1.000 (the page's rule),
 * sign on differences. Negative amounts read "−€ 336.640": the sign before the symbol, a real minus.
 */
function moneyIn(locale: string) {
  const money = (v: number): string => {
    const text = new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: Math.abs(v) >= 1000 ? 0 : 2 }).format(Math.abs(v));
    return v < 0 && /[1-9]/.test(text) ? `\u2212${text}` : text;
  };
  // One sign style for money: "+€ 465.830" and "−€ 336.640" (sign before the symbol, real minus).
  const signed = (v: number) => (Math.round(v) > 0 ? "+" : Math.round(v) < 0 ? "\u2212" : "") + money(Math.abs(v));
  return { money, signed };
}

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
  off = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 1800 } });
  on = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 1280, height: 1800 } });
  const bundle = await readBundle(`${DIST}/data/bundle.json`);
  repurchase = bundle.sections["repurchase"] as RepurchaseSection;
  business = bundle.sections["business"] as BusinessSection;
  currency = bundle.currency;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The texts of the calculator's result cells, keyed "h-variant-measure". */
async function cells(page: Page): Promise<Record<string, string>> {
  return page.$$eval("#rekenhulp td[data-h]", (tds) =>
    Object.fromEntries(tds.map((td) => [`${td.getAttribute("data-h")}-${td.getAttribute("data-v")}-${td.getAttribute("data-m")}`, td.textContent?.trim() ?? ""])),
  );
}

/** What the cells must read for a result, in `locale`. */
function expected(result: BusinessCaseResult, locale: string): Record<string, string> {
  const { money, signed } = moneyIn(locale);
  const out: Record<string, string> = {};
  result.totals.forEach((t, h) => {
    for (const m of ["revenue", "profit"] as const) {
      out[`${h}-baseline-${m}`] = money(t.baseline[m]);
      out[`${h}-scenario-${m}`] = money(t.scenario[m]);
      out[`${h}-difference-${m}`] = signed(t.difference[m]);
    }
  });
  return out;
}

describe.each(LANGUAGES_BUILT)("repurchase page ($language)", ({ language, prefix, locale, t }) => {
  const { money } = moneyIn(locale);
  const w = t.repurchase;

  describe("without JavaScript", () => {
  it("shows the P(alive) heatmap and the calibration chart as SVG", async () => {
    const page = await off.newPage();
    expect((await page.goto(`${site.url}${prefix}/herhaalaankopen/`))?.status()).toBe(200);
    expect(await page.locator("h1").count()).toBe(1);
    expect(repurchase.published).toBe(true);
    const heatmap = page.locator("figure.chart-card", { hasText: w.pAliveTitle });
    expect(await heatmap.locator("svg[role=img] .cells-shown rect").count()).toBeGreaterThan(50);
    const calibration = page.locator("figure.chart-card", { hasText: w.trustTitle });
    const svg = calibration.locator(".chart-desk svg[role=img]");
    expect(await svg.locator(".predicted path").count()).toBe(1);
    expect(await svg.locator(".actual path").count()).toBe(1);
    const box = (await svg.boundingBox())!;
    expect(box.width * box.height).toBeGreaterThan(400 * 200);
    // The trust sentence quotes the totals of the bundle.
    const trust = await calibration.locator(".trust").textContent();
    expect(trust).toContain(new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(repurchase.calibration!.actualTotal));
  });

  it("shows the per-segment table with the bundle's values, and – for hidden ones", async () => {
    const page = await off.newPage();
    await page.goto(`${site.url}${prefix}/herhaalaankopen/`);
    const champions = repurchase.groups.find((g) => g.id === "champions")!;
    const row = page.locator('table.repurchase-segments tr[data-group="champions"]');
    const segment = SEGMENTS.find((s) => s.id === "champions")!;
    expect((await row.locator("th").textContent())?.trim()).toBe(language === "nl" ? segment.nameNl : segment.name);
    expect((await row.locator('td[data-col="customers"]').textContent())?.trim()).toBe(new Intl.NumberFormat(locale).format(champions.customers!));
    expect((await row.locator('td[data-col="clv"]').textContent())?.trim()).toBe(money(champions.clv!));
    expect((await row.locator('td[data-col="expectedPurchases"]').textContent())?.trim()).toBe(new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(champions.expectedPurchases!));
    // Due/overdue counts; a suppressed count reads "–" and the footnote explains it.
    const overdue = champions.moment[3]!;
    expect((await page.locator('table.repurchase-moment tr[data-group="champions"] td[data-status="overdue"]').textContent())?.trim()).toBe(new Intl.NumberFormat(locale).format(overdue));
    const hidden = repurchase.groups.some((g) => g.moment.includes(null));
    expect(hidden).toBe(true);
    expect(await page.locator("table.repurchase-moment td", { hasText: /^–$/ }).count()).toBeGreaterThan(0);
    expect(await page.locator(".footnote").first().textContent()).toContain(w.hiddenNote(repurchase.minGroupSize));
    // Fit diagnostics are folded away in a details element.
    expect(await page.locator("details.diagnostics summary").count()).toBe(1);
  });

  it("has the calculator's default scenario numbers and chart in the HTML", async () => {
    const page = await off.newPage();
    await page.goto(`${site.url}${prefix}/herhaalaankopen/`);
    expect(await cells(page)).toEqual(expected(business.defaultResult, locale));
    const last = business.defaultResult.totals.at(-1)!;
    expect(await page.locator("#rekenhulp [data-out=headline]").textContent()).toContain(money(Math.abs(last.difference.profit)));
    expect(await page.locator("#rekenhulp [data-out=chart] svg[role=img] .scenario path").count()).toBe(1);
    expect(await page.locator("#rekenhulp [data-out=assumptions] li").count()).toBe(business.defaultResult.assumptions.length);
    expect(await page.locator('#rekenhulp input[name="dret"]').inputValue()).toBe(String(business.defaultScenario.levers.retentionPoints));
  });
});


  describe("business calculator with JavaScript", () => {
  it("recomputes on input and puts the scenario in the URL", async () => {
    const page = await on.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${site.url}${prefix}/herhaalaankopen/`);
    const before = await cells(page);
    await page.locator('#rekenhulp input[name="dret"]').fill("12");
    await page.locator('#rekenhulp input[name="daov"]').fill("-2");
    const input: BusinessCaseInput = { baseline: business.defaultScenario.baseline, levers: { ...business.defaultScenario.levers, retentionPoints: 12, aovPct: -2 } };
    const want = expected(businessCase(input, business.horizons, currency), locale);
    await expect.poll(() => cells(page)).toEqual(want);
    expect(want["2-scenario-profit"]).not.toBe(before["2-scenario-profit"]);
    const query = new URL(page.url()).searchParams;
    expect(query.get("dret")).toBe("12");
    expect(query.get("daov")).toBe("-2");
    expect(new URL(page.url()).search).toBe(`?${encodeScenario(input)}`);
    expect(await page.locator("#rekenhulp [data-out=link]").getAttribute("href")).toBe(`?${encodeScenario(input)}#rekenhulp`);
    expect(await page.locator("#rekenhulp [data-out=chart] svg[role=img] .scenario path").count()).toBe(1);
    // An impossible value is refused, named, and the last result stays.
    await page.locator('#rekenhulp input[name="dcus"]').fill("");
    // The refusal names the field by its label ("Cross- en upsell" / "Cross- and upsell").
    await expect.poll(() => page.locator("#rekenhulp [data-out=status]").textContent()).toContain(t.businessCalculator.levers.dcus.split(":")[0]);
    expect(await cells(page)).toEqual(want);
    // A lever that pushes the scenario's cross-/upsell share to 1 or more: that lever is marked, with the reason.
    const dcus = page.locator('#rekenhulp input[name="dcus"]');
    await dcus.fill(String(Math.ceil((1 / business.defaultScenario.baseline.crossUpsellRate - 1) * 100) + 1));
    await expect.poll(() => page.locator("#rekenhulp [data-out=status]").textContent()).toBe(t.businessCalculator.invalid(t.businessCalculator.levers.dcus, true));
    expect(await dcus.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator('#rekenhulp input[aria-invalid="true"]').count()).toBe(1);
    expect(await cells(page)).toEqual(want);
    expect(errors).toEqual([]);
  });

  it("opens a shared link with that scenario's numbers and inputs", async () => {
    const shared: BusinessCaseInput = {
      baseline: { ...business.defaultScenario.baseline, grossMargin: 0.3, fixedCostsPerYear: 500_000 },
      levers: { retentionPoints: 7.5, crossUpsellPct: 25, aovPct: 3, costPct: 10 },
    };
    const page = await on.newPage();
    await page.goto(`${site.url}${prefix}/herhaalaankopen/?${encodeScenario(shared)}#rekenhulp`);
    await expect.poll(() => cells(page)).toEqual(expected(businessCase(shared, business.horizons, currency), locale));
    // The input is written in the language's decimal style: 7,5 in Dutch, 7.5 in English.
    expect(await page.locator('#rekenhulp input[name="dret"]').inputValue()).toBe(new Intl.NumberFormat(locale).format(7.5));
    expect(await page.locator('#rekenhulp input[name="gm"]').inputValue()).toBe("30");
    expect(await page.locator("#rekenhulp [data-out=custom]").isVisible()).toBe(true);
  });
});
});
