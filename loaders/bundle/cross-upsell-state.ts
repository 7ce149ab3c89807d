/**
 * Month-level state of cross-/upsell for incremental builds. A month's counts depend on the
 * classes of its lines, and a line's class on the customer's whole history per category (highest
 * unit price and tier so far): so besides each month's counts (in `MonthState.crossUpsell`) the
 * history at the end of one month is stored (`StoredHistory`, its own binary entry). A rebuild
 * whose months up to that one are unchanged takes their counts, restores the history and walks
 * only the lines after it; the result equals the full walk figure for figure (tested).
 *
 * Keys are like `month-state.ts`'s, over the lines instead of the orders: a SHA-256 over every
 * line up to the month's end — customer, day, order, amount, quantity, category and tier after
 * the catalog join (with the columns' forms: cents or amounts, tiers or none) — and the channel of every order up to that day, with the settings, the
 * category and channel names and the first month of the counts. A line added, changed or removed
 * in any month up to its end changes the key, so a late line in an old month is a miss.
 */
import { createHash, type Hash } from "node:crypto";
import { firstOrderOn } from "../lib/customer-window.ts";
import { monthEnd, monthOfDay } from "../lib/months.ts";
import { anyTier, emptyHistory, type LineHistory } from "../metrics/classify-lines.ts";
import { type CrossUpsell, crossUpsellFrom, type CrossUpsellResume } from "../metrics/cross-upsell.ts";
import type { LineAttributes, Store } from "../model/store.ts";
import type { UpsellSettings } from "../schemas/commercial.ts";
import type { MonthStateExchange } from "./month-state.ts";
import { packArrays, unpackArrays } from "../lib/packed-arrays.ts";

/** The cross-/upsell history at the end of the month with key `key`, as stored: the set keys and values of its maxima. */
export interface StoredHistory {
  key: string;
  categories: number;
  /** Per customer (the store's customers then): 1 when they bought before. */
  hasHistory: Uint8Array;
  priceKeys: Int32Array;
  prices: Float64Array;
  tierKeys: Int32Array;
  tiers: Float64Array;
}

type Column = Int32Array | Float64Array | Uint16Array | Float32Array | Uint8Array;
const add = (h: Hash, a: Column, lo: number, hi: number) => h.update(new Uint8Array(a.buffer, a.byteOffset + lo * a.BYTES_PER_ELEMENT, (hi - lo) * a.BYTES_PER_ELEMENT));

/** The key of every month `first..last` (see the file comment). */
export function crossUpsellKeys(store: Store, attributes: LineAttributes, settings: UpsellSettings, first: number, last: number): string[] {
  const { lines, orders } = store;
  // The columns' forms are part of the key: cents or amounts, whole or fractional quantities, tiers or none.
  const tiers = attributes.tier.length === lines.length;
  const forms = [lines.amount.constructor.name, lines.quantity.constructor.name, tiers];
  const tag = JSON.stringify(["crossUpsell", first, settings, attributes.categories, store.channels, forms]);
  const from = lines.length === 0 ? last + 1 : monthOfDay(lines.day[0]!);
  const hash = createHash("sha256");
  const keys: string[] = [];
  let done = 0;
  let ordersDone = 0;
  for (let m = Math.min(from, first); m <= last; m++) {
    const until = monthEnd(m);
    const end = firstOrderOn(lines.day, lines.length, until + 1);
    const ordersEnd = firstOrderOn(orders.day, orders.length, until + 1);
    for (const column of [lines.customer, lines.day, lines.order, lines.amount, lines.quantity, attributes.category]) add(hash, column, done, end);
    if (tiers) add(hash, attributes.tier, done, end);
    add(hash, orders.channel, ordersDone, ordersEnd);
    done = end;
    ordersDone = ordersEnd;
    if (m >= first) keys.push(createHash("sha256").update(`${tag}\0${m}\0`).update(hash.copy().update(`\0${end}\0${ordersEnd}`).digest()).digest("hex"));
  }
  return keys;
}

/** The history's set maxima as stored (copied: the walk goes on changing `history`). */
function capture(history: LineHistory, key: string): StoredHistory {
  const pairs = (maxima: LineHistory["maxPrice"]) => {
    const raw = maxima.values;
    let keys = new Int32Array(1024);
    let values = new Float64Array(1024);
    let n = 0;
    const push = (k: number, v: number) => {
      if (n === keys.length) {
        const [k2, v2] = [new Int32Array(n * 2), new Float64Array(n * 2)];
        k2.set(keys);
        v2.set(values);
        [keys, values] = [k2, v2];
      }
      keys[n] = k;
      values[n++] = v;
    };
    if (raw) {
      // Typed: set = any bit set (−0 is a value of 0, +0 unset), read as two 32-bit words per value.
      const words = new Int32Array(raw.buffer, raw.byteOffset, raw.length * 2);
      for (let k = 0; k < raw.length; k++) if ((words[2 * k]! | words[2 * k + 1]!) !== 0) push(k, raw[k]!);
    } else {
      // From a Map: a value of 0 is stored as −0 as well, so either form can take it back.
      maxima.each((k, v) => push(k, v === 0 ? -0 : v));
    }
    return [keys.slice(0, n), values.slice(0, n)] as const;
  };
  const [priceKeys, prices] = pairs(history.maxPrice);
  const [tierKeys, tiers] = pairs(history.maxTier);
  return { key, categories: history.categories, hasHistory: history.hasHistory.slice(), priceKeys, prices, tierKeys, tiers };
}

/** The history `stored` holds, for this store's customers (null when it cannot be this store's). */
function restore(stored: StoredHistory, store: Store, attributes: LineAttributes): LineHistory | null {
  const tiered = anyTier(attributes, store.lines.length);
  if (stored.categories !== attributes.categories.length || stored.hasHistory.length > store.customerCount || (stored.tierKeys.length > 0 && !tiered)) return null;
  if (store.customerCount * stored.categories > 2 ** 31 - 1) return null;
  const history = emptyHistory(store.customerCount, stored.categories, tiered);
  history.hasHistory.set(stored.hasHistory);
  const fill = (maxima: LineHistory["maxPrice"], keys: Int32Array, values: Float64Array) => {
    const raw = maxima.values;
    // Raw values as captured (a value of 0 is −0 in both forms).
    if (raw) for (let i = 0; i < keys.length; i++) raw[keys[i]!] = values[i]!;
    else for (let i = 0; i < keys.length; i++) maxima.set(keys[i]!, values[i]!);
  };
  fill(history.maxPrice, stored.priceKeys, stored.prices);
  fill(history.maxTier, stored.tierKeys, stored.tiers);
  return history;
}

/**
 * `crossUpsell` over months `first..last` with the state of `exchange`: resumed after the last
 * month whose history was stored when its key and those of every month before it match, else
 * walked in full; records every month's counts and the history at the end of the last whole
 * month (`last`, or the month before when `asOf` ends before `last` does) for the next build.
 */
export function incrementalCrossUpsell(store: Store, attributes: LineAttributes, settings: UpsellSettings, first: number, last: number, asOf: number, exchange: MonthStateExchange): CrossUpsell {
  const keys = crossUpsellKeys(store, attributes, settings, first, last);
  const { previous, next, stats } = exchange;
  const stored = exchange.previousHistory;
  let resume: CrossUpsellResume | null = null;
  const until = stored === null ? -1 : keys.indexOf(stored.key);
  if (stored !== null && until >= 0 && keys.slice(0, until + 1).every((key) => previous.crossUpsell[key] !== undefined)) {
    const history = restore(stored, store, attributes);
    if (history !== null) resume = { until: first + until, counts: keys.slice(0, until + 1).map((key) => previous.crossUpsell[key]!), history };
  }
  const keepAt = asOf >= monthEnd(last) ? last : last - 1;
  let kept: StoredHistory | null = resume !== null && keepAt === resume.until ? stored : null;
  const keep = keepAt >= first && kept === null ? { at: keepAt, take: (history: LineHistory) => (kept = capture(history, keys[keepAt - first]!)) } : undefined;
  const { result, counts } = crossUpsellFrom(store, attributes, settings, first, last, resume, keep);
  for (const [m, month] of counts.entries()) next.crossUpsell[keys[m]!] = month;
  exchange.nextHistory = kept;
  const hits = resume === null ? 0 : resume.until - first + 1;
  stats.crossUpsellHits += hits;
  stats.crossUpsellMisses += keys.length - hits;
  return result;
}

const MAGIC = "KBHIST01";

/** The binary form of a stored history (`packArrays`): meta (key, sizes), then its five arrays. */
export function encodeHistory(h: StoredHistory): Buffer {
  const meta = { key: h.key, categories: h.categories, customers: h.hasHistory.length, prices: h.priceKeys.length, tiers: h.tierKeys.length };
  return packArrays(MAGIC, meta, [h.hasHistory, h.priceKeys, h.prices, h.tierKeys, h.tiers]);
}

/** The history of `encodeHistory`'s bytes, or null when they are not one (copied out, so aligned). */
export function decodeHistory(buf: Buffer | null): StoredHistory | null {
  try {
    const reader = unpackArrays<{ key: string; categories: number; customers: number; prices: number; tiers: number }>(buf, MAGIC);
    if (reader === null) return null;
    const { meta } = reader;
    const hasHistory = reader.next(meta.customers, 1) as Uint8Array;
    const priceKeys = reader.next(meta.prices, 4) as Int32Array;
    const prices = reader.next(meta.prices, 8) as Float64Array;
    const tierKeys = reader.next(meta.tiers, 4) as Int32Array;
    const tiers = reader.next(meta.tiers, 8) as Float64Array;
    return typeof meta.key === "string" ? { key: meta.key, categories: meta.categories, hasHistory, priceKeys, prices, tierKeys, tiers } : null;
  } catch {
    return null;
  }
}
