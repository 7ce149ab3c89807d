/** Conversion per month of one or more journeys: a line per journey inside its confidence band. */
import * as Plot from "@observablehq/plot";
import { CHART, FALLBACK_COLORS } from "./theme.ts";

/** One month of one journey: the rate and its interval (null where hidden or without visitors). */
export interface JourneyPoint {
  date: Date;
  journey: string;
  rate: number | null;
  low: number | null;
  high: number | null;
}

/** Draws the bands and lines; `format` formats the y ticks (a percentage). */
export function journeyConversion(
  points: readonly JourneyPoint[],
  options: { document: Document; journeys: readonly string[]; format: (value: number) => string; label?: string },
): SVGSVGElement | HTMLElement {
  const banded = points.filter((p) => p.low !== null && p.high !== null);
  return Plot.plot({
    ...CHART,
    document: options.document,
    x: { type: "utc", label: null },
    y: { grid: true, label: options.label ?? "Conversie", tickFormat: options.format, zero: true },
    color: { domain: options.journeys, range: FALLBACK_COLORS, legend: options.journeys.length > 1 },
    marks: [
      Plot.areaY(banded, { x: "date", y1: "low", y2: "high", fill: "journey", fillOpacity: 0.15 }),
      Plot.lineY(points, { x: "date", y: "rate", stroke: "journey", strokeWidth: 2 }),
      Plot.dot(points, { x: "date", y: "rate", fill: "journey", r: 2.5 }),
    ],
  });
}
