import { describe, expect, it } from "vitest";
import { journeyConversion, journeyPoints } from "../../src/charts/journey-conversion.ts";
import { chartDocument, marks } from "./commercial-charts.ts";

const d = (m: number) => new Date(Date.UTC(2025, m, 1));

describe("journeyConversion chart", () => {
  it("draws one band, line and dot group; a path per journey", () => {
    const points = ["TV", "Mobiel"].flatMap((journey, j) =>
      [0, 1, 2].map((m) => ({ date: d(m), journey, rate: 0.05 + j / 100, low: m === 2 ? null : 0.04, high: m === 2 ? null : 0.07 })),
    );
    const chart = journeyConversion(points, { document: chartDocument(), journeys: ["TV", "Mobiel"], format: String });
    expect(chart.tagName.toLowerCase()).toBe("figure"); // legend + svg
    expect(marks(chart, "area")).toHaveLength(1);
    expect(marks(chart, "line")[0]!.querySelectorAll("path")).toHaveLength(2);
    expect(marks(chart, "dot")[0]!.querySelectorAll("circle")).toHaveLength(6);
  });

  it("journeyPoints: one point per month and line, hidden months kept as null", () => {
    const points = journeyPoints(["2025-01", "2025-02"], [{ name: "Totaal", rate: [0.05, null], low: [0.04, null], high: [0.06, null] }]);
    expect(points).toEqual([
      { date: d(0), journey: "Totaal", rate: 0.05, low: 0.04, high: 0.06 },
      { date: d(1), journey: "Totaal", rate: null, low: null, high: null },
    ]);
  });

  it("breaks the band at a hidden month instead of bridging it", () => {
    const points = [0, 1, 2].map((m) => ({ date: d(m), journey: "TV", rate: m === 1 ? null : 0.05, low: m === 1 ? null : 0.04, high: m === 1 ? null : 0.06 }));
    const chart = journeyConversion(points, { document: chartDocument(), journeys: ["TV"], format: String });
    // Two separate one-point pieces: each area path has no second "L" segment across the gap.
    const path = marks(chart, "area")[0]!.querySelector("path")!.getAttribute("d")!;
    expect(path.match(/M/g)).toHaveLength(2);
    expect(marks(chart, "dot")[0]!.querySelectorAll("circle")).toHaveLength(2);
  });
});
