/**
 * The sample data built with `locale: en-GB` in data/klantbeeld.yaml (the bundle's locale → English
 * pages), opened in Chromium: the pages Kanalen, Conversie, Experimenten, Cross- & upsell,
 * Klantprofiel and Datakwaliteit, the business calculator and the acceptance card show none of the
 * Dutch texts of their catalogue areas (every Dutch value that differs from the English one, and
 * every fixed part of a Dutch sentence), write numbers the English way, and the calculators read
 * `1,234.5` and answer in English. A second build, of the partial-month fixture with a journeys
 * export, shows JourneyTable's changes as same-days comparisons, worked out by hand.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Bundle, type DigitalShareSection, type JourneysSection, loadBundle, messages } from "../../loaders/index.ts";
import { stableJson } from "../../loaders/lib/stable-json.ts";
import { daysNeeded, sampleSize } from "../../loaders/metrics/sample-size.ts";
import { englishSampleBuild, englishYaml } from "./english-build.ts";
import { launchChromium, serveDist } from "./serve.ts";

const AREAS = ["channels", "conversion", "crossUpsell", "profile", "dataQuality", "experiments", "calculators", "businessCalculator"] as const;
const EN = "en-GB";
const count = (v: number) => new Intl.NumberFormat(EN, { maximumFractionDigits: 0 }).format(v);

let browser: Browser;
let noJs: BrowserContext;
let withJs: BrowserContext;
let site: Awaited<ReturnType<typeof serveDist>>;
let partial: Awaited<ReturnType<typeof serveDist>>;
let bundle: Bundle;

/** Builds the site of `dataDir` into a temporary folder; returns the folder and the bundle. */
async function build(dataDir: string, name: string): Promise<{ out: string; bundle: Bundle }> {
  const dir = await mkdtemp(join(tmpdir(), `klantbeeld-${name}-`));
  const built = await loadBundle(dataDir);
  const bundlePath = join(dir, "bundle.json");
  await writeFile(bundlePath, stableJson(built));
  const out = join(dir, "dist");
  await promisify(execFile)("node_modules/.bin/astro", ["build", "--outDir", out], { env: { ...process.env, KLANTBEELD_BUNDLE: bundlePath, ASTRO_TELEMETRY_DISABLED: "1" } });
  return { out, bundle: built };
}

/** A copy of a data folder (its files linked) whose klantbeeld.yaml says `locale: en-GB`. */
async function englishCopy(from: string, extra: Record<string, string> = {}, sourcesYaml = ""): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "klantbeeld-en-data-"));
  for (const entry of await readdir(from)) if (entry !== "klantbeeld.yaml") await symlink(resolve(from, entry), join(dir, entry));
  // One language, English at `/` (the sample builds both, Dutch first; that line goes).
  await writeFile(join(dir, "klantbeeld.yaml"), englishYaml(await readFile(join(from, "klantbeeld.yaml"), "utf8")) + sourcesYaml);
  for (const [file, text] of Object.entries(extra)) {
    await mkdir(join(dir, file, ".."), { recursive: true });
    await writeFile(join(dir, file), text);
  }
  return dir;
}

/**
 * The fixed parts of every Dutch text of the areas that differ from English: plain strings as they
 * are, sentences with values (functions) cut at the values. Parts shorter than three letters go, and
 * so do parts the English text of the same entry also has (`interval`, `Experiment`).
 */
function dutchFragments(): string[] {
  const MARK = "\u0001";
  const clean = (p: string) => p.replace(/\s+/g, " ").trim().replace(/^[\s,.:;()“”"'–-]+|[\s,.:;()“”"'–-]+$/g, "");
  const parts = new Map<string, string[]>();
  const walk = (nl: unknown, en: unknown): void => {
    if (typeof nl === "string") {
      if (nl !== en) for (const p of nl.split(MARK).map(clean)) parts.set(p, [...(parts.get(p) ?? []), String(en ?? "")]);
    } else if (typeof nl === "function") {
      for (const args of [[MARK, MARK, MARK, MARK, MARK, MARK], [MARK, false, MARK, 1, MARK, 1]]) {
        try {
          const a = (nl as (...x: unknown[]) => unknown)(...args);
          const b = typeof en === "function" ? (en as (...x: unknown[]) => unknown)(...args) : undefined;
          walk(a, b);
        } catch {
          // A sentence that reads fields of an object argument: its fixed parts are checked through the calls that work.
        }
      }
    } else if (Array.isArray(nl)) nl.forEach((x, i) => {
      walk(x, (en as unknown[] | undefined)?.[i]);
    });
    else if (nl && typeof nl === "object" && !(nl instanceof RegExp)) for (const [k, v] of Object.entries(nl)) walk(v, (en as Record<string, unknown> | undefined)?.[k]);
  };
  for (const area of AREAS) walk(messages("nl")[area], messages("en")[area]);
  return [...parts].filter(([p, english]) => (p.match(/\p{L}/gu) ?? []).length >= 3 && !english.some((e) => dutchIn(e, [p]).length > 0)).map(([p]) => p);
}

/** The Dutch fragments found as whole words in `text` (a hyphen joins words: `zonder-banner` is a variant's name, not "zonder"). */
function dutchIn(text: string, fragments: readonly string[]): string[] {
  const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return fragments.filter((f) => new RegExp(`(^|[^\\p{L}-])${escaped(f)}($|[^\\p{L}-])`, "u").test(text));
}

/** The text of `root` on `page` without what other components own (layout, KPI cards, the shared chart table's summary and month column) and without data values marked `translate="no"` (file and source names). */
async function ownText(page: Page, root: string): Promise<string> {
  return page.$$eval(root, (nodes) =>
    nodes
      .map((node) => {
        const copy = node.cloneNode(true) as Element;
        for (const el of copy.querySelectorAll("article.kpi[data-series], details.chart-table > summary, details.chart-table thead th:first-child, p.missing, [translate=\"no\"], script, style")) el.remove();
        // Every element ends a word (textContent would join "digitaal?" and the next cell's "Channel").
        for (const el of copy.querySelectorAll("*")) el.append(" ");
        return copy.textContent ?? "";
      })
      .join(" ")
      .replace(/\s+/g, " "),
  );
}

beforeAll(async () => {
  // The sample's English build is shared with english.browser.test.ts (built once per run).
  const sample = await englishSampleBuild();
  bundle = sample.bundle;
  // The partial-month fixture (data end 9 April 2026) with one journey, hand-made: 100 visitors a day;
  // 5 conversions a day on 1–9 March, 20 on the rest of March, 8 on 1–9 April 2026, 4 a day in April 2025.
  const day = (iso: string, conversions: number) => `${iso};Checkout;100;${conversions}`;
  const days = (month: string, from: number, to: number, conversions: (d: number) => number) =>
    Array.from({ length: to - from + 1 }, (_, i) => day(`${month}-${String(from + i).padStart(2, "0")}`, conversions(from + i)));
  const journeys = ["date;journey;visitors;conversions", ...days("2025-04", 1, 30, () => 4), ...days("2026-03", 1, 31, (d) => (d <= 9 ? 5 : 20)), ...days("2026-04", 1, 9, () => 8)].join("\n");
  const journeySource = "  - name: journeys\n    kind: journeys\n    files: journeys.csv\n    format: { delimiter: \";\", date: yyyy-mm-dd }\n    columns: { date: date, journey: journey, visitors: visitors, conversions: conversions }\n";
  const partialDir = await englishCopy("test/fixtures/partial-month", { "journeys.csv": `${journeys}\n` }, journeySource);
  const partialBuild = await build(partialDir, "english-partial");
  site = await serveDist(sample.out);
  partial = await serveDist(partialBuild.out);
  browser = await launchChromium();
  noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 1600 } });
  withJs = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 1366, height: 1600 } });
}, 420_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await partial?.close();
});

async function open(path: string, context = noJs, url = site.url): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${url}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe("an en-GB build", () => {
  const fragments = dutchFragments();

  it("walks enough Dutch texts to mean something", () => {
    expect(fragments.length).toBeGreaterThan(300);
    expect(fragments).toContain("Welk kanaal is digitaal?");
    expect(fragments).toContain("bezoekers per variant");
  });

  it.each([
    ["/kanalen/", "main"],
    ["/conversie/", "main"],
    ["/experimenten/", "main"],
    ["/cross-upsell/", "main"],
    ["/klantprofiel/", "main"],
    ["/datakwaliteit/", "main"],
    ["/herhaalaankopen/", "#rekenhulp"],
    ["/moment/", "figure:has([data-acceptance])"],
  ])("%s shows none of the Dutch texts of its areas (%s)", async (path, root) => {
    const page = await open(path);
    const text = await ownText(page, root);
    expect(text.length, path).toBeGreaterThan(200);
    expect(dutchIn(text, fragments), path).toEqual([]);
    // No Dutch decimal comma (12,3) in any figure.
    expect(text.match(/\d,\d{1,2}(?!\d)/g) ?? [], path).toEqual([]);
    await page.close();
  });

  it("fits 390 px on every page with English words", async () => {
    const phone = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
    for (const path of ["/kanalen/", "/conversie/", "/experimenten/", "/cross-upsell/", "/klantprofiel/", "/datakwaliteit/", "/herhaalaankopen/", "/moment/"]) {
      const page = await open(path, phone);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      await page.close();
    }
    await phone.close();
  });

  it("writes figures the English way: visitors, conversions and counts with a thousands comma", async () => {
    const journeys = bundle.sections["journeys"] as JourneysSection;
    const page = await open("/conversie/");
    const first = journeys.entries.find((e) => e.segment === null && e.latest !== null)!;
    const row = page.locator(`.journey-latest tr[data-journey="${first.journey}"][data-segment=""]`);
    expect((await row.locator("td.num").first().textContent())?.trim()).toBe(count(first.latest!.visitors));
    expect(first.latest!.visitors).toBeGreaterThan(999);
    await page.close();
    const data = await open("/datakwaliteit/");
    const read = bundle.accounts.reduce((s, a) => s + a.rowsRead, 0);
    expect((await data.locator("tfoot td.num").first().textContent())?.trim()).toBe(count(read));
    await data.close();
    const share = bundle.sections["digitalShare"] as DigitalShareSection;
    const channels = await open("/kanalen/");
    expect(await channels.locator("#channel-table").textContent()).toBe(`Share per channel in ${new Intl.DateTimeFormat(EN, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${bundle.months.at(-1)}-01T00:00:00Z`))}`);
    const web = share.channels.find((c) => c.name === "web")!;
    expect((await channels.locator('.channel-table tr[data-channel="web"] td.num').first().textContent())?.trim()).toMatch(new RegExp(`^${(web.ordersShare.at(-1)! * 100).toFixed(1).replace(".", "\\.")}\\s?%$`));
    await channels.close();
  });

  it("computes the sample size in English and reads 1,000 and 4.49 the English way", async () => {
    const page = await open("/experimenten/", withJs);
    const form = page.locator("form[data-sample-size]");
    await form.locator('select[name="alpha"]').selectOption("0.05");
    await form.locator('select[name="power"]').selectOption("0.8");
    await form.locator('input[name="mde"]').fill("10");
    await form.locator('input[name="variants"]').fill("2");
    await form.locator('input[name="baseline"]').fill("4.49");
    await form.locator('input[name="daily"]').fill("1,000");
    const size = sampleSize({ baseline: 0.0449, mde: 0.1, relative: true, alpha: 0.05, power: 0.8 })!;
    const expected = `${count(size.perVariant)} visitors per variant, ${count(size.perVariant * 2)} in total: about ${count(daysNeeded(size.perVariant, 2, 1000)!)} days at 1,000 visitors per day.`;
    await expect.poll(async () => (await form.locator("output").textContent())?.trim()).toBe(expected);
    await form.locator('input[name="variants"]').fill("two");
    await expect.poll(async () => (await form.locator('[data-error="variants"]').textContent())?.trim()).toBe("Number of variants is not a number. Type a whole number at least 2 and at most 10, for example 3.");
    expect((await form.locator("output").textContent())?.trim()).toBe("Check the input: see the message at the field.");
    await page.close();
  });

  it("reads 1,234.5 in the business calculator and refuses 1.234,5 with an English message", async () => {
    const page = await open("/herhaalaankopen/", withJs);
    const root = page.locator("#rekenhulp");
    await root.locator("details summary").click();
    const aov = root.locator('input[name="aov"]');
    await aov.fill("1,234.5");
    await expect.poll(async () => root.locator("[data-out=link]").getAttribute("href")).toMatch(/[?&]aov=1234\.5(&|#)/);
    expect((await root.locator('[data-error="aov"]').textContent())?.trim()).toBe("");
    await aov.fill("1.234,5");
    await expect
      .poll(async () => (await root.locator('[data-error="aov"]').textContent())?.trim())
      .toBe(`Value for “Average order value (${bundle.currency})” is not a number. Type a number at least 0, for example 1.`);
    expect((await root.locator("[data-out=status]").textContent())?.trim()).toMatch(/^This input cannot be used: Average order value/);
    await page.close();
  });
});

describe("JourneyTable in a partial month (data end 9 April 2026)", () => {
  it("names the changes as same-days comparisons and compares 1–9 April with 1–9 March and 1–9 April 2025", async () => {
    const page = await open("/conversie/", noJs, partial.url);
    const words = messages("en").period;
    const head = (await page.locator(".journey-latest thead th").allTextContents()).map((t) => t.trim());
    expect(head.slice(-2)).toEqual([words.vsSameDaysLastMonth, words.vsSameDaysLastYear]);
    const cells = (await page.locator('.journey-latest tr[data-journey="Checkout"] td.change').allTextContents()).map((t) => t.replace(/\s+/g, " ").trim());
    // April 1–9: 72 / 900 = 8 %; March 1–9: 45 / 900 = 5 % → +3.00 pp (whole March, 485 / 3100 = 15.65 %, would give −7.65 pp);
    // April 2025 1–9: 36 / 900 = 4 % → +4.00 pp.
    expect(cells.map((c) => c.replace(/ ?significant$/, ""))).toEqual(["+3.00 pp", "+4.00 pp"]);
    expect(await page.locator(".journey-latest h2").textContent()).toBe("Conversion in April 2026");
    await page.close();
  });
});

