/**
 * The per-customer inputs of the repurchase models: distinct purchase days, and from them
 * x (repeat purchases), t_x (last purchase) and T (calibration end), both in weeks from the
 * first purchase, and the mean spend of the repeat purchase days.
 *
 * A purchase is a sales order (net amount ≥ 0) of a registered customer; all sales orders of one
 * customer on one day are one purchase whose value is their sum. Returns (negative orders) are
 * ignored here: the models describe buying, not net revenue.
 */
import type { Store } from "../model/store.ts";

/** Distinct purchase days per customer in compressed-row form (days ascending per customer). */
export interface PurchaseDays {
  customerCount: number;
  /** Customer c's purchases are `days[offsets[c]] .. days[offsets[c + 1] − 1]`; length customerCount + 1. */
  offsets: Int32Array;
  /** Purchase days (days since 1970-01-01). */
  days: Int32Array;
  /** Sum of the customer's sales orders on that day. */
  totals: Float64Array;
}

/**
 * Groups sales orders (amount ≥ 0, customer ≥ 0, day ≤ `upTo`) into distinct purchase days per
 * customer. Arrays are aligned by order; they need not be sorted.
 */
export function purchaseDays(
  customer: ArrayLike<number>,
  day: ArrayLike<number>,
  amount: ArrayLike<number>,
  customerCount: number,
  upTo: number = Infinity,
): PurchaseDays {
  const n = customer.length;
  if (day.length !== n || amount.length !== n) {
    throw new RangeError(`purchaseDays expects customer, day and amount of equal length, got ${n}, ${day.length}, ${amount.length}`);
  }
  // Orders by day (stable): day-sorted orders (the store's) need no index array, position k is order k.
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = day[i - 1]! <= day[i]!;
  const byDay = sorted ? null : identity(n).sort((i, j) => day[i]! - day[j]! || i - j);
  // An index out of range is reported at the first such order in input order (by day, the same when sorted).
  for (let i = 0; byDay !== null && i < n; i++) if (customer[i]! >= 0 && amount[i]! >= 0 && day[i]! <= upTo) checkCustomer(customer[i]!, customerCount, i);
  // Visiting orders by day, a customer's orders arrive day by day: one more purchase day whenever
  // the day differs from their last. Count those per customer, then write each day's total in place.
  const last = new Int32Array(customerCount);
  const start = new Int32Array(customerCount + 1);
  for (let k = 0; k < n; k++) {
    const i = byDay === null ? k : byDay[k]!;
    const c = customer[i]!;
    if (c < 0 || !(amount[i]! >= 0 && day[i]! <= upTo)) continue;
    checkCustomer(c, customerCount, i);
    // Day numbers as the Int32Array of days holds them.
    const d = day[i]! | 0;
    if (start[c + 1] === 0 || last[c] !== d) start[c + 1]!++;
    last[c] = d;
  }
  for (let c = 0; c < customerCount; c++) start[c + 1]! += start[c]!;
  const m = start[customerCount]!;
  const days = new Int32Array(m);
  const totals = new Float64Array(m);
  // The next free slot per customer; a same-day order adds to the slot before it.
  const fill = start.slice(0, customerCount);
  for (let k = 0; k < n; k++) {
    const i = byDay === null ? k : byDay[k]!;
    const c = customer[i]!;
    if (c < 0 || !(amount[i]! >= 0 && day[i]! <= upTo)) continue;
    const at = fill[c]!;
    const d = day[i]! | 0;
    if (at > start[c]! && days[at - 1] === d) totals[at - 1]! += amount[i]!;
    else {
      days[at] = d;
      totals[at] = amount[i]!;
      fill[c] = at + 1;
    }
  }
  return { customerCount, offsets: start, days, totals };
}

/** One row per customer with a purchase on or before the calibration end. */
export interface RepeatSummary {
  /** Customer index (into the store) of each row, ascending. */
  customer: Int32Array;
  /** Repeat purchases in the calibration period: distinct purchase days minus the first. */
  x: Int32Array;
  /** Weeks from the first to the last purchase day (0 when x = 0). */
  tx: Float64Array;
  /** Weeks from the first purchase day to the calibration end day. */
  T: Float64Array;
  /** Mean value of the repeat purchase days (the first excluded); 0 when x = 0. */
  spend: Float64Array;
  /** Day of the first purchase. */
  firstDay: Int32Array;
  /** Purchase days after the calibration end up to `holdoutEnd` (all zero without one). */
  holdoutX: Int32Array;
}

/** `repeatSummaryFromArrays` over the store's orders (calibration end and holdout end are day numbers). */
export function repeatSummary(store: Pick<Store, "orders" | "customerCount">, calibrationEnd: number, holdoutEnd?: number): RepeatSummary {
  const { orders, customerCount } = store;
  return repeatSummaryFromArrays(orders.customer, orders.day, orders.amount, customerCount, calibrationEnd, holdoutEnd);
}

/**
 * Builds the `RepeatSummary` with the calibration period ending on day `calibrationEnd`
 * (inclusive): T = (calibrationEnd − first day) / 7. Customers whose first purchase comes later are
 * left out. With `holdoutEnd`, also counts purchase days in (calibrationEnd, holdoutEnd].
 */
export function repeatSummaryFromArrays(
  customer: ArrayLike<number>,
  day: ArrayLike<number>,
  amount: ArrayLike<number>,
  customerCount: number,
  calibrationEnd: number,
  holdoutEnd?: number,
): RepeatSummary {
  return repeatSummaryOfDays(purchaseDays(customer, day, amount, customerCount, holdoutEnd ?? calibrationEnd), calibrationEnd);
}

/**
 * The `RepeatSummary` of purchase days `p` with the calibration period ending on day
 * `calibrationEnd`; the days after it in `p` (up to the day `p` was made with) are the holdout.
 * `repeatSummary(store, c, h)` equals `repeatSummaryOfDays(purchaseDays(…, h), c)`: one set of
 * purchase days serves several calibration ends.
 */
export function repeatSummaryOfDays(p: PurchaseDays, calibrationEnd: number): RepeatSummary {
  const { customerCount } = p;
  let rows = 0;
  for (let c = 0; c < customerCount; c++) if (p.offsets[c + 1]! > p.offsets[c]! && p.days[p.offsets[c]!]! <= calibrationEnd) rows++;
  const out: RepeatSummary = {
    customer: new Int32Array(rows),
    x: new Int32Array(rows),
    tx: new Float64Array(rows),
    T: new Float64Array(rows),
    spend: new Float64Array(rows),
    firstDay: new Int32Array(rows),
    holdoutX: new Int32Array(rows),
  };
  let r = 0;
  for (let c = 0; c < customerCount; c++) {
    const from = p.offsets[c]!;
    const to = p.offsets[c + 1]!;
    if (to === from || p.days[from]! > calibrationEnd) continue;
    const first = p.days[from]!;
    let k = from + 1;
    let sum = 0;
    for (; k < to && p.days[k]! <= calibrationEnd; k++) sum += p.totals[k]!;
    const x = k - from - 1;
    out.customer[r] = c;
    out.x[r] = x;
    out.tx[r] = (p.days[k - 1]! - first) / 7;
    out.T[r] = (calibrationEnd - first) / 7;
    out.spend[r] = x > 0 ? sum / x : 0;
    out.firstDay[r] = first;
    out.holdoutX[r] = to - k;
    r++;
  }
  return out;
}

function checkCustomer(c: number, customerCount: number, order: number): void {
  if (c >= customerCount) throw new RangeError(`purchaseDays expects customer indices below ${customerCount}, got ${c} at order ${order}`);
}

function identity(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}
