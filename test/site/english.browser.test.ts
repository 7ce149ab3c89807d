/**
 * A site built from the sample data with `locale: en-GB` and no `languages` (the data description
 * changed in a copy of data/, nothing else): one language, English, at `/`. On the translated pages
 * (TRANSLATED_PAGES in pages.ts) no Dutch phrase of the catalogue is left in the visible text —
 * every Dutch catalogue string, split at its placeholders, that differs from all English ones —
 * leaving out data values (goal titles and texts, trigger actions), and every figure
 * uses English number and date formats.
 */
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Bundle, messages } from "../../loaders/index.ts";
import { englishSampleBuild, englishYaml } from "./english-build.ts";
import { builtPages, TRANSLATED_PAGES } from "./pages.ts";
import { launchChromium, serveDist } from "./serve.ts";

let browser: Browser;
let context: BrowserContext;
let site: Awaited<ReturnType<typeof serveDist>>;
let out: string;
let bundle: Bundle;

beforeAll(async () => {
  const yaml = englishYaml(await readFile("data/klantbeeld.yaml", "utf8"));
  expect(yaml).toMatch(/^locale: en-GB$/m);
  expect(yaml).not.toMatch(/^languages:/m);
  ({ out, bundle } = await englishSampleBuild());
  site = await serveDist(out);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Every string leaf of a catalogue area tree; functions are called with a marker for each argument and split at it, so their fixed words count. */
function fragments(value: unknown): string[] {
  const MARK = "\u0001";
  if (typeof value === "string") return value.split(MARK);
  if (typeof value === "function") {
    try {
      return fragments((value as (...args: unknown[]) => unknown)(...Array.from({ length: Math.max(1, value.length) }, () => MARK)));
    } catch {
      return [];
    }
  }
  if (Array.isArray(value)) return value.flatMap(fragments);
  if (value && typeof value === "object" && !(value instanceof RegExp)) return Object.values(value).flatMap(fragments);
  return [];
}

/** The Dutch phrases of the catalogue that no English string contains (words the languages share are no sign of Dutch). */
function dutchPhrases(): string[] {
  const english = fragments(messages("en")).join("\n");
  const phrases = fragments(messages("nl"))
    .map((f) => f.trim().replace(/^[\s.,;:·()“”„"'–—→↑←]+|[\s.,;:·()“”„"'–—→↑←]+$/g, ""))
    .filter((f) => /\p{L}{2}/u.test(f) && !english.includes(f));
  return [...new Set(phrases)];
}

/** Data values (written by the business, shown as written) that may be Dutch in an English build. */
function dataTexts(): string[] {
  const goals = (bundle.sections.goals as { goals?: { title: string; description: string; rationale: string; owner: string; agreedBy: string }[] } | undefined)?.goals ?? [];
  // A trigger's action is data; its rule is worded in the page's language (ruleEn), so it is checked like any other text.
  const triggers = (bundle.sections.moments as { triggers?: { action: string }[] } | undefined)?.triggers ?? [];
  return [...goals.flatMap((g) => [g.title, g.description, g.rationale, g.owner, g.agreedBy]), ...triggers.map((t) => t.action)].sort((a, b) => b.length - a.length);
}

const pages = () => builtPages(out).filter((p) => TRANSLATED_PAGES.some((t) => t.path.test(p)));

describe("a build with locale: en-GB", () => {
  it("is English only, at /", async () => {
    const all = builtPages(out);
    expect(all).toContain("/");
    expect(all.filter((p) => p.startsWith("/en/") || p.startsWith("/nl/"))).toEqual([]);
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.locator("a[data-language-switch]").count()).toBe(0);
    await page.close();
  });

  it("has no Dutch word of the catalogue on the translated pages", async () => {
    const phrases = dutchPhrases();
    // The check can see Dutch: the phrases include the Dutch menu and card words.
    expect(phrases).toEqual(expect.arrayContaining(["Overzicht", "Herhaalaankopen", "t.o.v. vorige maand", "Cijfers als tabel"]));
    const data = dataTexts();
    const found: string[] = [];
    expect(pages().length).toBeGreaterThan(5);
    for (const path of pages()) {
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      const ignore = TRANSLATED_PAGES.find((t) => t.path.test(path))?.ignore;
      // Data values the page marks as such (file, source and column names: translate="no") are not UI words.
      await page.locator('[translate="no"]').evaluateAll((els) => {
        for (const el of els) el.remove();
      });
      if (ignore) await page.locator(ignore).evaluateAll((els) => {
        for (const el of els) el.remove();
      });
      // Visible text once every <details> is open (the charts' figures as tables, the notes), plus the text alternatives a screen reader reads.
      // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what a reader sees
      let text = await page.evaluate(() => {
        for (const d of document.querySelectorAll("details")) d.open = true;
        return [document.title, document.body.innerText, ...[...document.querySelectorAll("[aria-label]")].map((el) => el.getAttribute("aria-label"))].join("\n");
      });
      for (const value of data) text = text.split(value).join(" ");
      for (const phrase of phrases) {
        // A hyphen or apostrophe joins words: `zonder-banner` is a variant's name and `TV-pagina's` a category (data), not "zonder" or "pagina".
        const pattern = new RegExp(`(^|[^\\p{L}'-])${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}'-])`, "u");
        if (pattern.test(text)) found.push(`${path}: ${phrase}`);
      }
      await page.close();
    }
    expect(found).toEqual([]);
  });

  it("writes month ticks in English on every translated page (Oct, not okt)", async () => {
    const dutchOnly = new Set(["mrt", "mei", "okt"]);
    const found: string[] = [];
    for (const path of pages()) {
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      const ticks = await page.$$eval('g[data-mark$="tick label"] text', (texts) => texts.map((t) => (t.textContent ?? "").split("\n")[0]!.trim()));
      for (const tick of ticks) if (dutchOnly.has(tick.toLowerCase())) found.push(`${path}: ${tick}`);
      await page.close();
    }
    expect(found).toEqual([]);
  });

  it("writes figures the English way: 12.3%, €1,234, 31 October 2026", async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const values = await page.locator(".kpi-value").allInnerTexts();
    expect(values.length).toBeGreaterThan(10);
    for (const v of values) expect(v).toMatch(/^(−?€\d{1,3}(,\d{3})*(\.\d{2})?|\d{1,3}(,\d{3})*(\.\d{1,2})?|\d{1,3}\.\d%)$/);
    const deltas = await page.locator(".kpi-deltas .delta-text").allInnerTexts();
    for (const d of deltas) expect(d).toMatch(/^([+−]?\d+(\.\d)?%|[+−]?\d+(\.\d)? pp|–)$/);
    expect(await page.locator(".as-of").innerText()).toMatch(/^Data through \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
    // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what a reader sees
    const all = await page.evaluate(() => document.body.innerText);
    expect(all).not.toMatch(/\d\u202F%/);
    await page.close();
  });
});
