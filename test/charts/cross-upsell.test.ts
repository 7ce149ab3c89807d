import { describe, expect, it } from "vitest";
import { crossUpsell, groupBars } from "../../src/charts/cross-upsell.ts";
import { chartDocument, marks } from "./commercial-charts.ts";

describe("crossUpsell chart", () => {
  it("draws a bar per month and class", () => {
    const bars = [0, 1, 2].flatMap((m) => [
      { date: new Date(Date.UTC(2025, m, 1)), kind: "Cross-sell", value: 10 + m },
      { date: new Date(Date.UTC(2025, m, 1)), kind: "Upsell", value: 5 + m },
    ]);
    const chart = crossUpsell(bars, { document: chartDocument(), kinds: ["Cross-sell", "Upsell"], format: String });
    const rects = marks(chart, "bar").flatMap((g) => [...g.querySelectorAll("rect")]);
    expect(rects).toHaveLength(6);
  });

  it("groupBars: long rows from month-aligned groups, hidden months left out, from a start month", () => {
    const bars = groupBars(["2025-11", "2025-12", "2026-01"], [
      { kind: "web", values: [1, null, 3] },
      { kind: "store", values: [4, 5, 0] },
    ], 1);
    expect(bars).toEqual([
      { date: new Date(Date.UTC(2025, 11, 1)), kind: "store", value: 5 },
      { date: new Date(Date.UTC(2026, 0, 1)), kind: "web", value: 3 },
      { date: new Date(Date.UTC(2026, 0, 1)), kind: "store", value: 0 },
    ]);
  });

  it("labels every month up to 13 months and uses the given colours", () => {
    const bars = [0, 1].map((m) => ({ date: new Date(Date.UTC(2025, m, 1)), kind: "web", value: 10 }));
    const chart = crossUpsell(bars, { document: chartDocument(), kinds: ["web"], format: String, colors: ["#2166ac"] });
    expect(chart.querySelector("rect[fill='#2166ac']")).not.toBeNull();
    const ticks = [...chart.querySelectorAll("g[aria-label='fx-axis tick label'] text")].map((t) => t.textContent);
    expect(ticks).toEqual(["jan2025", "feb"]);
  });
});
