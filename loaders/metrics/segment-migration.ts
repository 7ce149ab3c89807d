/**
 * How customers move between RFM segments: a from × to count matrix between two month ends
 * (consecutive months, or the same month a year earlier), and the alert counts for the moves the
 * business cares about (`rfm.alertMoves`).
 */
import type { AlertMove } from "../schemas/rfm.ts";
import type { RfmHistory } from "./rfm-history.ts";
import { SEGMENT_IDS, segmentIndex, type SegmentId } from "./rfm-segments.ts";

/** Row index of "new": customers not scored at the earlier month end. */
export const MIGRATION_NEW = SEGMENT_IDS.length;
/** Column index of "out": customers scored at the earlier month end but not at the later one. */
export const MIGRATION_OUT = SEGMENT_IDS.length;

/** A from × to matrix of customer counts between two month ends. */
export interface SegmentMigration {
  /** Month index of the earlier and the later snapshot. */
  from: number;
  to: number;
  /** Row labels: the segment ids, then `new`. */
  rows: string[];
  /** Column labels: the segment ids, then `out`. */
  cols: string[];
  /** `counts[row][col]`, 12 × 12; `counts[MIGRATION_NEW][MIGRATION_OUT]` is always 0. */
  counts: number[][];
}

/** One alerting move with at least one customer. */
export interface MigrationAlert {
  from: SegmentId;
  to: SegmentId;
  count: number;
}

/** Counts customers by (segment before, segment after) from two per-customer segment arrays (-1 = not scored). */
export function segmentMigration(before: Int8Array, after: Int8Array, fromMonth: number, toMonth: number): SegmentMigration {
  if (before.length !== after.length) throw new Error(`expected segment arrays of equal length, got ${before.length} and ${after.length}`);
  const size = SEGMENT_IDS.length + 1;
  const flat = new Int32Array(size * size);
  // Branch-free: segment s (or -1) + 1 indexes its row offset / column; "not scored at either
  // month end" lands in the new × out cell, which is then reset to 0.
  const rowAt = Int32Array.from({ length: size }, (_, i) => (i === 0 ? MIGRATION_NEW : i - 1) * size);
  const colAt = Int32Array.from({ length: size }, (_, i) => (i === 0 ? MIGRATION_OUT : i - 1));
  for (let c = 0; c < before.length; c++) flat[rowAt[before[c]! + 1]! + colAt[after[c]! + 1]!]!++;
  flat[MIGRATION_NEW * size + MIGRATION_OUT] = 0;
  const counts = Array.from({ length: size }, (_, i) => Array.from(flat.subarray(i * size, (i + 1) * size)));
  return { from: fromMonth, to: toMonth, rows: [...SEGMENT_IDS, "new"], cols: [...SEGMENT_IDS, "out"], counts };
}

/** Per snapshot: the migration from the previous month and from the same month a year earlier (null when absent). */
export function historyMigrations(history: RfmHistory): { month: number; previous: SegmentMigration | null; yearAgo: SegmentMigration | null }[] {
  const byMonth = new Map(history.snapshots.map((s) => [s.month, s]));
  return history.snapshots.map((now) => {
    const prev = byMonth.get(now.month - 1);
    const year = byMonth.get(now.month - 12);
    return {
      month: now.month,
      previous: prev ? segmentMigration(prev.segment, now.segment, prev.month, now.month) : null,
      yearAgo: year ? segmentMigration(year.segment, now.segment, year.month, now.month) : null,
    };
  });
}

/**
 * The (from, to) pairs named by the alert rules with a count above zero, in rule order (each pair
 * once; a segment "moving" to itself is no move and never alerts).
 */
export function migrationAlerts(migration: SegmentMigration, alertMoves: readonly AlertMove[]): MigrationAlert[] {
  const alerts: MigrationAlert[] = [];
  const seen = new Set<string>();
  for (const rule of alertMoves) {
    for (const from of rule.from) {
      for (const to of rule.to) {
        const key = `${from}>${to}`;
        if (from === to || seen.has(key)) continue;
        seen.add(key);
        const count = migration.counts[segmentIndex(from)]![segmentIndex(to)]!;
        if (count > 0) alerts.push({ from, to, count });
      }
    }
  }
  return alerts;
}
