/**
 * RFM scores as of one month end. For every registered customer with at least one sales order
 * (net amount ≥ 0, zero-value orders included) in the window of `windowMonths` calendar months
 * ending at the month end:
 *
 * - Recency: days from the last sales order to the month end (0 = bought on the last day);
 * - Frequency: sales orders in the window (returns, net amount < 0, are not orders);
 * - Monetary: total net revenue in the window, returns subtracted, rounded to cents (may be ≤ 0).
 *
 * Each value becomes a score 1–5 by `quintileScores` (ties always share a score); Monetary ≤ 0
 * always scores M = 1. The segment comes from the rule table in `rfm-segments.ts`.
 */
import { firstOrderOn } from "../lib/customer-window.ts";
import { windowStartDay } from "../lib/as-of.ts";
import { monthEnd } from "../lib/months.ts";
import type { Store } from "../model/store.ts";
import { quintileScores } from "./quintile-scores.ts";
import { SEGMENT_LOOKUP } from "./rfm-segments.ts";

export { quintileScores } from "./quintile-scores.ts";

/** Per-customer RFM values, indexed by customer; meaningful only where `frequency > 0`. */
export interface RfmValues {
  /** Days since the last sales order, as of the month end; -1 when not scored. */
  recency: Int32Array;
  /** Sales orders (net amount ≥ 0) in the window; 0 = not scored. */
  frequency: Int32Array;
  /** Net revenue in the window (returns subtract), rounded to cents; 0 when not scored. */
  monetary: Float64Array;
}

/** Scores per customer, indexed by customer. */
export interface RfmScoreArrays {
  /** Number of scored customers (≥ 1 sales order in the window). */
  scored: number;
  /** Recency score 1–5 (5 = most recent); 0 when not scored. Likewise `f` and `m`. */
  r: Int8Array;
  f: Int8Array;
  m: Int8Array;
  /** Segment index into `SEGMENT_IDS`; -1 when not scored. */
  segment: Int8Array;
}

/** RFM values and scores of every customer as of one month end. */
export interface RfmScores extends RfmValues, RfmScoreArrays {
  /** Month index scored. */
  month: number;
  /** The as-of day: last day of `month`, or the given `asOf`. */
  asOf: number;
  windowMonths: number;
}

/** Reusable buffers for `scoreRfm`, sized for `customerCount` (lets a month loop avoid garbage). */
export interface ScoreScratch {
  index: Int32Array;
  ints: Int32Array;
  floats: Float64Array;
  scores: Int8Array;
}

/** Allocates `ScoreScratch` for `customerCount` customers. */
export function scoreScratch(customerCount: number): ScoreScratch {
  return { index: new Int32Array(customerCount), ints: new Int32Array(customerCount), floats: new Float64Array(customerCount), scores: new Int8Array(customerCount) };
}

/** Rounds money to cents, so sums of the same amounts in another order still tie. */
export function roundCents(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Writes the customers with `frequency > 0` to `index` in customer order and returns how many.
 * Branch-free (every customer is written, the count steps by 0 or 1): scored and unscored
 * customers alternate at random, which a branch would mispredict half the time.
 */
export function scoredCustomers(frequency: Int32Array, index: Int32Array): number {
  const n = frequency.length;
  let scored = 0;
  for (let c = 0; c < n; c++) {
    index[scored] = c;
    scored += -frequency[c]! >>> 31; // 1 exactly when frequency > 0 (the sign bit of −frequency)
  }
  return scored;
}

/**
 * Scores customers with `frequency > 0` from their values; writes into `into` when given (reused
 * buffers). `listed`: `scratch.index` already holds that many customers, as `scoredCustomers` lists them.
 */
export function scoreRfm(values: RfmValues, scratch = scoreScratch(values.frequency.length), into?: RfmScoreArrays, listed?: number): RfmScoreArrays {
  const n = values.frequency.length;
  const r = into?.r.fill(0) ?? new Int8Array(n);
  const f = into?.f.fill(0) ?? new Int8Array(n);
  const m = into?.m.fill(0) ?? new Int8Array(n);
  const segment = into?.segment.fill(-1) ?? new Int8Array(n).fill(-1);
  const scored = listed ?? scoredCustomers(values.frequency, scratch.index);
  const index = scratch.index.subarray(0, scored);
  const scores = scratch.scores.subarray(0, scored);
  const ints = scratch.ints.subarray(0, scored);
  for (let i = 0; i < scored; i++) ints[i] = values.recency[index[i]!]!;
  quintileScores(ints, "lower", scores);
  for (let i = 0; i < scored; i++) r[index[i]!] = scores[i]!;
  for (let i = 0; i < scored; i++) ints[i] = values.frequency[index[i]!]!;
  quintileScores(ints, "higher", scores);
  for (let i = 0; i < scored; i++) f[index[i]!] = scores[i]!;
  const floats = scratch.floats.subarray(0, scored);
  for (let i = 0; i < scored; i++) floats[i] = values.monetary[index[i]!]!;
  quintileScores(floats, "higher", scores);
  for (let i = 0; i < scored; i++) {
    const c = index[i]!;
    m[c] = floats[i]! <= 0 ? 1 : scores[i]!;
    segment[c] = SEGMENT_LOOKUP[(r[c]! - 1) * 25 + (f[c]! - 1) * 5 + (m[c]! - 1)]!;
  }
  return { scored, r, f, m, segment };
}

/**
 * RFM values, scores and segments of every registered customer as of the end of `month` (or as of
 * `asOf`, a day in `month`, with the window of `windowMonths` months ending that day), from one
 * scan of the orders in the window. Orders after the as-of day are ignored.
 */
export function rfm(store: Store, month: number, windowMonths = 12, asOf = monthEnd(month)): RfmScores {
  const n = store.customerCount;
  const { customer, day, amount, length } = store.orders;
  const frequency = new Int32Array(n);
  const monetary = new Float64Array(n);
  const recency = new Int32Array(n).fill(-1);
  const lastDay = new Int32Array(n).fill(-1);
  const end = firstOrderOn(day, length, asOf + 1);
  for (let i = firstOrderOn(day, length, windowStartDay(asOf, windowMonths)); i < end; i++) {
    const c = customer[i]!;
    if (c < 0) continue;
    monetary[c]! += amount[i]!;
    if (amount[i]! >= 0) {
      frequency[c]!++;
      if (day[i]! > lastDay[c]!) lastDay[c] = day[i]!;
    }
  }
  for (let c = 0; c < n; c++) {
    if (frequency[c]! > 0) {
      recency[c] = asOf - lastDay[c]!;
      monetary[c] = roundCents(monetary[c]!);
    } else monetary[c] = 0;
  }
  const values = { recency, frequency, monetary };
  return { month, asOf, windowMonths, ...values, ...scoreRfm(values) };
}
