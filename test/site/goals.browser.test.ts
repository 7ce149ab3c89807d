/** The goals page in Chromium with JavaScript off: one card per goal with its status and chart. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { type GoalsSection, readBundle } from "../../loaders/index.ts";
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

const LABELS = { achieved: "Behaald", "on-track": "Op koers", "at-risk": "Risico", "off-track": "Uit koers", pending: "Nog niet gestart" } as const;

describe("goals page", () => {
  it("shows every goal with its status, SMART parts and chart", async () => {
    const bundle = await readBundle(`${DIST}/data/bundle.json`);
    const goals = bundle.sections.goals as GoalsSection;
    expect(goals.goals.length).toBeGreaterThan(0);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/doelen/`);
    expect(await page.locator("article.goal").count()).toBe(goals.goals.length);
    for (const goal of goals.goals) {
      const card = page.locator(`article.goal#${goal.id}`);
      expect(await card.locator("h2").first().textContent()).toBe(goal.title);
      expect((await card.locator(".badge").textContent())?.trim()).toBe(LABELS[goal.current?.status ?? "pending"]);
      expect(await card.locator(".smart dt").allTextContents()).toEqual(["Specifiek", "Meetbaar", "Acceptabel", "Realistisch", "Tijdgebonden"]);
      // One chart, drawn at desktop and at phone width (CSS shows one of the two).
      expect(await card.locator(".chart-desk svg[role=img]").count()).toBe(1);
      expect(await card.locator(".chart-phone svg[role=img]").count()).toBe(1);
      expect(await card.locator("svg[role=img]:visible").count()).toBe(1);
      // Negative progress and falling rates are said in words, not as "voortgang −73 %" or "Nodig: −€ 8.626".
      const text = (await card.textContent()) ?? "";
      expect(text).not.toMatch(/voortgang [\u2212-]/);
      expect(text).not.toMatch(/Nodig: [\u2212-]/);
      if (goal.current && goal.current.progress < 0) expect(text).toContain("nog geen voortgang");
    }
    await context.close();
  });
});
