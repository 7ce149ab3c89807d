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
  const scratch = new Float64Array(store.customerCount);
  eachMonthWindow(store, first, last, options.activeWindowMonths, (w) => {
    const known = given?.(w.month);
    if (known) {
      result.topCount.push(known.topCount);
      result.revenueShare.push(known.revenueShare);
      result.lapsedCount.push(known.lapsedCount);
      result.lapsedRevenue.push(known.lapsedRevenue);
      return;
    }
    let active = 0;
    let total = 0;
    for (let c = 0; c < store.customerCount; c++) {
      if (w.orders[c]! > 0) {
        scratch[active++] = w.revenue[c]!;
        total += w.revenue[c]!;
      }
    }
    if (active === 0) {
      result.topCount.push(0);
      result.revenueShare.push(null);
      result.lapsedCount.push(0);
      result.lapsedRevenue.push(0);
      return;
    }
    const quota = Math.ceil(options.topShare * active);
    // The value an ascending sort would put at active − quota, without sorting.
    const threshold = kthSmallest(scratch.subarray(0, active), active - quota);
    let topCount = 0;
    let topRevenue = 0;
    let lapsedCount = 0;
    let lapsedRevenue = 0;
    const lapsedBefore = w.asOf - options.lapsedDays;
    for (let c = 0; c < store.customerCount; c++) {
      if (w.orders[c]! === 0 || w.revenue[c]! < threshold) continue;
      topCount++;
      topRevenue += w.revenue[c]!;
      if (w.lastDay[c]! <= lapsedBefore) {
        lapsedCount++;
        lapsedRevenue += w.revenue[c]!;
      }
    }
    result.topCount.push(topCount);
    result.revenueShare.push(total > 0 ? topRevenue / total : null);
    result.lapsedCount.push(lapsedCount);
    result.lapsedRevenue.push(Math.round(lapsedRevenue * 100) / 100);
  }, asOf);
  return result;
}
