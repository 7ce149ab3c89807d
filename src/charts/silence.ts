/** Silent customers per month: how many fell silent (bar) and how many of them have come back since (darker part). */
import { messages } from "../../loaders/i18n/index.ts";
import * as Plot from "@observablehq/plot";
import { monthDate } from "../../loaders/lib/format.ts";
import type { ChartWords } from "./words.ts";
import { CHART, monthTicks } from "./theme.ts";

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
export function silence(rows: readonly SilenceRow[], options: { document: Document; format: (value: number) => string; words?: ChartWords; locale?: string }): SVGSVGElement | HTMLElement {
  const words = options.words ?? messages("nl").charts;
  const shown = rows.filter((r) => r.entered !== null);
  const { entered, returned } = options.names ?? { entered: "Stil geworden", returned: "Teruggekomen" };
  return Plot.plot({
    ...CHART,
    document: options.document,
    x: { type: "band", label: null, tickFormat: monthTicks(options.locale) },
    y: { grid: true, label: words.customers, tickFormat: options.format, zero: true },
    color: { domain: [words.silence.silent, words.silence.returned], range: ["#d9d9d9", "#2166ac"], legend: true },
    marks: [
      Plot.barY(shown, { x: "date", y: "entered", fill: () => entered }),
      Plot.barY(shown.filter((r) => r.returned !== null), { x: "date", y: "returned", fill: () => returned, insetLeft: 4, insetRight: 4 }),
      Plot.ruleY([0]),
    ],
  });
}
