/** Share of revenue (or orders) per channel and month, stacked to 100 %, digital channels first. */
import { messages } from "../../loaders/index.ts";
import * as Plot from "@observablehq/plot";
import { CHART, channelColor, monthX } from "./theme.ts";

/** One channel's share of the classified total in one month. */
export interface ChannelShare {
  date: Date;
  channel: string;
  share: number;
}

/** Start of a `yyyy-mm` month as a UTC date. */
function monthDate(key: string): Date {
  const [y, m] = key.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, 1));
}

/**
 * Long rows for `digitalShare` from month-aligned shares per channel; months where a channel's
 * share is null (no classified sales) are left out.
 */
export function channelShareRows(months: readonly string[], channels: readonly { name: string; shares: readonly (number | null)[] }[]): ChannelShare[] {
  return channels.flatMap((c) =>
    months.flatMap((key, i) => {
      const share = c.shares[i];
      return share === null || share === undefined ? [] : [{ date: monthDate(key), channel: c.name, share }];
    }),
  );
}

/**
 * Draws stacked areas in the order of `channels` (digital first, so the digital share is the
 * lower band's top edge) and a dashed rule at 50 %; `labels` rename channels in the legend.
 */
export function digitalShare(
  rows: readonly ChannelShare[],
  options: { document: Document; channels: readonly string[]; format: (value: number) => string; label?: string; labels?: Readonly<Record<string, string>>; locale?: string },
): SVGSVGElement | HTMLElement {
  const label = (name: string) => options.labels?.[name] ?? name;
  return Plot.plot({
    ...CHART,
    document: options.document,
    marginBottom: 36,
    x: monthX(options.locale),
    y: { grid: true, label: options.label ?? messages("nl").charts.revenueShare, tickFormat: options.format, domain: [0, 1] },
    color: { domain: options.channels, range: options.channels.map(channelColor), legend: true, tickFormat: label },
    marks: [
      Plot.areaY(rows, {
        x: "date",
        y: "share",
        fill: "channel",
        order: options.channels as string[],
        // A constant title per channel: a varying one would split each area into slivers.
        title: (r: ChannelShare) => label(r.channel),
      }),
      Plot.ruleY([0.5], { strokeDasharray: "4 3", strokeOpacity: 0.6 }),
    ],
  });
}
