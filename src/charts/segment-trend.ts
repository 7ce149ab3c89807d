/**
 * Segment sizes over the months as one line per segment in the segment palette. A suppressed
 * month (fewer than k customers) is a gap in its line, never a zero.
 */
import * as Plot from "@observablehq/plot";
import { type Language, messages } from "../../loaders/index.ts";
import type { ChartWords } from "./words.ts";
import { CHART, chartWidth } from "./theme.ts";

/** One segment's size at one month end (null = suppressed). */
export interface SegmentTrendPoint {
  date: Date;
  /** Segment name in the page's language. */
  segment: string;
  customers: number | null;
}

/** Draws the lines; `segments` gives the legend order and colours (named in `language`, Dutch by default); `width` defaults to the theme's. */
export function segmentTrend(
  points: readonly SegmentTrendPoint[],
  options: { document: Document; segments: readonly { name?: string; nameNl: string; color: string }[]; format: (value: number) => string; width?: number; language?: Language; words?: ChartWords },
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    ...CHART,
    width: chartWidth(options.width ?? 640),
    height: 340,
    document: options.document,
    x: { type: "utc", label: null },
    y: { grid: true, label: (options.words ?? messages("nl").charts).customers, tickFormat: options.format, zero: true },
    color: { domain: options.segments.map((s) => (options.language === "en" ? (s.name ?? s.nameNl) : s.nameNl)), range: options.segments.map((s) => s.color), legend: true },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(points, { x: "date", y: "customers", z: "segment", stroke: "segment", strokeWidth: 2, className: "lines" }),
      Plot.dot(points, { x: "date", y: "customers", fill: "segment", r: 1.5, className: "dots" }),
    ],
  });
}
