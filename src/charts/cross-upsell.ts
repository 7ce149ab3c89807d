/** Cross-sell and upsell per month as grouped bars (orders or revenue), by class or by channel. */
import { messages } from "../../loaders/index.ts";
import * as Plot from "@observablehq/plot";
import { monthDate } from "../../loaders/browser.ts";
import { CHART, FALLBACK_COLORS, monthTicks } from "./theme.ts";

/** One bar: a month's value of one class (or channel). */
export interface CrossUpsellBar {
  date: Date;
  /** Dutch class label ("Cross-sell", "Upsell") or a channel name. */
  kind: string;
  value: number;
}

/** One group of bars: its label and one value per month of the axis (null = hidden or absent). */
export interface BarGroup {
  kind: string;
  values: readonly (number | null)[];
}

/**
 * Long bar rows for `crossUpsell` from month-aligned groups, from month index `from` on;
 * hidden (null) values are left out, so their bars are missing rather than drawn as 0.
 */
export function groupBars(months: readonly string[], groups: readonly BarGroup[], from = 0): CrossUpsellBar[] {
  const bars: CrossUpsellBar[] = [];
  for (let i = Math.max(0, from); i < months.length; i++) {
    for (const g of groups) {
      const value = g.values[i];
      if (value !== null && value !== undefined) bars.push({ date: monthDate(months[i]!), kind: g.kind, value });
    }
  }
  return bars;
}

/**
 * Draws the bars side by side per month; `format` formats the y ticks. Up to 13 months every
 * month is labelled (`okt`), over longer spans only January (the year). `colors` default to a
 * palette in the order of `kinds`.
 */
export function crossUpsell(
  bars: readonly CrossUpsellBar[],
  options: { document: Document; kinds: readonly string[]; format: (value: number) => string; label?: string; colors?: readonly string[]; locale?: string },
): SVGSVGElement | HTMLElement {
  const months = new Set(bars.map((b) => b.date.getTime())).size;
  const monthTick = monthTicks(options.locale);
  const tick = months <= 13 ? (d: Date, i: number) => monthTick(d, i) : (d: Date) => (d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : "");
  return Plot.plot({
    ...CHART,
    document: options.document,
    marginBottom: months <= 13 ? 40 : 30,
    fx: { label: null, tickFormat: tick, padding: months <= 13 ? 0.2 : 0.1, tickSize: 0 },
    x: { axis: null, domain: options.kinds as string[] },
    y: { grid: true, label: options.label ?? messages("nl").charts.orders, tickFormat: options.format },
    color: { domain: options.kinds, range: options.colors ?? FALLBACK_COLORS, legend: true },
    marks: [
      Plot.barY(bars, { fx: "date", x: "kind", y: "value", fill: "kind", title: (b: CrossUpsellBar) => `${b.kind}: ${options.format(b.value)}` }),
      Plot.ruleY([0]),
    ],
  });
}
