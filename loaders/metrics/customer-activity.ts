/**
 * Customer-base counts per month end: profiles known, active customers with their average
 * purchase frequency and spend in the active window, and new versus returning buyers.
 */
import { eachMonthWindow } from "../lib/customer-window.ts";
import { monthStart } from "../lib/months.ts";
import type { Store } from "../model/store.ts";

/** Per-month customer counts, arrays aligned with months `first..last`. */
export interface CustomerActivity {
  /** Registered customers with a first purchase on or before the month end. */
  known: number[];
  /** Customers with ≥ 1 sales order in the active window ending at the month end. */
  active: number[];
  /** Sales orders per active customer within the window (null without active customers). */
  frequency: (number | null)[];
  /** Net revenue per active customer within the window. */
  spend: (number | null)[];
  /** Customers whose first purchase falls in the month. */
  newCustomers: number[];
  /** Customers who bought in the month and had bought before it. */
  returningCustomers: number[];
}

/** One month's figures of `CustomerActivity`. */
export type CustomerActivityMonth = { [K in keyof CustomerActivity]: CustomerActivity[K][number] };

/**
 * Computes `CustomerActivity` for months `first..last` with an active window in months; the last
 * month is counted as of `asOf` (default its last day; see `eachMonthWindow`). A month for which
 * `given` returns figures (computed before, e.g. by an earlier build) takes them as they are.
 */
export function customerActivity(store: Store, first: number, last: number, activeWindowMonths: number, asOf?: number, given?: (month: number) => CustomerActivityMonth | undefined): CustomerActivity {
  const result: CustomerActivity = { known: [], active: [], frequency: [], spend: [], newCustomers: [], returningCustomers: [] };
  const n = store.customerCount;
  const boughtIn = new Int32Array(n).fill(-1);
  /** The window revenue of each active customer, in customer order (rewritten every month). */
  const activeRevenue = new Float64Array(n);
  const { customer, amount } = store.orders;
  eachMonthWindow(store, first, last, activeWindowMonths, (w) => {
    const figures = given?.(w.month);
    if (figures) {
      for (const key of Object.keys(result) as (keyof CustomerActivity)[]) (result[key] as (number | null)[]).push(figures[key]);
      return;
    }
    let known = 0;
    let active = 0;
    let orders = 0;
    const { firstDay, orders: ordersOf, revenue: revenueOf } = w;
    for (let c = 0; c < n; c++) {
      // Branch-free (known and active customers alternate at random): 0/1 from sign bits.
      const seen = firstDay[c]! + 1; // 0 exactly when no purchase yet
      known += (seen | -seen) >>> 31;
      activeRevenue[active] = revenueOf[c]!;
      active += -ordersOf[c]! >>> 31;
      orders += ordersOf[c]!;
    }
    // Summed in customer order, as a walk over all customers adds them.
    let revenue = 0;
    for (let k = 0; k < active; k++) revenue += activeRevenue[k]!;
    let fresh = 0;
    let returning = 0;
    const start = monthStart(w.month);
    for (let i = w.monthOrders.start; i < w.monthOrders.end; i++) {
      const c = customer[i]!;
      if (c < 0 || amount[i]! < 0 || boughtIn[c] === w.month) continue;
      boughtIn[c] = w.month;
      // The first purchase is on or before this order's day, so it is in this month iff on or after its start.
      if (w.firstDay[c]! >= start) fresh++;
      else returning++;
    }
    result.known.push(known);
    result.active.push(active);
    result.frequency.push(active === 0 ? null : orders / active);
    result.spend.push(active === 0 ? null : Math.round((revenue / active) * 100) / 100);
    result.newCustomers.push(fresh);
    result.returningCustomers.push(returning);
  }, asOf);
  return result;
}
