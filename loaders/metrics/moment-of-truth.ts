/**
 * "Moment of truth": is a repeat customer due for their next purchase? A customer's usual
 * interval is the median of the days between consecutive purchase days (mean of the two middle
 * gaps for an even count); they are due once the days since their last purchase reach
 * dueFactor × interval, and overdue at overdueFactor × interval.
 */
import type { PurchaseDays } from "./repeat-summary.ts";

/** Status code: fewer than two purchase days up to as-of (no interval to judge by). */
export const MOMENT_NONE = 0;
/** Status code: bought more recently than dueFactor × interval. */
export const MOMENT_NOT_DUE = 1;
/** Status code: due — at least dueFactor × interval since the last purchase, not yet overdue. */
export const MOMENT_DUE = 2;
/** Status code: overdue — at least overdueFactor × interval since the last purchase. */
export const MOMENT_OVERDUE = 3;

/** Status ids by code (the bundle and the export use these). */
export const MOMENT_STATUS_IDS = ["none", "not-due", "due", "overdue"] as const;

/** A status id such as `due`. */
export type MomentStatusId = (typeof MOMENT_STATUS_IDS)[number];

/** Dutch labels by code, for the site and the campaign export. */
export const MOMENT_STATUS_NL: readonly string[] = ["Geen vast interval", "Nog niet aan de beurt", "Aan de beurt", "Over tijd"];

/** Options of `momentOfTruth`. */
export interface MomentOfTruthOptions {
  /** Due from this multiple of the usual interval. Default 1. */
  dueFactor?: number;
  /** Overdue from this multiple of the usual interval. Default 2. */
  overdueFactor?: number;
}

/** Per-customer status, aligned with customer indices. */
export interface MomentOfTruth {
  /** One of the MOMENT_* codes. */
  status: Int8Array;
  /** Usual interval in days (median gap), NaN for MOMENT_NONE. */
  interval: Float64Array;
  /** Days from the last purchase day to as-of, −1 without a purchase. */
  daysSince: Int32Array;
  /** Customers per status code, indexed by the code. */
  counts: [none: number, notDue: number, due: number, overdue: number];
}

/** Classifies every customer as of day `asOf`, using only purchase days on or before it. */
export function momentOfTruth(purchases: PurchaseDays, asOf: number, options: MomentOfTruthOptions = {}): MomentOfTruth {
  const dueFactor = options.dueFactor ?? 1;
  const overdueFactor = options.overdueFactor ?? 2;
  if (!(dueFactor > 0 && overdueFactor >= dueFactor)) {
    throw new RangeError(`momentOfTruth expects 0 < dueFactor ≤ overdueFactor, got ${dueFactor} and ${overdueFactor}`);
  }
  const n = purchases.customerCount;
  const result: MomentOfTruth = {
    status: new Int8Array(n),
    interval: new Float64Array(n).fill(NaN),
    daysSince: new Int32Array(n).fill(-1),
    counts: [0, 0, 0, 0],
  };
  const { offsets, days } = purchases;
  let most = 0;
  for (let c = 0; c < n; c++) most = Math.max(most, offsets[c + 1]! - offsets[c]!);
  // One scratch array for every customer's gaps (whole days).
  const gaps = new Int32Array(Math.max(0, most - 1));
  for (let c = 0; c < n; c++) {
    let end = offsets[c + 1]!;
    while (end > offsets[c]! && days[end - 1]! > asOf) end--;
    const count = end - offsets[c]!;
    if (count > 0) result.daysSince[c] = asOf - days[end - 1]!;
    if (count < 2) {
      result.counts[MOMENT_NONE]++;
      continue;
    }
    for (let k = offsets[c]! + 1; k < end; k++) gaps[k - offsets[c]! - 1] = days[k]! - days[k - 1]!;
    const interval = median(gaps, count - 1);
    const since = result.daysSince[c]!;
    const status = momentStatusOf(since, interval, dueFactor, overdueFactor);
    result.interval[c] = interval;
    result.status[c] = status;
    result.counts[status]++;
  }
  return result;
}

/**
 * The status of a customer with two or more purchase days: `daysSince` days since the last,
 * usual interval `interval` days (the median gap); factors as in `MomentOfTruthOptions`.
 */
export function momentStatusOf(daysSince: number, interval: number, dueFactor = 1, overdueFactor = 2): typeof MOMENT_NOT_DUE | typeof MOMENT_DUE | typeof MOMENT_OVERDUE {
  return daysSince >= overdueFactor * interval ? MOMENT_OVERDUE : daysSince >= dueFactor * interval ? MOMENT_DUE : MOMENT_NOT_DUE;
}

/** Median of the first `length` (> 0) entries of `values` (sorts them in place). */
function median(values: Int32Array, length: number): number {
  if (length <= 16) {
    // Insertion sort: most customers have a handful of gaps.
    for (let i = 1; i < length; i++) {
      const v = values[i]!;
      let j = i - 1;
      for (; j >= 0 && values[j]! > v; j--) values[j + 1] = values[j]!;
      values[j + 1] = v;
    }
  } else values.subarray(0, length).sort();
  const mid = length >> 1;
  return length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}
