/**
 * The Pareto view per month end: the revenue share of the top customers in the active window,
 * and the top customers who have lapsed (no purchase for a number of days) with the revenue at
 * stake. Ties at the top boundary are all included, so the top group may exceed its quota.
 */
import { eachMonthWindow } from "../lib/customer-window.ts";
import { kthSmallest } from "../lib/select.ts";
import type { Store } from "../model/store.ts";

/** Per-month top-customer figures, arrays aligned with months `first..last`. */
export interface TopCustomers {
  /** Customers in the top group (≥ ceil(share × active customers), more on ties). */
  topCount: number[];
  /** Net window revenue of the top group ÷ net window revenue of all active customers. */
  revenueShare: (number | null)[];
  /** Top customers whose last purchase is at least `lapsedDays` before the as-of day (the month end, or the data's last day). */
  lapsedCount: number[];
  /** Their net revenue in the window: what is at stake if they do not come back. */
  lapsedRevenue: number[];
}

/** Options: the top share (0.2 = top 20 %), the active window and the lapse in days. */
export interface TopCustomerOptions {
  topShare: number;
  activeWindowMonths: number;
  lapsedDays: number;
}

/** One month's figures of `TopCustomers`. */
export type TopCustomersMonth = { [K in keyof TopCustomers]: TopCustomers[K][number] };

/**
 * Computes `TopCustomers` for months `first..last`; the last month as of `asOf` (default its last
 * day). A month for which `given` returns figures (computed before, e.g. by an earlier build) takes them as they are.
 */
export function topCustomers(store: Store, first: number, last: number, options: TopCustomerOptions, asOf?: number, given?: (month: number) => TopCustomersMonth | undefined): TopCustomers {
  const result: TopCustomers = { topCount: [], revenueShare: [], lapsedCount: [], lapsedRevenue: [] };
  const n = store.customerCount;
  // The active customers of a month, in customer order: their window revenue and who they are.
  const values = new Float64Array(n);
  const who = new Int32Array(n);
  const scratch = new Float64Array(n);
  eachMonthWindow(store, first, last, options.activeWindowMonths, (w) => {
    const known = given?.(w.month);
    if (known) {
      result.topCount.push(known.topCount);
      result.revenueShare.push(known.revenueShare);
      result.lapsedCount.push(known.lapsedCount);
      result.lapsedRevenue.push(known.lapsedRevenue);
      return;
    }
    const { orders, revenue, lastDay } = w;
    let active = 0;
    for (let c = 0; c < n; c++) {
      // Branch-free: every customer is written, the count steps by 1 for an active one.
      values[active] = revenue[c]!;
      who[active] = c;
      active += -orders[c]! >>> 31;
    }
    if (active === 0) {
      result.topCount.push(0);
      result.revenueShare.push(null);
      result.lapsedCount.push(0);
      result.lapsedRevenue.push(0);
      return;
    }
    let total = 0;
    for (let k = 0; k < active; k++) total += values[k]!;
    const quota = Math.ceil(options.topShare * active);
    // The value an ascending sort would put at active − quota, without sorting (on a copy).
    scratch.set(values.subarray(0, active));
    const threshold = kthSmallest(scratch.subarray(0, active), active - quota);
    let topCount = 0;
    let topRevenue = 0;
    let lapsedCount = 0;
    let lapsedRevenue = 0;
    const lapsedBefore = w.asOf - options.lapsedDays;
    for (let k = 0; k < active; k++) {
      const value = values[k]!;
      if (value < threshold) continue;
      topCount++;
      topRevenue += value;
      if (lastDay[who[k]!]! <= lapsedBefore) {
        lapsedCount++;
        lapsedRevenue += value;
      }
    }
    result.topCount.push(topCount);
    result.revenueShare.push(total > 0 ? topRevenue / total : null);
    result.lapsedCount.push(lapsedCount);
    result.lapsedRevenue.push(Math.round(lapsedRevenue * 100) / 100);
  }, asOf);
  return result;
}
