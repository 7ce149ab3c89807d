/**
 * Signals per calendar month: per signal type the number of signals and of customers sending
 * them, and per group (segment) the customers with at least one signal. Signals after the as-of
 * day are left out. Pure.
 */
import { monthOfDay } from "../lib/months.ts";
import { SIGNAL_TYPES } from "../schemas/signal-types.ts";
import type { Timeline } from "./timeline.ts";

/** What `signalsByMonth` returns; every array has one value per month first … last. */
export interface SignalsByMonth {
  /** Per type (in `SIGNAL_TYPES` order): signals per month. */
  signals: number[][];
  /** Per type: distinct customers per month. */
  customers: number[][];
  /** Customers with any signal per month. */
  total: number[];
  /** Per group: customers with any signal per month. */
  byGroup: number[][];
}

/** Counts the signals of `t` in months `first … last`, days up to `asOf`. */
export function signalsByMonth(t: Timeline, first: number, last: number, asOf: number, groupOf?: { group: ArrayLike<number>; count: number }): SignalsByMonth {
  const months = last - first + 1;
  const grid = () => Array.from({ length: SIGNAL_TYPES.length }, () => new Array<number>(months).fill(0));
  const out: SignalsByMonth = {
    signals: grid(),
    customers: grid(),
    total: new Array<number>(months).fill(0),
    byGroup: Array.from({ length: groupOf?.count ?? 0 }, () => new Array<number>(months).fill(0)),
  };
  const seenType = new Int32Array(SIGNAL_TYPES.length * months).fill(-1);
  const seen = new Int32Array(months).fill(-1);
  for (let c = 0; c < t.customerCount; c++) {
    for (let i = t.offsets[c]!; i < t.offsets[c + 1]!; i++) {
      if (t.days[i]! > asOf) continue;
      const m = monthOfDay(t.days[i]!) - first;
      if (m < 0 || m >= months) continue;
      const type = t.types[i]!;
      out.signals[type]![m]!++;
      if (seenType[type * months + m] !== c) {
        seenType[type * months + m] = c;
        out.customers[type]![m]!++;
      }
      if (seen[m] !== c) {
        seen[m] = c;
        out.total[m]!++;
        const g = groupOf ? groupOf.group[c]! : -1;
        if (g >= 0 && g < out.byGroup.length) out.byGroup[g]![m]!++;
      }
    }
  }
  return out;
}
