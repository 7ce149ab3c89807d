/** Conversion per month of one or more journeys (or customer types): a line per series inside its confidence band. */
import { messages } from "../../loaders/index.ts";
import * as Plot from "@observablehq/plot";
import { monthDate } from "../../loaders/browser.ts";
import { CHART, FALLBACK_COLORS, monthX } from "./theme.ts";

/** One month of one journey: the rate and its interval (null where hidden or without visitors). */
export interface JourneyPoint {
  date: Date;
  journey: string;
  rate: number | null;
  low: number | null;
  high: number | null;
}

/** One line of the chart: its label and month-aligned rate and interval bounds. */
export interface JourneyLine {
  name: string;
  rate: readonly (number | null)[];
  low: readonly (number | null)[];
  high: readonly (number | null)[];
}

/** Long points for `journeyConversion`, one per month and line (nulls kept, so lines break at hidden months). */
export function journeyPoints(months: readonly string[], lines: readonly JourneyLine[]): JourneyPoint[] {
  return lines.flatMap((l) =>
    months.map((key, i) => ({ date: monthDate(key), journey: l.name, rate: l.rate[i] ?? null, low: l.low[i] ?? null, high: l.high[i] ?? null })),
  );
}

/** Draws the bands and lines (both break at hidden months); `format` formats the y ticks (a percentage). */
export function journeyConversion(
  points: readonly JourneyPoint[],
  options: { document: Document; journeys: readonly string[]; format: (value: number) => string; label?: string; locale?: string },
): SVGSVGElement | HTMLElement {
  const drawn = points.filter((p) => p.rate !== null);
  return Plot.plot({
    ...CHART,
    document: options.document,
    marginBottom: 36,
    x: monthX(options.locale),
    y: { grid: true, label: options.label ?? messages("nl").charts.conversion, tickFormat: options.format, zero: true },
    color: { domain: options.journeys, range: FALLBACK_COLORS, legend: options.journeys.length > 1 },
    marks: [
      Plot.areaY(points, { x: "date", y1: "low", y2: "high", z: "journey", fill: "journey", fillOpacity: 0.15 }),
      Plot.lineY(points, { x: "date", y: "rate", z: "journey", stroke: "journey", strokeWidth: 2 }),
      Plot.dot(drawn, { x: "date", y: "rate", fill: "journey", r: 2, title: (p: JourneyPoint) => `${p.journey}: ${options.format(p.rate!)}` }),
    ],
  });
}
