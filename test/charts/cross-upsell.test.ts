import { describe, expect, it } from "vitest";
import { crossUpsell } from "../../src/charts/cross-upsell.ts";
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
});
