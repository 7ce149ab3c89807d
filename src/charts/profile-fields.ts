/** Profile completeness per month: the share of profiles holding each field, one line per field, the overall share thick. */
import * as Plot from "@observablehq/plot";
import { monthDate } from "../../loaders/browser.ts";
import { CHART, FALLBACK_COLORS, monthX } from "./theme.ts";

/** One month of one field (or of the overall share). */
export interface FieldPoint {
  date: Date;
  field: string;
  share: number | null;
  overall: boolean;
}

/** Long points: the overall share first (named `overallName`), then each field. */
export function fieldPoints(months: readonly string[], overallName: string, overall: readonly (number | null)[], fields: readonly { name: string; share: readonly (number | null)[] }[]): FieldPoint[] {
  const line = (name: string, values: readonly (number | null)[], isOverall: boolean) => months.map((key, i) => ({ date: monthDate(key), field: name, share: values[i] ?? null, overall: isOverall }));
  return [...line(overallName, overall, true), ...fields.flatMap((f) => line(f.name, f.share, false))];
}

/** Draws the lines; `format` formats the y ticks (a percentage); `label` is the axis word (Dutch by default). */
export function profileFields(points: readonly FieldPoint[], options: { document: Document; fields: readonly string[]; format: (value: number) => string; label?: string; locale?: string }): SVGSVGElement | HTMLElement {
  return Plot.plot({
    ...CHART,
    document: options.document,
    x: monthX(options.locale),
    y: { grid: true, label: options.label ?? "Ingevuld", tickFormat: options.format, domain: [0, 1] },
    color: { domain: options.fields, range: ["#111111", ...FALLBACK_COLORS], legend: true },
    marks: [
      Plot.lineY(points.filter((p) => !p.overall), { x: "date", y: "share", z: "field", stroke: "field", strokeWidth: 1.5, curve: "step-after" }),
      Plot.lineY(points.filter((p) => p.overall), { x: "date", y: "share", stroke: "field", strokeWidth: 3.5, curve: "step-after" }),
    ],
  });
}
