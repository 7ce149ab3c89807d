/** Customers sending each kind of signal per month: one line per signal type. */
import * as Plot from "@observablehq/plot";
import { monthDate } from "../../loaders/browser.ts";
import { CHART, monthX } from "./theme.ts";

/** One month of one signal type. */
export interface SignalPoint {
  date: Date;
  type: string;
  customers: number | null;
}

/** Ten distinguishable colours, one per signal type of the vocabulary. */
export const SIGNAL_COLORS = ["#2166ac", "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666", "#b2182b"];

/** Long points, one per month and type; types without any shown month are left out. */
export function signalPoints(months: readonly string[], types: readonly { nameNl: string; customers: readonly (number | null)[] }[]): SignalPoint[] {
  return types.filter((t) => t.customers.some((c) => c !== null && c > 0)).flatMap((t) => months.map((key, i) => ({ date: monthDate(key), type: t.nameNl, customers: t.customers[i] ?? null })));
}

/** Draws the lines (breaking at hidden months); `format` formats the y ticks (a count); `label` is the axis word (Dutch by default). */
export function signalTypes(points: readonly SignalPoint[], options: { document: Document; types: readonly string[]; format: (value: number) => string; label?: string; locale?: string }): SVGSVGElement | HTMLElement {
  return Plot.plot({
    ...CHART,
    document: options.document,
    x: monthX(options.locale),
    y: { grid: true, label: options.label ?? "Klanten", tickFormat: options.format, zero: true },
    color: { domain: options.types, range: SIGNAL_COLORS, legend: true },
    marks: [Plot.lineY(points, { x: "date", y: "customers", z: "type", stroke: "type", strokeWidth: 2 }), Plot.ruleY([0])],
  });
}
