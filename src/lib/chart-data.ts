/** Reshapes bundle series into the long rows Plot charts take. No aggregation happens here. */
import type { Bundle } from "../../loaders/index.ts";
import type { ChannelRevenue } from "../charts/revenue-by-channel.ts";
import type { LinePoint } from "../charts/series-lines.ts";
import { monthDate } from "./format.ts";

/** Monthly revenue rows per channel from the `channel.<name>.revenue` series. */
export function channelRows(bundle: Pick<Bundle, "series" | "months">): { names: string[]; rows: ChannelRevenue[] } {
  const rows: ChannelRevenue[] = [];
  const names: string[] = [];
  for (const s of bundle.series) {
    const match = /^channel\.(.+)\.revenue$/.exec(s.id);
    if (!match) continue;
    names.push(match[1]!);
    s.values.forEach((value, i) => {
      if (value !== null) rows.push({ date: monthDate(bundle.months[i]!), channel: match[1]!, revenue: value });
    });
  }
  return { names, rows };
}

/** Line points for the given series ids, labelled by the map's values; absent series are skipped. */
export function lineRows(bundle: Pick<Bundle, "series" | "months">, labels: Record<string, string>): { names: string[]; points: LinePoint[] } {
  const names: string[] = [];
  const points: LinePoint[] = [];
  for (const [id, name] of Object.entries(labels)) {
    const s = bundle.series.find((x) => x.id === id);
    if (!s) continue;
    names.push(name);
    s.values.forEach((value, i) => points.push({ date: monthDate(bundle.months[i]!), name, value }));
  }
  return { names, points };
}
