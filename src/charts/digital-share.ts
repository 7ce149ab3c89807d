/** Share of revenue (or orders) per channel and month, stacked to 100 %, digital channels first. */
import * as Plot from "@observablehq/plot";
import { CHART, channelColor } from "./theme.ts";

/** One channel's share of the classified total in one month. */
export interface ChannelShare {
  date: Date;
  channel: string;
  share: number;
}

/**
 * Draws stacked areas in the order of `channels` (digital first, so the digital share is the
 * lower band's top edge) and a dashed rule at 50 %.
 */
export function digitalShare(
  rows: readonly ChannelShare[],
  options: { document: Document; channels: readonly string[]; format: (value: number) => string; label?: string },
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    ...CHART,
    document: options.document,
    x: { type: "utc", label: null },
    y: { grid: true, label: options.label ?? "Aandeel omzet", tickFormat: options.format, domain: [0, 1] },
    color: { domain: options.channels, range: options.channels.map(channelColor), legend: true },
    marks: [
      Plot.areaY(rows, { x: "date", y: "share", fill: "channel", order: options.channels as string[], title: "channel" }),
      Plot.ruleY([0.5], { strokeDasharray: "4 3", strokeOpacity: 0.6 }),
    ],
  });
}
