import { describe, expect, it } from "vitest";
import { segmentTrend, type SegmentTrendPoint } from "../../src/charts/segment-trend.ts";
import { chartDocument, movesSection } from "./rfm-fixtures.ts";

/** Points from the `segment.<id>.customers` series (what the page's chart-data step does). */
function points(k: number): { points: SegmentTrendPoint[]; segments: { nameNl: string; color: string }[] } {
  const { series, section } = movesSection(k);
  const out: SegmentTrendPoint[] = [];
  for (const s of section.segments) {
    const values = series.find((x) => x.id === `segment.${s.id}.customers`)!.values;
    values.forEach((customers, i) => {
      out.push({ date: new Date(`${section.months[i]}-01T00:00:00Z`), segment: s.nameNl, customers });
    });
  }
  return { points: out, segments: section.segments };
}

describe("segmentTrend", () => {
  const document = chartDocument();

  it("draws one line per segment and a dot per shown month, with a legend of the eleven names", () => {
    const { points: p, segments } = points(1);
    const chart = segmentTrend(p, { document, segments, format: String });
    expect(chart.querySelectorAll(".lines path")).toHaveLength(11);
    expect(chart.querySelectorAll(".dots circle")).toHaveLength(33);
    for (const s of segments) expect(chart.textContent).toContain(s.nameNl);
  });

  it("leaves suppressed months out (gaps, not zeros)", () => {
    const { points: p, segments } = points(2);
    const chart = segmentTrend(p, { document, segments, format: String });
    const shown = p.filter((x) => x.customers !== null).length;
    expect(shown).toBeLessThan(33);
    expect(chart.querySelectorAll(".dots circle")).toHaveLength(shown);
  });
});
