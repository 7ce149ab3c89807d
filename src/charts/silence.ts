/** Silent customers per month: how many fell silent (bar) and how many of them have come back since (darker part). */
import * as Plot from "@observablehq/plot";
import { monthDate } from "../../loaders/browser.ts";
import { CHART, MONTH_X } from "./theme.ts";

/** One month: customers falling silent and, of those, returned (null where hidden). */
export interface SilenceRow {
  date: Date;
  entered: number | null;
  returned: number | null;
}

/** Rows aligned with `months`. */
export function silenceRows(months: readonly string[], entered: readonly (number | null)[], returned: readonly (number | null)[]): SilenceRow[] {
  return months.map((key, i) => ({ date: monthDate(key), entered: entered[i] ?? null, returned: returned[i] ?? null }));
}

/** Draws the bars; `format` formats the y ticks (a count). */
export function silence(rows: readonly SilenceRow[], options: { document: Document; format: (value: number) => string }): SVGSVGElement | HTMLElement {
  const shown = rows.filter((r) => r.entered !== null);
  return Plot.plot({
    ...CHART,
    document: options.document,
    x: { ...MONTH_X, type: "band", tickFormat: (d: Date, i: number) => MONTH_X.tickFormat(d, i) },
    y: { grid: true, label: "Klanten", tickFormat: options.format, zero: true },
    color: { domain: ["Stil geworden", "Teruggekomen"], range: ["#d9d9d9", "#2166ac"], legend: true },
    marks: [
      Plot.barY(shown, { x: "date", y: "entered", fill: () => "Stil geworden" }),
      Plot.barY(shown.filter((r) => r.returned !== null), { x: "date", y: "returned", fill: () => "Teruggekomen", insetLeft: 4, insetRight: 4 }),
      Plot.ruleY([0]),
    ],
  });
}
