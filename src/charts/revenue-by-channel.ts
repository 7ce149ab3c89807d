/** Net revenue per month, stacked by sales channel. */
import * as Plot from "@observablehq/plot";
import { CHART, channelColor } from "./theme.ts";

/** One bar segment: a month's revenue in one channel. */
export interface ChannelRevenue {
  date: Date;
  channel: string;
  revenue: number;
}

/** Draws stacked monthly bars with a legend (channel codes named by `labels`); `formatMoney` formats the y ticks. */
export function revenueByChannel(
  rows: readonly ChannelRevenue[],
  options: { document: Document; channels: readonly string[]; labels?: Record<string, string>; formatMoney: (value: number) => string; label?: string },
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    ...CHART,
    document: options.document,
    x: { type: "band", label: null, tickFormat: (d: Date) => (d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : "") },
    y: { grid: true, label: options.label ?? "Netto-omzet", tickFormat: options.formatMoney },
    color: { domain: options.channels, range: options.channels.map(channelColor), legend: true, tickFormat: (c: string) => options.labels?.[c] ?? c },
    marks: [Plot.barY(rows, { x: "date", y: "revenue", fill: "channel", title: (r: ChannelRevenue) => options.labels?.[r.channel] ?? r.channel }), Plot.ruleY([0])],
  });
}
