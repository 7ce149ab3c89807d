/**
 * The RFM inputs of an engine load (`RfmGiven`): the scoring, segments and migration counts run
 * in the engine (`sql/rfm.ts`) over the kept orders and customer months of the compact runs;
 * only per-snapshot tables come back and become the `RfmSnapshot`s `rfmSection` reads.
 */
import { type PeriodDays, sameDayOf } from "../bundle/period.ts";
import type { RfmGiven } from "../bundle/rfm.ts";
import { rfmSettings } from "../bundle/rfm-settings.ts";
import { isMonthEnd, windowStartDay } from "../lib/as-of.ts";
import { monthEnd } from "../lib/months.ts";
import type { RfmSnapshot } from "../metrics/rfm-history.ts";
import { roundCents } from "../metrics/rfm.ts";
import { SEGMENT_IDS } from "../metrics/rfm-segments.ts";
import { MIGRATION_NEW, MIGRATION_OUT, type SegmentMigration } from "../metrics/segment-migration.ts";
import type { Config } from "../schemas/config.ts";
import type { EngineAdapter } from "./adapter.ts";
import type { CompactTables } from "./compact.ts";
import { type WindowOptions, windowsSql } from "./sql/aggregates.ts";
import { gridSql, type MigrationFrom, migrationsSql, rfmSegmentsSql, segmentMonthsSql, segmentStatsSql } from "./sql/rfm.ts";

type Row = Record<string, unknown>;

/** One snapshot run: months `first..last` counted up to `upTo`, over the customer months kept under `tag`. */
interface RfmRun {
  first: number;
  last: number;
  upTo: number;
  tag: string;
  /** The compact tables of the same cut (month totals come from their cells). */
  tables: CompactTables;
}

/** Rows of one run, by snapshot month. */
interface RunRows {
  stats: Row[];
  grid: Row[];
  months: Row[];
  segments: string;
}

async function runRfm(adapter: EngineAdapter, orders: string, windowMonths: number, run: RfmRun): Promise<RunRows> {
  const sql = adapter.dialect;
  const partial = isMonthEnd(run.upTo) ? undefined : { asOf: run.upTo, windowStart: windowStartDay(run.upTo, windowMonths) };
  const options: WindowOptions = { first: run.first, last: run.last, activeWindowMonths: windowMonths, topShare: 0, lapsedDays: 0, ...(partial ? { partial } : {}) };
  const windows = await adapter.keep(`kb_rfm_windows${run.tag}`, windowsSql(sql, `kb_customer_months${run.tag}`, options, orders));
  const segments = await adapter.keep(`kb_rfm_segments${run.tag}`, rfmSegmentsSql(sql, windows, options));
  return {
    stats: await adapter.query(segmentStatsSql(segments)),
    grid: await adapter.query(gridSql(segments)),
    months: await adapter.query(segmentMonthsSql(sql, orders, segments, run.upTo)),
    segments,
  };
}

/** The snapshot of `month` as of `asOf` from a run's rows (an empty snapshot where they hold none). */
function snapshotOf(month: number, asOf: number, rows: RunRows | null, tables: CompactTables | null): RfmSnapshot {
  const k = SEGMENT_IDS.length;
  const of = (list: Row[] | undefined, key: string) => (list ?? []).filter((r) => Number(r[key]) === month);
  const sizes = new Array<number>(k).fill(0);
  const windowCents = new Array<number>(k).fill(0);
  const windowOrders = new Array<number>(k).fill(0);
  for (const r of of(rows?.stats, "month_end")) {
    const s = Number(r.seg);
    sizes[s] = Number(r.customers);
    windowCents[s] = Number(r.window_cents);
    windowOrders[s] = Number(r.window_orders);
  }
  const grid = Array.from({ length: 5 }, () => new Array<number>(5).fill(0));
  for (const r of of(rows?.grid, "month_end")) grid[Number(r.r) - 1]![Number(r.fm) - 1] = Number(r.n);
  const revenueCents = new Array<number>(k).fill(0);
  const monthOrders = new Array<number>(k).fill(0);
  const monthBuyers = new Array<number>(k).fill(0);
  for (const r of of(rows?.months, "month")) {
    const s = Number(r.seg);
    revenueCents[s] = Number(r.cents);
    monthOrders[s] = Number(r.orders);
    monthBuyers[s] = Number(r.buyers);
  }
  let totalCents = 0;
  for (const c of tables?.cells ?? []) if (Number(c.month) === month) totalCents += Number(c.revenue);
  const totalRevenue = roundCents(totalCents / 100);
  const segmentCents = revenueCents.reduce((a, b) => a + b, 0);
  const windowRevenue = windowCents.map((c) => roundCents(c / 100));
  return {
    month,
    asOf,
    scored: sizes.reduce((a, b) => a + b, 0),
    segment: new Int8Array(0),
    sizes,
    revenue: revenueCents.map((c) => roundCents(c / 100)),
    otherRevenue: roundCents((totalCents - segmentCents) / 100),
    totalRevenue,
    revenueShare: revenueCents.map((c) => (totalRevenue > 0 ? Math.round((c / 100 / totalRevenue) * 10_000) / 10_000 : null)),
    monthOrders,
    monthBuyers,
    windowRevenue,
    windowOrders,
    averageOrderValue: windowOrders.map((o, s) => (o > 0 ? roundCents(windowRevenue[s]! / o) : null)),
    grid,
  };
}

/** The compact tables of the load, as `load-engine.ts` ran them (tags `''`, `_previous`, `_year_ago`). */
export interface RfmSources {
  main: CompactTables;
  previous: CompactTables | null;
  yearAgo: CompactTables | null;
}

/** Runs RFM in the engine and returns what `rfmSection` needs instead of a store, and the kept segments table (repurchase groups by it). */
export async function engineRfm(adapter: EngineAdapter, orders: string, config: Config, period: PeriodDays, sources: RfmSources): Promise<RfmGiven & { segments: string }> {
  const { windowMonths } = rfmSettings(config);
  const main = await runRfm(adapter, orders, windowMonths, { first: period.first - 12, last: period.last, upTo: period.asOf, tag: "", tables: sources.main });
  const same = new Map<number, RfmSnapshot>();
  const from: MigrationFrom[] = [{ segments: main.segments }];
  if (period.partial) {
    for (const [month, gap, tables, tag] of [[period.last - 1, 1, sources.previous, "_previous"], [period.last - 12, 12, sources.yearAgo, "_year_ago"]] as const) {
      const upTo = sameDayOf(period, month);
      const rows = tables ? await runRfm(adapter, orders, windowMonths, { first: month, last: month, upTo, tag, tables }) : null;
      same.set(month, snapshotOf(month, upTo, rows, tables));
      if (rows) from.push({ segments: rows.segments, only: { month, to: period.last, gap } });
    }
  }
  const moves = await adapter.query(migrationsSql(adapter.dialect, main.segments, from, period.first, period.last, period.partial ? period.last : undefined));
  const snapshots: RfmSnapshot[] = [];
  for (let m = period.first - 12; m <= period.last; m++) snapshots.push(snapshotOf(m, m === period.last ? period.asOf : monthEnd(m), main, sources.main));
  return {
    segments: main.segments,
    snapshots,
    sameDay: (month) => same.get(month)!,
    migration: (then, now) => migrationOf(moves, then.month, now.month),
  };
}

/**
 * The segments of month `last` as of its month end over the customer months cut at the as-of day
 * (what `rfm(store, last)` gives on a store pinned to a partial month; the moments group by it):
 * the main snapshot when the month is whole, else one more calendar-window snapshot.
 */
export async function monthEndSegments(adapter: EngineAdapter, config: Config, period: PeriodDays, mainSegments: string): Promise<string> {
  if (!period.partial) return mainSegments;
  const sql = adapter.dialect;
  const { windowMonths } = rfmSettings(config);
  const options: WindowOptions = { first: period.last, last: period.last, activeWindowMonths: windowMonths, topShare: 0, lapsedDays: 0 };
  const windows = await adapter.keep("kb_rfm_windows_month_end", windowsSql(sql, "kb_customer_months", options));
  return await adapter.keep("kb_rfm_segments_month_end", rfmSegmentsSql(sql, windows, options));
}

/** The migration matrix into month `to` from month `from` (gap 1 or 12) from the pushed-down counts. */
function migrationOf(moves: Row[], from: number, to: number): SegmentMigration {
  const size = SEGMENT_IDS.length + 1;
  const counts = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const r of moves) {
    if (Number(r.to_month) !== to || Number(r.gap) !== to - from) continue;
    const a = Number(r.seg_from);
    const b = Number(r.seg_to);
    if (a === 0 && b === 0) continue;
    counts[a === 0 ? MIGRATION_NEW : a - 1]![b === 0 ? MIGRATION_OUT : b - 1] = Number(r.n);
  }
  return { from, to, rows: [...SEGMENT_IDS, "new"], cols: [...SEGMENT_IDS, "out"], counts };
}
