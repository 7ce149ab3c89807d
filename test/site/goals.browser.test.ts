/** The goals page in Chromium with JavaScript off, in Dutch (`/doelen/`) and English (`/en/doelen/`): one card per goal with its status and chart. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GoalsSection, readBundle } from "../../loaders/index.ts";
import { LANGUAGES_BUILT } from "./languages.ts";
import { DIST, launchChromium, serveDist } from "./serve.ts";

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The fixed words of a catalogue sentence before its first value (`voortgang `, ` Nodig: `). */
const prefixOf = (sentence: (...values: string[]) => string) => sentence("\u0001", "\u0001").split("\u0001")[0]!.trim();
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe.each(LANGUAGES_BUILT)("goals page ($language)", ({ prefix, t }) => {
  it("shows every goal with its status, SMART parts and chart", async () => {
    const bundle = await readBundle(`${DIST}/data/bundle.json`);
    const goals = bundle.sections.goals as GoalsSection;
    expect(goals.goals.length).toBeGreaterThan(0);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    expect((await page.goto(`${site.url}${prefix}/doelen/`))?.status()).toBe(200);
    expect(await page.locator("article.goal").count()).toBe(goals.goals.length);
    const w = t.goals;
    for (const goal of goals.goals) {
      const card = page.locator(`article.goal#${goal.id}`);
      // Goal titles are data: written once, shown as written in every language.
      expect(await card.locator("h2").first().textContent()).toBe(goal.title);
      expect((await card.locator(".badge").textContent())?.trim()).toBe(w.status[goal.current?.status ?? "pending"]);
      expect(await card.locator(".smart dt").allTextContents()).toEqual([w.specific, w.measurable, w.achievable, w.realistic, w.timeBound]);
      // One chart, drawn at desktop and at phone width (CSS shows one of the two).
      expect(await card.locator(".chart-desk svg[role=img]").count()).toBe(1);
      expect(await card.locator(".chart-phone svg[role=img]").count()).toBe(1);
      expect(await card.locator("svg[role=img]:visible").count()).toBe(1);
      // Negative progress and falling rates are said in words, not as "voortgang −73 %" or "Nodig: −€ 8.626".
      const text = (await card.textContent()) ?? "";
      expect(text).not.toMatch(new RegExp(`${escapeRegex(prefixOf(w.progress))} [\\u2212-]`));
      expect(text).not.toMatch(new RegExp(`${escapeRegex(prefixOf(w.needed))} [\\u2212-]`));
      if (goal.current && goal.current.progress < 0) expect(text).toContain(prefixOf(w.noProgress));
    }
    await context.close();
  });
});
