/**
 * Month-level state for incremental builds. A month's figures that are a function of the orders
 * up to that month's as-of day alone (the RFM snapshots and migrations, the top-customer and
 * activity counts: each walks the day-sorted orders and reads nothing else) are keyed by a SHA-256
 * over exactly those orders — customer index, day and amount of every order in store order — with
 * the month, its as-of day, the first month of the walk and the settings; figures whose key the
 * last build stored are taken from the state, the others computed. An order added, changed or
 * removed in any month up to the as-of day changes the key, so a late order in an old month is a
 * miss, never a stale figure.
 *
 * Pure: the state comes in and goes out as plain values; `load-bundle.ts` reads and writes it
 * (sealed with a SHA-256 like the parse cache, under a name that holds the code version).
 */
import { createHash, type Hash } from "node:crypto";
import { firstOrderOn } from "../lib/customer-window.ts";
import { monthEnd, monthOfDay } from "../lib/months.ts";
import type { CustomerActivityMonth } from "../metrics/customer-activity.ts";
import type { RfmSnapshot } from "../metrics/rfm-history.ts";
import type { TopCustomersMonth } from "../metrics/top-customers.ts";
import type { Store } from "../model/store.ts";
import type { MonthCounts } from "../metrics/cross-upsell.ts";
import type { StoredHistory } from "./cross-upsell-state.ts";

/** A snapshot without its per-customer segments, as stored. */
export type StoredSnapshot = Omit<RfmSnapshot, "segment">;

/** The stored state: RFM snapshots by month key, migration counts by pair of keys, base-series and cross-/upsell months by key. */
export interface MonthState {
  snapshots: Record<string, StoredSnapshot>;
  migrations: Record<string, number[][]>;
  base: Record<string, { top: TopCustomersMonth; activity: CustomerActivityMonth }>;
  /** Cross-/upsell counts per month (`cross-upsell-state.ts`). */
  crossUpsell: Record<string, MonthCounts>;
}

/** What an incremental build reads and what it leaves for the next one; counts say what was reused. */
export interface MonthStateExchange {
  /** The state the last build left (empty on a cold build). */
  previous: MonthState;
  /** Filled by this build: every figure it used, for the next build. */
  next: MonthState;
  /** The cross-/upsell history the last build stored (binary, its own entry), or null. */
  previousHistory: StoredHistory | null;
  /** The history this build leaves for the next one, or null. */
  nextHistory: StoredHistory | null;
  /** Months taken from `previous` / computed again (RFM snapshots, migrations, base-series months, cross-/upsell months). */
  stats: {
    snapshotHits: number;
    snapshotMisses: number;
    migrationHits: number;
    migrationMisses: number;
    baseHits: number;
    baseMisses: number;
    crossUpsellHits: number;
    crossUpsellMisses: number;
  };
}

const emptyState = (): MonthState => ({ snapshots: {}, migrations: {}, base: {}, crossUpsell: {} });

/** An exchange for a build that starts from `previous` and `previousHistory` (default: nothing stored). */
export function emptyExchange(previous: MonthState = emptyState(), previousHistory: StoredHistory | null = null): MonthStateExchange {
  const stats = { snapshotHits: 0, snapshotMisses: 0, migrationHits: 0, migrationMisses: 0, baseHits: 0, baseMisses: 0, crossUpsellHits: 0, crossUpsellMisses: 0 };
  return { previous, next: emptyState(), previousHistory, nextHistory: null, stats };
}

/** Per store: the digest of the orders up to each month's as-of day, from the first order's month to `last`. */
const digestMemo = new WeakMap<Store, { last: number; asOf: number; from: number; digests: string[] }>();

function prefixDigests(store: Store, last: number, asOf: number): { from: number; digests: string[] } {
  const memo = digestMemo.get(store);
  if (memo && memo.last === last && memo.asOf === asOf) return memo;
  const { customer, day, amount, length } = store.orders;
  const from = store.firstDay === null ? last : Math.min(last, monthOfDay(store.firstDay));
  const hash = createHash("sha256");
  const add = (h: Hash, a: Int32Array | Float64Array, lo: number, hi: number) => h.update(new Uint8Array(a.buffer, a.byteOffset + lo * a.BYTES_PER_ELEMENT, (hi - lo) * a.BYTES_PER_ELEMENT));
  const digests: string[] = [];
  let done = 0;
  for (let m = from; m <= last; m++) {
    const until = m === last ? asOf : monthEnd(m);
    const end = firstOrderOn(day, length, until + 1);
    // Each column of the block separately: the blocks in order give one stream per prefix.
    add(hash, customer, done, end);
    add(hash, day, done, end);
    add(hash, amount, done, end);
    done = end;
    digests.push(hash.copy().update(`\0${m}\0${until}\0${end}`).digest("hex"));
  }
  const made = { last, asOf, from, digests };
  digestMemo.set(store, made);
  return made;
}

/**
 * The key of every month `first..last` for figures of kind `tag` (with its settings, e.g.
 * `rfm\0 12`): SHA-256 over the tag, `first` (where the walk starts), the month, its as-of day
 * (`monthEnd`, `asOf` for the last) and the customer, day and amount of every order up to that day.
 */
export function monthKeys(store: Store, first: number, last: number, tag: string, asOf = monthEnd(last)): string[] {
  const { from, digests } = prefixDigests(store, last, asOf);
  const keys: string[] = [];
  for (let m = first; m <= last; m++) {
    const digest = m >= from ? digests[m - from]! : `none\0${m}`;
    keys.push(createHash("sha256").update(`${tag}\0${first}\0${digest}`).digest("hex"));
  }
  return keys;
}

/** The state as text: JSON, with -0 and non-finite numbers kept (JSON alone would turn them into 0 and null). */
export function encodeMonthState(state: MonthState): string {
  return JSON.stringify(state, (_, v) => (typeof v === "number" && (Object.is(v, -0) || !Number.isFinite(v)) ? { n: Object.is(v, -0) ? "-0" : String(v) } : v));
}

/** The state of `encodeMonthState`'s text, or an empty state when the text is not one. */
export function decodeMonthState(text: string | null): MonthState {
  const empty = emptyState();
  if (text === null) return empty;
  try {
    const value = JSON.parse(text, (_, v) => (v !== null && typeof v === "object" && !Array.isArray(v) && typeof v.n === "string" && Object.keys(v).length === 1 ? Number(v.n) : v));
    const isObject = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);
    const ok = isObject(value) && isObject(value.snapshots) && isObject(value.migrations) && isObject(value.base) && isObject(value.crossUpsell);
    return ok ? (value as MonthState) : empty;
  } catch {
    return empty;
  }
}
