/**
 * Small-group protection of the RFM figures, table by table, in a fixed order so later tables
 * treat earlier decisions as given: (1) segment sizes per month against the month's total,
 * (2) segment revenue per month against the month's total revenue, (3) the R × FM grid and
 * (4) each migration matrix against the segment sizes the series publish. See `protect-table.ts`.
 */
import { protectTable, type TableStatistic } from "../lib/protect-table.ts";
import type { RfmSnapshot } from "../metrics/rfm-history.ts";
import { SEGMENT_IDS, segmentIndex, segmentOf } from "../metrics/rfm-segments.ts";
import type { SegmentMigration } from "../metrics/segment-migration.ts";
import type { AlertMove } from "../schemas/rfm.ts";

/** Which of a month's segment figures are shown. */
export interface SnapshotProtection {
  /** Per segment: size (and everything about its customers) hidden. */
  size: boolean[];
  /** Per segment: month revenue (and its share) hidden. */
  revenue: boolean[];
  /** Whether the month's number of scored customers may be shown (0 or ≥ k). */
  total: boolean;
}

const ALL_SEGMENTS = SEGMENT_IDS.map((_, s) => s);

/**
 * Sizes: groups of 1..k−1 plus secondary cells against the published total. Revenue: the same
 * segments, plus segments whose month revenue comes from 1..k−1 buyers, again protected against
 * the month's total revenue (the hidden revenue together comes from at least k buyers).
 */
export function protectSnapshot(snapshot: RfmSnapshot, k: number): SnapshotProtection {
  const size = protectSizes(snapshot.sizes, k);
  const revenues = protectTable(snapshot.monthBuyers, [{ cells: ALL_SEGMENTS, status: "published" }], k, size);
  const revenue = revenues.safe ? revenues.cells : snapshot.sizes.map(() => true);
  return { size, revenue, total: !(snapshot.scored > 0 && snapshot.scored < k) };
}

/**
 * Which segment sizes (customers per segment at one month end) are hidden, against their
 * published total. The repurchase section calls this too, so both sections hide the same sizes.
 */
export function protectSizes(sizes: readonly number[], k: number): boolean[] {
  const result = protectTable(sizes, [{ cells: sizes.map((_, s) => s), status: "published" }], k);
  return result.safe ? result.cells : sizes.map(() => true);
}

/** The R × FM grid of a snapshot with hidden cells as null: `cells[r - 1][fm - 1]`. */
export function protectGrid(snapshot: RfmSnapshot, protection: SnapshotProtection, k: number): (number | null)[][] {
  const values = snapshot.grid.flat();
  // Cell (r, fm) belongs to the segment of scores R = r, F = M = fm (FM of (fm, fm) is fm).
  const owner = values.map((_, i) => segmentIndex(segmentOf(Math.floor(i / 5) + 1, (i % 5) + 1, (i % 5) + 1)));
  const statistics: TableStatistic[] = ALL_SEGMENTS.map((s) => ({
    cells: owner.flatMap((o, i) => (o === s ? [i] : [])),
    status: protection.size[s] ? "secret" : "published",
  }));
  statistics.push({ cells: values.map((_, i) => i), status: protection.total ? "published" : "secret" });
  const result = protectTable(values, statistics, k);
  const shown = values.map((v, i) => (result.safe && !result.cells[i] ? v : null));
  return [0, 1, 2, 3, 4].map((r) => shown.slice(r * 5, r * 5 + 5));
}

/** A protected migration matrix and its alert counts (one per alert rule; null = hidden). */
export interface ProtectedMigration {
  counts: (number | null)[][];
  alerts: (number | null)[];
}

/** The cells (flat, 12 × 12) an alert rule sums: every from → to pair it names, a segment to itself excluded. */
export function alertCells(rule: AlertMove): number[] {
  const size = SEGMENT_IDS.length + 1;
  const cells = new Set<number>();
  for (const from of rule.from) for (const to of rule.to) if (from !== to) cells.add(segmentIndex(from) * size + segmentIndex(to));
  return [...cells].sort((a, b) => a - b);
}

/**
 * Hides migration cells so no cell of 1..k−1 customers shows or can be derived from the segment
 * sizes of both months (published or secret as decided by `protectSnapshot`), the two months'
 * totals and the alert counts, which are shown only where that stays safe.
 */
export function protectMigration(
  migration: SegmentMigration,
  before: SnapshotProtection,
  after: SnapshotProtection,
  alertMoves: readonly AlertMove[],
  k: number,
): ProtectedMigration {
  const size = SEGMENT_IDS.length + 1;
  const values = migration.counts.flat();
  const row = (s: number) => Array.from({ length: size }, (_, j) => s * size + j);
  const col = (s: number) => Array.from({ length: size }, (_, i) => i * size + s);
  const statistics: TableStatistic[] = [
    ...ALL_SEGMENTS.map((s): TableStatistic => ({ cells: row(s), status: before.size[s] ? "secret" : "published" })),
    ...ALL_SEGMENTS.map((s): TableStatistic => ({ cells: col(s), status: after.size[s] ? "secret" : "published" })),
    { cells: ALL_SEGMENTS.flatMap(row), status: before.total ? "published" : "secret" },
    { cells: ALL_SEGMENTS.flatMap(col), status: after.total ? "published" : "secret" },
  ];
  const firstAlert = statistics.length;
  for (const rule of alertMoves) statistics.push({ cells: alertCells(rule), status: "decide" });
  const result = protectTable(values, statistics, k);
  const shown = values.map((v, i) => (result.safe && !result.cells[i] ? v : null));
  return {
    counts: Array.from({ length: size }, (_, i) => shown.slice(i * size, (i + 1) * size)),
    alerts: alertMoves.map((rule, a) => (result.safe && !result.statistics[firstAlert + a]! ? alertCells(rule).reduce((sum, c) => sum + values[c]!, 0) : null)),
  };
}
