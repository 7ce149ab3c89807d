/** Cross-sell and upsell per month as grouped bars (orders or revenue). */
import * as Plot from "@observablehq/plot";
import { CHART } from "./theme.ts";

/** One bar: a month's value of one class. */
export interface CrossUpsellBar {
  date: Date;
  /** Dutch class label, e.g. "Cross-sell", "Upsell". */
  kind: string;
  value: number;
}

/** Draws the bars side by side per month; `format` formats the y ticks. */
export function crossUpsell(
  bars: readonly CrossUpsellBar[],
  options: { document: Document; kinds: readonly string[]; format: (value: number) => string; label?: string },
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    ...CHART,
    document: options.document,
    marginBottom: 36,
    fx: { label: null, tickFormat: (d: Date) => (d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : ""), padding: 0.1 },
    x: { axis: null, domain: options.kinds as string[] },
    y: { grid: true, label: options.label ?? "Orders", tickFormat: options.format },
    color: { domain: options.kinds, range: ["#1b9e77", "#7570b3", "#d95f02"], legend: true },
    marks: [Plot.barY(bars, { fx: "date", x: "kind", y: "value", fill: "kind", title: "kind" }), Plot.ruleY([0])],
  });
}
