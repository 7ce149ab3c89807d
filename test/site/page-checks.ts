/**
 * Checks every built page gets in Chromium (the sample build's every-page test and the
 * partial-month build's): arrows agree with the sign of their number and colour/word follow the
 * judgement, no axis repeats a tick label, axe-core finds nothing serious or critical.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";

const ARROWS = { up: "▲", down: "▼", flat: "–" } as const;

/** Every KPI card delta on the page: direction and arrow from the sign, neutral when flat, the judgement word of its tone. */
export async function expectArrowsAgree(page: Page, path: string, tone: { good: string; bad: string }): Promise<void> {
  const deltas = await page.$$eval(".kpi-deltas .delta", (els) =>
    els.map((el) => ({
      direction: el.getAttribute("data-direction"),
      arrow: el.querySelector(".arrow")?.textContent?.trim() ?? null,
      text: el.querySelector(".delta-text")?.textContent?.trim() ?? "",
      tone: ["good", "bad", "neutral"].find((t) => el.classList.contains(t)),
      word: el.querySelector(".judgement")?.textContent?.trim() ?? "",
    })),
  );
  for (const d of deltas) {
    const sign = d.text.startsWith("+") ? "up" : d.text.startsWith("\u2212") ? "down" : "flat";
    expect(d.direction, `${path}: ${d.text}`).toBe(sign);
    if (d.text !== "–") expect(d.arrow, `${path}: ${d.text}`).toBe(ARROWS[sign]);
    if (sign === "flat") expect(d.tone, `${path}: ${d.text}`).toBe("neutral");
    if (d.tone === "good") expect(d.word).toBe(tone.good);
    if (d.tone === "bad") expect(d.word).toBe(tone.bad);
  }
}

/** Axis tick labels in order, per axis that is shown (Plot's `… tick label` groups). */
export function tickLabels(page: Page): Promise<string[][]> {
  return page.$$eval('g[data-mark$="tick label"]', (groups) =>
    groups
      .filter((g) => (g as SVGGElement).getBoundingClientRect().width > 0)
      .map((g) => [...g.querySelectorAll("text")].map((t) => t.textContent ?? "").filter((text) => text !== "")),
  );
}

/** No axis shows the same tick label twice in a row. */
export function expectNoRepeatedTicks(axes: string[][], where: string): void {
  for (const labels of axes) expect(labels.filter((label, i) => i > 0 && label === labels[i - 1]), `${where}: ${labels.join(" | ")}`).toEqual([]);
}

/** axe-core finds no serious or critical violation on the page. */
export async function expectNoSevereViolations(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const severe = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(severe.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(" ")}`), where).toEqual([]);
}

