/**
 * RFM segments at every month end, from one chronological pass with a sliding window
 * (`eachMonthWindow`: each order is added and removed once). Per month the work is
 * O(customers + orders in the month) plus the quintile counts/sort of the scored customers.
 * The per-customer values are the same as `rfm()` computes for one month (tested).
 */
import { eachMonthWindow } from "../lib/customer-window.ts";
import type { Store } from "../model/store.ts";
import { roundCents, scoreRfm, scoredCustomers, scoreScratch } from "./rfm.ts";
import { fmScore, RFM_RULES_VERSION, SEGMENT_IDS } from "./rfm-segments.ts";

/** The segments as of one month end; arrays over segments follow `SEGMENT_IDS` order. */
export interface RfmSnapshot {
  month: number;
  /** The as-of day: the month's last day, or the data's last day for a partial last month. */
  asOf: number;
  /** Customers scored (≥ 1 sales order in the window). */
  scored: number;
  /** Segment index per customer; -1 = not scored. Never published (per-customer). */
  segment: Int8Array;
  /** Customers per segment. */
  sizes: number[];
  /** Net revenue of the month's orders per segment the customer is in at the month end (cents). */
  revenue: number[];
  /** Net revenue of the month not in any segment: unregistered sales and unscored customers' returns. */
  otherRevenue: number;
  /** Net revenue of all orders in the month: sum of `revenue` plus `otherRevenue`. */
  totalRevenue: number;
  /** `revenue[s] / totalRevenue`, 4 decimals; null when the month's total is ≤ 0. */
  revenueShare: (number | null)[];
  /** Sales orders (net ≥ 0) in the month per segment. */
  monthOrders: number[];
  /** Customers per segment with at least one order (sale or return) in the month: who the month's revenue comes from. */
  monthBuyers: number[];
  /** Window net revenue per segment (the sum of its customers' Monetary), cents. */
  windowRevenue: number[];
  /** Window sales orders per segment (the sum of its customers' Frequency). */
  windowOrders: number[];
  /** Window net revenue ÷ window sales orders over the segment's customers (cents); null when empty. */
  averageOrderValue: (number | null)[];
  /** Scored customers per cell: `grid[r - 1][fm - 1]`, FM = round-half-up((F + M) / 2). */
  grid: number[][];
}

/** Month-end snapshots for months `first..last` and the settings they were made with. */
export interface RfmHistory {
  windowMonths: number;
  /** `RFM_RULES_VERSION` of the segment rules used. */
  rulesVersion: number;
  first: number;
  last: number;
  snapshots: RfmSnapshot[];
}

/**
 * Computes an `RfmSnapshot` for every month end from `first` to `last` (month indexes); the last
 * snapshot is as of `asOf` (default the last month's end), with its window ending that day.
 * With `wanted`, only the months it accepts are scored (the window still walks every month, so
 * each snapshot is the same as without it); the others are left out of `snapshots`.
 */
export function rfmHistory(store: Store, first: number, last: number, windowMonths = 12, asOf?: number, wanted?: (month: number) => boolean): RfmHistory {
  const n = store.customerCount;
  const k = SEGMENT_IDS.length;
  const recency = new Int32Array(n);
  const monetary = new Float64Array(n);
  const scratch = scoreScratch(n);
  // Month in which a customer was last counted as a buyer (distinct buyers per month).
  const seen = new Int32Array(n).fill(-1);
  const buffers = { r: new Int8Array(n), f: new Int8Array(n), m: new Int8Array(n) };
  const { customer, amount } = store.orders;
  const snapshots: RfmSnapshot[] = [];
  eachMonthWindow(store, first, last, windowMonths, (w) => {
    if (wanted && !wanted(w.month)) return;
    const { orders, revenue: windowRevenueOf, lastDay, asOf } = w;
    // Only scored customers' values are read (by `scoreRfm` and below).
    const index = scratch.index;
    const listed = scoredCustomers(orders, index);
    for (let i = 0; i < listed; i++) {
      const c = index[i]!;
      recency[c] = asOf - lastDay[c]!;
      monetary[c] = roundCents(windowRevenueOf[c]!);
    }
    const scores = scoreRfm({ recency, frequency: orders, monetary }, scratch, { ...buffers, scored: 0, segment: new Int8Array(n) }, listed);
    const { segment, r, f, m } = scores;
    const sizes = new Array<number>(k).fill(0);
    const windowRevenue = new Array<number>(k).fill(0);
    const windowOrders = new Array<number>(k).fill(0);
    const cells = new Int32Array(25);
    // The scored customers in customer order, as a walk over all customers meets them.
    for (let i = 0; i < scores.scored; i++) {
      const c = index[i]!;
      const s = segment[c]!;
      if (s < 0) continue;
      sizes[s]!++;
      windowRevenue[s]! += monetary[c]!;
      windowOrders[s]! += orders[c]!;
      cells[(r[c]! - 1) * 5 + fmScore(f[c]!, m[c]!) - 1]!++;
    }
    const grid = Array.from({ length: 5 }, (_, row) => Array.from(cells.subarray(row * 5, row * 5 + 5)));
    const revenue = new Array<number>(k).fill(0);
    const monthOrders = new Array<number>(k).fill(0);
    const monthBuyers = new Array<number>(k).fill(0);
    let otherRevenue = 0;
    let totalRevenue = 0;
    for (let i = w.monthOrders.start; i < w.monthOrders.end; i++) {
      const c = customer[i]!;
      const value = amount[i]!;
      totalRevenue += value;
      const s = c < 0 ? -1 : segment[c]!;
      if (s < 0) otherRevenue += value;
      else {
        revenue[s]! += value;
        if (value >= 0) monthOrders[s]!++;
        if (seen[c] !== w.month) {
          seen[c] = w.month;
          monthBuyers[s]!++;
        }
      }
    }
    totalRevenue = roundCents(totalRevenue);
    snapshots.push({
      month: w.month,
      asOf: w.asOf,
      scored: scores.scored,
      segment,
      sizes,
      revenue: revenue.map(roundCents),
      otherRevenue: roundCents(otherRevenue),
      totalRevenue,
      revenueShare: revenue.map((x) => (totalRevenue > 0 ? Math.round((x / totalRevenue) * 10_000) / 10_000 : null)),
      monthOrders,
      monthBuyers,
      windowRevenue: windowRevenue.map(roundCents),
      windowOrders,
      averageOrderValue: windowOrders.map((o, s) => (o > 0 ? roundCents(windowRevenue[s]! / o) : null)),
      grid,
    });
  }, asOf);
  return { windowMonths, rulesVersion: RFM_RULES_VERSION, first, last, snapshots };
}
