/**
 * Walks the day-sorted orders month by month and keeps, per registered customer, what a
 * trailing window of months holds: sales orders, net revenue, first and last purchase day.
 * Memory is a few typed arrays of the customer count; each order is added and removed once.
 */
import type { Store } from "../model/store.ts";
import { windowStartDay } from "./as-of.ts";
import { monthEnd, monthStart } from "./months.ts";

/** The per-customer state as of one month end (read-only for visitors). */
export interface WindowState {
  /** Month index being visited. */
  month: number;
  /** The "as of" day: the month's last day, or `lastAsOf` for the last month. */
  asOf: number;
  /** Sales orders (net ≥ 0) per customer within the window. */
  orders: Int32Array;
  /** Net revenue per customer within the window (returns subtract). */
  revenue: Float64Array;
  /** Day of the first sales order ever (up to as-of), or -1. */
  firstDay: Int32Array;
  /** Day of the last sales order up to as-of, or -1. */
  lastDay: Int32Array;
  /** Index range of this month's orders in `store.orders`. */
  monthOrders: { start: number; end: number };
}

/** Index of the first order on or after `day` (orders are sorted by day). */
export function firstOrderOn(day: Int32Array, length: number, target: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (day[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Calls `visit` for every month `first..last` with the window of `windowMonths` months ending
 * at that month's end. Orders before `first` still count for first/last purchase days.
 * `lastAsOf` (a day in month `last`, default its last day) ends the last month early: its window
 * is the `windowMonths` months up to that day (`windowStartDay`) and later orders are ignored.
 */
export function eachMonthWindow(
  store: Store,
  first: number,
  last: number,
  windowMonths: number,
  visit: (state: WindowState) => void,
  lastAsOf: number = monthEnd(last),
): void {
  if (lastAsOf < monthStart(last) || lastAsOf > monthEnd(last)) throw new RangeError(`eachMonthWindow expects lastAsOf within the last month, got day ${lastAsOf}`);
  const n = store.customerCount;
  const { customer, day, amount, length } = store.orders;
  const orders = new Int32Array(n);
  const revenue = new Float64Array(n);
  const firstDay = new Int32Array(n).fill(-1);
  const lastDay = new Int32Array(n).fill(-1);
  // Orders before the window of the first month only set first/last days.
  let added = 0;
  const asOfOf = (month: number) => (month === last ? lastAsOf : monthEnd(month));
  let removed = firstOrderOn(day, length, windowStartDay(asOfOf(first), windowMonths));
  for (; added < removed; added++) {
    const c = customer[added]!;
    if (c < 0 || amount[added]! < 0) continue;
    if (firstDay[c] === -1) firstDay[c] = day[added]!;
    lastDay[c] = day[added]!;
  }
  for (let month = first; month <= last; month++) {
    const asOf = asOfOf(month);
    const start = firstOrderOn(day, length, monthStart(month));
    const end = firstOrderOn(day, length, asOf + 1);
    for (; added < end; added++) {
      const c = customer[added]!;
      if (c < 0) continue;
      const value = amount[added]!;
      revenue[c]! += value;
      if (value >= 0) {
        orders[c]!++;
        if (firstDay[c] === -1) firstDay[c] = day[added]!;
        lastDay[c] = day[added]!;
      }
    }
    const windowStart = firstOrderOn(day, length, windowStartDay(asOf, windowMonths));
    for (; removed < windowStart; removed++) {
      const c = customer[removed]!;
      if (c < 0) continue;
      const value = amount[removed]!;
      revenue[c]! -= value;
      if (value >= 0) orders[c]!--;
    }
    visit({ month, asOf, orders, revenue, firstDay, lastDay, monthOrders: { start, end } });
  }
}
