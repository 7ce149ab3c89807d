/** Reshapes bundle series into the long rows Plot charts take. No aggregation happens here. */
import type { Bundle } from "../../loaders/index.ts";
import type { ChannelRevenue } from "../charts/revenue-by-channel.ts";
import type { LinePoint } from "../charts/series-lines.ts";
import { monthDate } from "../../loaders/browser.ts";

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
    s.values.forEach((value, i) => {
      points.push({ date: monthDate(bundle.months[i]!), name, value });
    });
  }
  return { names, points };
}

/** A chart's figures as rows of text: the first column names the row (a month, a segment). */
export interface DataTable {
  caption: string;
  head: string[];
  rows: string[][];
}

/**
 * Line points as a table: one row per month (newest first; first column headed `monthHeading`), one column per line, formatted with
 * `format`; months where every line is empty are left out.
 */
export function lineTable(caption: string, points: readonly LinePoint[], names: readonly string[], format: (value: number | null) => string, month: (date: Date) => string, monthHeading: string): DataTable {
  const byDate = new Map<number, Map<string, number | null>>();
  for (const p of points) {
    const row = byDate.get(p.date.getTime()) ?? new Map<string, number | null>();
    row.set(p.name, p.value);
    byDate.set(p.date.getTime(), row);
  }
  const rows = [...byDate.entries()]
    .filter(([, row]) => [...row.values()].some((v) => v !== null))
    .sort(([a], [b]) => b - a)
    .map(([time, row]) => [month(new Date(time)), ...names.map((n) => format(row.get(n) ?? null))]);
  return { caption, head: [monthHeading, ...names], rows };
}

/** Channel revenue rows as a table: one row per month (newest first), one column per channel; `monthHeading` names the first column. */
export function channelTable(caption: string, data: { names: string[]; rows: ChannelRevenue[] }, labels: Record<string, string>, format: (value: number | null) => string, month: (date: Date) => string, monthHeading: string): DataTable {
  const points = data.rows.map((r) => ({ date: r.date, name: r.channel, value: r.revenue }));
  const table = lineTable(caption, points, data.names, format, month, monthHeading);
  return { ...table, head: [monthHeading, ...data.names.map((n) => labels[n] ?? n)] };
}

/**
 * Cells of a grid chart (heatmap, matrix) as a table: one row per `rows` entry, one column per
 * `cols` entry, each cell the text of `cell(row, col)` (`–` where the chart has no cell).
 */
export function gridTable(caption: string, corner: string, rows: readonly string[], cols: readonly string[], cell: (row: string, col: string) => string): DataTable {
  return { caption, head: [corner, ...cols], rows: rows.map((r) => [r, ...cols.map((c) => cell(r, c))]) };
}
