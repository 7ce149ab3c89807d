/**
 * "Moment van de waarheid" and "Klantprofiel" in Chromium with JavaScript off, in Dutch and in
 * English (`/en/…`): the bundle's figures as the pages format them in each language's locale,
 * charts as labelled SVG, no NaN, every chart with a text alternative, and no sideways scrolling
 * at 390 px. Words come from each language's catalogue.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MomentsSection, type ProfileSection, readBundle } from "../../loaders/index.ts";
import { LANGUAGES_BUILT, type SiteLanguage } from "./languages.ts";
import { DIST, launchChromium, serveDist } from "./serve.ts";

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
let moments: MomentsSection;
let profile: ProfileSection;

/** The figures of one language: its locale's numbers in the site's style — a real minus (U+2212); in Dutch a narrow no-break space before `%` (12,3 %), in English none (12.3%). */
function figures({ language, locale }: SiteLanguage) {
  const siteStyle = (text: string) => text.replace(/\s?%/, language === "nl" ? "\u202F%" : "%").replace("-", "\u2212");
  return {
    pct: (v: number | null) => (v === null ? "–" : siteStyle(new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v))),
    signed: (v: number) => siteStyle(new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(v)),
    count: (v: number | null) => (v === null ? "–" : new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(v)),
  };
}
// Collapses layout whitespace only, so the narrow no-break space of `12,3 %` is still checked.
const clean = (s: string | null) => (s ?? "").replace(/[ \t\r\n]+/g, " ").trim();

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
  const bundle = await readBundle(`${DIST}/data/bundle.json`);
  moments = bundle.sections["moments"] as MomentsSection;
  profile = bundle.sections["profile"] as ProfileSection;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens `path` with JavaScript off at `width` px and checks the shell. */
async function open(path: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(`${site.url}${path}`);
  expect(response?.status()).toBe(200);
  expect(await page.locator("h1").count()).toBe(1);
  expect(await page.locator("header, nav, main, footer").count()).toBe(4);
  return page;
}

/** Checks that hold on both pages: no NaN/undefined, labelled charts of real size, the nav entry current. */
async function common(page: Page, charts: number, nav: string): Promise<void> {
  const body = (await page.locator("body").textContent()) ?? "";
  expect(body).not.toMatch(/NaN|undefined|Infinity/);
  // Each chart is drawn at desktop and at phone width; only the one that fits the screen shows.
  const svgs = page.locator("figure.chart-card svg[role=img]:visible");
  expect(await svgs.count()).toBe(charts);
  expect(await page.locator("figure.chart-card svg[role=img]").count()).toBe(2 * charts);
  for (const label of await svgs.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""))) expect(label.length).toBeGreaterThan(5);
  const areas = await svgs.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width * e.getBoundingClientRect().height));
  for (const area of areas) expect(area).toBeGreaterThan(250 * 100);
  expect(clean(await page.locator('nav a[aria-current="page"]:visible').textContent())).toBe(nav);
}

describe.each(LANGUAGES_BUILT)("Moment van de waarheid ($language)", (lang) => {
  const { language, prefix, t } = lang;
  const { pct, signed, count } = figures(lang);
  it("shows the acceptance lift with its interval, a row per trigger and the charts", async () => {
    const page = await open(`${prefix}/moment/`);
    await common(page, 2, t.layout.nav["moment/"]);
    const a = moments.acceptance!;
    expect(clean(await page.locator("[data-lift]").textContent())).toBe(signed(a.lift!));
    expect(clean(await page.locator("[data-lift-interval]").textContent())).toBe(t.experiments.range(signed(a.liftInterval!.low), signed(a.liftInterval!.high)));
    expect(clean(await page.locator("[data-rate-moment]").textContent())).toBe(pct(a.moment.rate));
    for (const trigger of moments.triggers) {
      const row = page.locator(`tr[data-trigger="${trigger.id}"]`);
      expect(clean(await row.locator("th").textContent())).toContain(language === "nl" ? trigger.nameNl : trigger.nameEn);
      // The action in the page's language: the sample describes every trigger's action in English too.
      expect(trigger.actionEn).not.toBeNull();
      expect(clean(await row.locator("th").textContent())).toContain(language === "nl" ? trigger.action : trigger.actionEn!);
      if (language === "en") expect(clean(await row.locator("th").textContent())).not.toContain(trigger.action);
      expect(clean(await row.locator("td.entries").textContent())).toBe(count(trigger.window.entries));
      expect(clean(await row.locator("td.coverage").textContent())).toBe(pct(trigger.window.coverage));
    }
    expect(await page.locator("tr[data-segment]").count()).toBe(moments.bySegment.length);
    // "Dit is een vergelijking, geen experiment …" / "This is a comparison, not an experiment …"
    expect(clean(await page.locator("details.definitions-card").textContent())).toContain(t.moments.how(moments.withinDays).at(-1)![0]);
    // The chart's figures as a table (newest month first), readable without the chart.
    const first = moments.triggers[0]!;
    const cells = await page.locator(`table[data-trigger-months="${first.id}"] tbody tr`).first().locator("td").allTextContents();
    expect(cells.map(clean).slice(0, 2)).toEqual([count(first.months.entries.at(-1)!), pct(first.months.coverage.at(-1)!)]);
  });

  it("fits a 390 px phone without sideways scrolling", async () => {
    const page = await open(`${prefix}/moment/`, 390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

describe.each(LANGUAGES_BUILT)("Klantprofiel ($language)", (lang) => {
  const { prefix, t } = lang;
  const { pct } = figures(lang);
  it("shows signals, completeness, silence and the fields table with its not-causal caveat", async () => {
    const page = await open(`${prefix}/klantprofiel/`);
    await common(page, 3, t.layout.nav["klantprofiel/"]);
    for (const [i, f] of profile.fieldValue.entries()) {
      const row = page.locator(`tr[data-field="${f.id}"]`);
      expect(clean(await row.locator("th").textContent())).toBe(f.name);
      expect(clean(await row.locator("td.share").textContent())).toBe(pct(profile.completeness.fields[i]!.share.at(-1)!));
    }
    expect(clean(await page.locator(".profile-fields .note").textContent())).toContain(t.profile.notCausal);
    const kpi = page.locator('article.kpi[data-series="profile.completeness"] .kpi-value');
    expect(clean(await kpi.textContent())).toBe(pct(profile.completeness.overall.at(-1)!));
    expect(await page.locator("tr[data-segment]").count()).toBe(profile.engaged.bySegment.length);
  });

  it("fits a 390 px phone without sideways scrolling", async () => {
    const page = await open(`${prefix}/klantprofiel/`, 390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
