/**
 * One run of the compact queries over the kept orders, cut off at an as-of day: the tables a
 * month axis `first..last` needs when its last month is counted up to `upTo` (the as-of day of
 * the bundle, or day d of a month a partial month is compared with). A cut that is not a month
 * end gets a day-based look-back window for its month, as `eachMonthWindow` counts it.
 */
import { isMonthEnd, windowStartDay } from "../lib/as-of.ts";
import type { Config } from "../schemas/config.ts";
import type { EngineAdapter } from "./adapter.ts";
import type { CompactTables } from "./compact.ts";
import { buyersSql, cellsSql, customerMonthsSql, firstMonthsSql, peopleSql, type WindowOptions, windowFiguresSql, windowsSql } from "./sql/aggregates.ts";

/** What one run counts: months `first..last`, orders up to day `upTo` (in month `last`). */
export interface CompactRun {
  first: number;
  last: number;
  upTo: number;
  /** Suffix of the kept tables of this run (runs of one load must differ). */
  tag: string;
  /** Channel names of every accepted order (sorted). */
  channels: string[];
}

/** The window options of a run: a partial window for its last month when `upTo` is not a month end. */
export function runWindowOptions(config: Pick<Config, "kpi">, run: Pick<CompactRun, "first" | "last" | "upTo">): WindowOptions {
  const { activeWindowMonths, topShare, lapsedDays } = config.kpi;
  const partial = isMonthEnd(run.upTo) ? undefined : { asOf: run.upTo, windowStart: windowStartDay(run.upTo, activeWindowMonths) };
  return { first: run.first, last: run.last, activeWindowMonths, topShare, lapsedDays, ...(partial ? { partial } : {}) };
}

/** Runs the compact queries of `run` over the kept orders `orders`. */
export async function compactTablesAt(adapter: EngineAdapter, orders: string, config: Pick<Config, "kpi" | "channels">, run: CompactRun): Promise<CompactTables> {
  const sql = adapter.dialect;
  const cm = await adapter.keep(`kb_customer_months${run.tag}`, customerMonthsSql(sql, orders, run.upTo));
  const tables = {
    cells: await adapter.query(cellsSql(sql, orders, run.upTo)),
    firstMonths: await adapter.query(firstMonthsSql(cm)),
    buyers: await adapter.query(buyersSql(cm)),
    people: await adapter.query(peopleSql(sql, orders, config.channels, run.upTo)),
    channels: run.channels,
  } as unknown as CompactTables;
  const options = runWindowOptions(config, run);
  const w = await adapter.keep(`kb_windows${run.tag}`, windowsSql(sql, cm, options, orders));
  tables.windows = (await adapter.query(windowFiguresSql(sql, w, options))) as unknown as CompactTables["windows"];
  return tables;
}
