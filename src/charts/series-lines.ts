/** One or more monthly series as lines with a legend (e.g. registered vs unregistered orders). */
import * as Plot from "@observablehq/plot";
import { CHART, FALLBACK_COLORS, monthX } from "./theme.ts";

/** One point of one line. */
export interface LinePoint {
  date: Date;
  name: string;
  value: number | null;
}

/** Draws the lines; `format` formats the y ticks, `locale` the month ticks (default Dutch). */
export function seriesLines(
  points: readonly LinePoint[],
  options: { document: Document; names: readonly string[]; format: (value: number) => string; label?: string; zero?: boolean; locale?: string },
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    ...CHART,
    document: options.document,
    x: monthX(options.locale),
    y: { grid: true, label: options.label ?? null, tickFormat: options.format, zero: options.zero ?? true },
    color: { domain: options.names, range: FALLBACK_COLORS, legend: options.names.length > 1 },
    marks: [Plot.lineY(points, { x: "date", y: "value", stroke: "name", strokeWidth: 2 }), Plot.ruleY(options.zero === false ? [] : [0])],
  });
}
