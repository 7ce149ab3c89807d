import { describe, expect, it } from "vitest";
import { journeyConversion } from "../../src/charts/journey-conversion.ts";
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
});
