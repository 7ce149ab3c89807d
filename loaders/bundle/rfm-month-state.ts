/**
 * Month-level state of the RFM history for incremental builds. A month-end snapshot (and the
 * migration counts between two of them) is a function of the orders up to that month's as-of day
 * alone: customer index, day and amount of every order in day order (`rfmHistory` walks nothing
 * else). Each month is therefore keyed by a SHA-256 over exactly those orders (with the window
 * length and the as-of day); a snapshot whose key was stored by the last build is taken from the
 * state, every other one is scored again. An order added, changed or removed in any month up to
 * the as-of day changes the key, so a late order in an old month is a miss, never a stale figure.
 *
 * Pure: the state comes in and goes out as plain values; `load-bundle.ts` reads and writes it
 * (with the parse cache's integrity check). The per-customer segment arrays are never stored.
 */
import { createHash, type Hash } from "node:crypto";
import { firstOrderOn } from "../lib/customer-window.ts";
import { monthEnd } from "../lib/months.ts";
import { rfmHistory, type RfmSnapshot } from "../metrics/rfm-history.ts";
import { type SegmentMigration, segmentMigration } from "../metrics/segment-migration.ts";
import type { Store } from "../model/store.ts";
import { pinStore } from "./period.ts";
import type { RfmGiven } from "./rfm.ts";

/** A snapshot without its per-customer segments, as stored. */
export type StoredSnapshot = Omit<RfmSnapshot, "segment">;

/** The RFM part of the month state: snapshots by month key, migration counts by pair of keys. */
export interface RfmMonthState {
  snapshots: Record<string, StoredSnapshot>;
  migrations: Record<string, number[][]>;
}

/** What the incremental build reads and what it leaves for the next one; counts say what was reused. */
export interface MonthStateExchange {
  /** The state the last build left (empty on a cold build). */
  previous: RfmMonthState;
  /** Filled by this build: every snapshot and migration it used, for the next build. */
  next: RfmMonthState;
  /** Months taken from `previous` / scored again; migrations taken / counted again. */
  stats: { snapshotHits: number; snapshotMisses: number; migrationHits: number; migrationMisses: number };
}

/** An empty exchange for a build with no previous state. */
export function emptyExchange(previous: RfmMonthState = { snapshots: {}, migrations: {} }): MonthStateExchange {
  return { previous, next: { snapshots: {}, migrations: {} }, stats: { snapshotHits: 0, snapshotMisses: 0, migrationHits: 0, migrationMisses: 0 } };
}

/**
 * The key of every month `first..last`: SHA-256 over the window length, the month, its as-of day
 * (`monthEnd`, `asOf` for the last) and the customer, day and amount of every order up to that day.
 */
export function monthKeys(store: Store, first: number, last: number, windowMonths: number, asOf = monthEnd(last)): string[] {
  const { customer, day, amount, length } = store.orders;
  const hash = createHash("sha256").update(`rfm-months\0${windowMonths}\0`);
  const add = (h: Hash, a: Int32Array | Float64Array, from: number, to: number) => h.update(new Uint8Array(a.buffer, a.byteOffset + from * a.BYTES_PER_ELEMENT, (to - from) * a.BYTES_PER_ELEMENT));
  const keys: string[] = [];
  let done = 0;
  for (let m = first; m <= last; m++) {
    const until = m === last ? asOf : monthEnd(m);
    const end = firstOrderOn(day, length, until + 1);
    // Each column of the block separately: the blocks in order give one stream per prefix.
    add(hash, customer, done, end);
    add(hash, day, done, end);
    add(hash, amount, done, end);
    done = end;
    keys.push(hash.copy().update(`\0${m}\0${until}`).digest("hex"));
  }
  return keys;
}

/**
 * An `RfmGiven` for `rfmSection` that reuses the snapshots and migrations of `exchange.previous`
 * whose keys still match and scores only the other months, plus those whose customers a new
 * migration needs; `pairs` lists the (earlier, later) months whose migrations the section will ask
 * for (one it asks for beyond them is counted from segments scored on demand). The result equals
 * `rfmHistory` over `first..last` figure for figure (tested).
 */
export function incrementalRfm(store: Store, first: number, last: number, pairs: readonly (readonly [number, number])[], windowMonths: number, asOf: number, exchange: MonthStateExchange): RfmGiven {
  const { previous, next, stats } = exchange;
  const keys = monthKeys(store, first, last, windowMonths, asOf);
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

/** The state as text: JSON, with -0 and non-finite numbers kept (JSON alone would turn them into 0 and null). */
export function encodeMonthState(state: RfmMonthState): string {
  return JSON.stringify(state, (_, v) => (typeof v === "number" && (Object.is(v, -0) || !Number.isFinite(v)) ? { n: Object.is(v, -0) ? "-0" : String(v) } : v));
}

/** The state of `encodeMonthState`'s text, or an empty state when the text is not one. */
export function decodeMonthState(text: string | null): RfmMonthState {
  const empty: RfmMonthState = { snapshots: {}, migrations: {} };
  if (text === null) return empty;
  try {
    const value = JSON.parse(text, (_, v) => (v !== null && typeof v === "object" && !Array.isArray(v) && typeof v.n === "string" && Object.keys(v).length === 1 ? Number(v.n) : v));
    const ok = value !== null && typeof value === "object" && typeof value.snapshots === "object" && typeof value.migrations === "object" && value.snapshots !== null && value.migrations !== null;
    return ok ? (value as RfmMonthState) : empty;
  } catch {
    return empty;
  }
}
