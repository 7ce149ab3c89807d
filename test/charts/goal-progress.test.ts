import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { parseMonthKey } from "../../loaders/lib/months.ts";
import { goalTracking } from "../../loaders/metrics/goal-tracking.ts";
import { GOAL_LINES, goalProgress } from "../../src/charts/goal-progress.ts";

describe("goalProgress", () => {
  const plan = { baselineMonth: parseMonthKey("2026-01"), baseline: 100, target: 160, start: parseMonthKey("2026-01"), deadline: parseMonthKey("2026-07"), direction: 1 as const };
  const { rows } = goalTracking(plan, plan.baselineMonth, [100, 108, 121, 126], parseMonthKey("2026-04"), { tolerance: 0.1, atRisk: 0.25, minTrendMonths: 3 });
  const document = new JSDOM("<!doctype html><body></body>").window.document;
  const chart = goalProgress(rows, { document, target: 160, format: (v) => String(v) });
  const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector(":scope > svg")!;

  it("draws an SVG with a legend of the three lines", () => {
    expect(svg.tagName.toLowerCase()).toBe("svg");
    const legend = chart.textContent ?? "";
    for (const name of Object.values(GOAL_LINES)) expect(legend).toContain(name);
  });
  it("draws the actual, path and projection lines, four dots and the target rule with its label", () => {
    expect(svg.querySelectorAll("path").length).toBeGreaterThanOrEqual(3);
    expect(svg.querySelectorAll("circle")).toHaveLength(4);
    expect(svg.textContent).toContain("Doel 160");
    expect(svg.querySelector('[stroke-dasharray="2,3"]')).not.toBeNull();
  });
  it("draws nothing but the axes and the target for a goal without rows", () => {
    const empty = goalProgress([], { document, target: 1, format: String });
    expect(empty.querySelectorAll("circle")).toHaveLength(0);
  });
});
