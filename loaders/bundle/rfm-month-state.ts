/**
 * Month-level state of the RFM history for incremental builds (see `month-state.ts` for the keys):
 * a snapshot whose key the last build stored is taken from the state, every other month is scored
 * again, and so are the months whose customers a new migration needs. The per-customer segment
 * arrays are never stored.
 */
import { rfmHistory, type RfmSnapshot } from "../metrics/rfm-history.ts";
import { type SegmentMigration, segmentMigration } from "../metrics/segment-migration.ts";
import type { Store } from "../model/store.ts";
import { type MonthStateExchange, monthKeys } from "./month-state.ts";
import { pinStore } from "./period.ts";
import type { RfmGiven } from "./rfm.ts";

/**
 * An `RfmGiven` for `rfmSection` that reuses the snapshots and migrations of `exchange.previous`
 * whose keys still match and scores only the other months, plus those whose customers a new
 * migration needs; `pairs` lists the (earlier, later) months whose migrations the section will ask
 * for (one it asks for beyond them is counted from segments scored on demand). The result equals
 * `rfmHistory` over `first..last` figure for figure (tested).
 */
export function incrementalRfm(store: Store, first: number, last: number, pairs: readonly (readonly [number, number])[], windowMonths: number, asOf: number, exchange: MonthStateExchange): RfmGiven {
  const { previous, next, stats } = exchange;
  const keys = monthKeys(store, first, last, `rfm\0${windowMonths}`, asOf);
  const keyOf = (m: number) => keys[m - first]!;
  const pairKey = (a: number, b: number) => `${keyOf(a)}>${keyOf(b)}`;
  const hit = (m: number) => m >= first && m <= last && previous.snapshots[keyOf(m)] !== undefined;
  const wanted = new Set<number>([last]);
  for (let m = first; m <= last; m++) if (!hit(m)) wanted.add(m);
  for (const [before, m] of pairs) {
    if (before < first || m > last) continue;
    if (!(hit(before) && hit(m) && previous.migrations[pairKey(before, m)])) wanted.add(before).add(m);
  }
  const fresh = rfmHistory(store, first, last, windowMonths, asOf, (m) => wanted.has(m));
  const byMonth = new Map(fresh.snapshots.map((s) => [s.month, s]));
  const empty = new Int8Array(0);
  const snapshots: RfmSnapshot[] = [];
  const monthOf = new Map<RfmSnapshot, number>();
  for (let m = first; m <= last; m++) {
    const own = byMonth.get(m);
    const snap = own ?? { ...previous.snapshots[keyOf(m)]!, segment: empty };
    if (own) stats.snapshotMisses++;
    else stats.snapshotHits++;
    const { segment: _, ...stored } = snap;
    next.snapshots[keyOf(m)] = stored;
    snapshots.push(snap);
    monthOf.set(snap, m);
  }
  return {
    snapshots,
    sameDay: (m, day) => rfmHistory(pinStore(store, day).store, m, m, windowMonths, day).snapshots[0]!,
    migration(then, now): SegmentMigration {
      const a = monthOf.get(then);
      const b = monthOf.get(now);
      const key = a === undefined || b === undefined ? null : pairKey(a, b);
      const stored = key === null ? undefined : previous.migrations[key];
      const own = then.segment.length > 0 && now.segment.length > 0;
      // Stored counts first; else from the segments (scored again here if they were taken from the state).
      const segmentsOf = (s: RfmSnapshot) => (s.segment.length > 0 ? s.segment : rfmHistory(store, first, last, windowMonths, asOf, (m) => m === s.month).snapshots[0]!.segment);
      const raw = stored && !own ? null : segmentMigration(segmentsOf(then), segmentsOf(now), then.month, now.month);
      if (raw) stats.migrationMisses++;
      else stats.migrationHits++;
      const counts = raw?.counts ?? stored!;
      if (key !== null) next.migrations[key] = counts;
      const template = segmentMigration(empty, empty, then.month, now.month);
      return raw ?? { ...template, counts: counts.map((row) => [...row]) };
    },
  };
}
