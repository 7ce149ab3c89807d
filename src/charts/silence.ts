/** Silent customers per month: how many fell silent (bar) and how many of them have come back since (darker part). */
import * as Plot from "@observablehq/plot";
import { monthDate } from "../../loaders/browser.ts";
import { CHART, monthX } from "./theme.ts";

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

/** Draws the bars; `format` formats the y ticks (a count); `label` and `names` are the axis and legend words (Dutch by default). */
export function silence(
  rows: readonly SilenceRow[],
  options: { document: Document; format: (value: number) => string; label?: string; names?: { entered: string; returned: string }; locale?: string },
): SVGSVGElement | HTMLElement {
  const shown = rows.filter((r) => r.entered !== null);
  const { entered, returned } = options.names ?? { entered: "Stil geworden", returned: "Teruggekomen" };
  return Plot.plot({
    ...CHART,
    document: options.document,
    x: { ...monthX(options.locale), type: "band" },
    y: { grid: true, label: options.label ?? "Klanten", tickFormat: options.format, zero: true },
    color: { domain: [entered, returned], range: ["#d9d9d9", "#2166ac"], legend: true },
    marks: [
      Plot.barY(shown, { x: "date", y: "entered", fill: () => entered }),
      Plot.barY(shown.filter((r) => r.returned !== null), { x: "date", y: "returned", fill: () => returned, insetLeft: 4, insetRight: 4 }),
      Plot.ruleY([0]),
    ],
  });
}
