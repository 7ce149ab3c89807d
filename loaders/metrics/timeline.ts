/**
 * Every customer's signals and purchase days in compressed-row form (per customer, by day), the
 * shape the trigger rules and the silence and engagement metrics walk through. Pure.
 */
import { SIGNAL_TYPES, type SignalType } from "../schemas/signal-types.ts";
import type { PurchaseDays } from "./repeat-summary.ts";

/** A signal as the metrics need it (customer index into the timeline). */
export interface TimelineSignal {
  customer: number;
  day: number;
  type: SignalType;
  value: number | null;
}

/** Signals and purchase days per customer. */
export interface Timeline {
  customerCount: number;
  /** Customer c's signals are `offsets[c] .. offsets[c + 1] − 1`, by day (file order within a day). */
  offsets: Int32Array;
  days: Int32Array;
  /** Index into `SIGNAL_TYPES`. */
  types: Uint8Array;
  /** The value, NaN when the signal has none. */
  values: Float64Array;
  /** Distinct purchase days per customer (sales orders), aligned with the same customer indexes. */
  purchases: PurchaseDays;
}

/** Index of each signal type in `SIGNAL_TYPES`. */
export const TYPE_INDEX: ReadonlyMap<SignalType, number> = new Map(SIGNAL_TYPES.map((t, i) => [t, i]));

/** Builds the timeline of `customerCount` customers (indexes of `signals` must be below it). */
export function timeline(signals: readonly TimelineSignal[], purchases: PurchaseDays, customerCount: number): Timeline {
  if (purchases.customerCount !== customerCount) throw new RangeError(`timeline expects purchase days of ${customerCount} customers, got ${purchases.customerCount}`);
  const order = [...signals.keys()].sort((i, j) => signals[i]!.customer - signals[j]!.customer || signals[i]!.day - signals[j]!.day || i - j);
  const offsets = new Int32Array(customerCount + 1);
  for (const s of signals) {
    if (!(s.customer >= 0 && s.customer < customerCount)) throw new RangeError(`timeline expects customer indexes below ${customerCount}, got ${s.customer}`);
    offsets[s.customer + 1]!++;
  }
  for (let c = 0; c < customerCount; c++) offsets[c + 1]! += offsets[c]!;
  const n = signals.length;
  const days = new Int32Array(n);
  const types = new Uint8Array(n);
  const values = new Float64Array(n);
  order.forEach((i, k) => {
    const s = signals[i]!;
    days[k] = s.day;
    types[k] = TYPE_INDEX.get(s.type)!;
    values[k] = s.value ?? Number.NaN;
  });
  return { customerCount, offsets, days, types, values, purchases };
}

/** Customer c's activity days (signals and purchases merged, distinct, ascending) up to `asOf`. */
export function activityDays(t: Timeline, c: number, asOf: number): number[] {
  const out: number[] = [];
  let i = t.offsets[c]!;
  let j = t.purchases.offsets[c]!;
  const iEnd = t.offsets[c + 1]!;
  const jEnd = t.purchases.offsets[c + 1]!;
  while (i < iEnd || j < jEnd) {
    const a = i < iEnd ? t.days[i]! : Infinity;
    const b = j < jEnd ? t.purchases.days[j]! : Infinity;
    const d = Math.min(a, b);
    if (d > asOf) break;
    if (out.at(-1) !== d) out.push(d);
    if (a === d) i++;
    else j++;
  }
  return out;
}

/** The first day of any signal (the day the signals export begins), +Infinity without signals. */
export function firstSignalDay(t: Timeline): number {
  let min = Infinity;
  for (const day of t.days) if (day < min) min = day;
  return min;
}
