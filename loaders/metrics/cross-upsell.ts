/**
 * Cross-sell and upsell from purchase history: every registered sale line is classified against
 * the customer's purchases on earlier days, then counted per month (lines, orders, customers,
 * revenue) and per channel.
 *
 * Definitions (README "Cross-sell en upsell"):
 * - Only *sale lines* are classified: a registered customer, a category, amount > 0. Return
 *   lines (amount < 0) and free lines (amount 0) are not classified and do not enter the history;
 *   a later return does not undo an earlier classification.
 * - *History* = the customer's sale lines on strictly earlier days. Lines on the same day are
 *   all judged against the days before it, so two new categories bought on one day are both
 *   cross-sell, and every line of the customer's first purchase day is a first purchase.
 * - `first`: no history. `cross_sell`: history, but never this category. `upsell`: this category
 *   before, and a higher tier than any tiered product bought in it before (when the product and
 *   an earlier purchase in the category have a tier), otherwise a unit price ≥ `priceRatio` × the
 *   highest unit price paid in the category before. `repeat`: everything else.
 */
import { monthEnd, monthOfDay } from "../lib/months.ts";
import type { UpsellSettings } from "../schemas/commercial.ts";
import { amountScale, type LineAttributes, type Store } from "../model/store.ts";
import { firstOrderOn } from "../lib/customer-window.ts";
import { anyTier, classifyFrom, emptyHistory, LINE_CLASSES, type LineClass, type LineHistory, UNCLASSIFIED } from "./classify-lines.ts";

export { classifyLines, LINE_CLASSES, type LineClass, UNCLASSIFIED } from "./classify-lines.ts";

/** Monthly figures of one class, aligned with months `first..last`. */
export interface ClassMonths {
  /** Classified lines. */
  lines: number[];
  /** Orders with at least one line of the class. */
  orders: number[];
  /** Distinct customers with a line of the class (for small-group suppression). */
  customers: number[];
  /** Sum of the class's line amounts. */
  revenue: number[];
}

/** Cross-/upsell per month, overall and per channel. */
export interface CrossUpsell {
  classes: Record<LineClass, ClassMonths>;
  /** Per channel (sorted by name): cross-sell and upsell orders and revenue per month. */
  byChannel: Record<string, { cross_sell: ClassMonths; upsell: ClassMonths }>;
}

/**
 * One month's counts as the month state stores them: per class (code order) its lines, orders,
 * customers and revenue (4 arrays of 4), then per (cross_sell | upsell) × channel (channel index
 * order) the same (4 arrays of 2 × channels).
 */
export type MonthCounts = number[][];

/** Where a walk resumes: months `first..until` counted already (`counts`, in order) and the history at the end of `until`. */
export interface CrossUpsellResume {
  until: number;
  counts: MonthCounts[];
  history: LineHistory;
}

/** Classifies lines and counts them per month `first..last` (history before `first` counts). */
export function crossUpsell(store: Store, attributes: LineAttributes, settings: UpsellSettings, first: number, last: number): CrossUpsell {
  return crossUpsellFrom(store, attributes, settings, first, last).result;
}

/**
 * `crossUpsell`, resumed after month `resume.until` when given (its months' counts and the history
 * at its end taken as they are), handing back every month's counts and calling `keep.take` with
 * the history at the end of month `keep.at` (a month after the resumed ones). Equals the full walk
 * figure for figure (tested).
 */
export function crossUpsellFrom(
  store: Store,
  attributes: LineAttributes,
  settings: UpsellSettings,
  first: number,
  last: number,
  resume: CrossUpsellResume | null = null,
  keep?: { at: number; take: (history: LineHistory) => void },
): { result: CrossUpsell; counts: MonthCounts[] } {
  const months = last - first + 1;
  const codes = new Int8Array(store.lines.length).fill(UNCLASSIFIED);
  const history = resume?.history ?? emptyHistory(store.customerCount, attributes.categories.length, anyTier(attributes, store.lines.length));
  const from = resume === null ? 0 : firstOrderOn(store.lines.day, store.lines.length, monthEnd(resume.until) + 1);
  let next = from;
  if (keep !== undefined && keep.at <= last && (resume === null || keep.at > resume.until)) {
    next = classifyFrom(store, attributes, settings, history, codes, next, monthEnd(keep.at));
    keep.take(history);
  }
  classifyFrom(store, attributes, settings, history, codes, next, monthEnd(last));
  const classCount = LINE_CLASSES.length;
  const channelCount = store.channels.length;
  // Per class × month, and per (cross_sell | upsell) × channel × month: counts and revenue.
  const lineCounts = new Int32Array(classCount * months);
  const orderCounts = new Int32Array(classCount * months);
  const customerCounts = new Int32Array(classCount * months);
  const revenue = new Float64Array(classCount * months);
  const channelLines = new Int32Array(2 * channelCount * months);
  const channelOrders = new Int32Array(2 * channelCount * months);
  const channelCustomers = new Int32Array(2 * channelCount * months);
  const channelRevenue = new Float64Array(2 * channelCount * months);
  // Per order, bit k: counted in class k already. All lines of an order fall on its day, so in
  // one month: one byte per order instead of a month per order and class (84 MiB at 5.5M orders).
  const orderSeen = new Uint8Array(store.orders.length);
  // Month (m + 1; 0 = never) a customer was last counted per class, so each counts once per month.
  const customerSeen = new Int32Array(classCount * store.customerCount);
  // Per (cross_sell | upsell) × channel × customer, likewise (typed up to 2²⁴ keys).
  const seenSize = 2 * channelCount * store.customerCount;
  const channelCustomerSeen = seenSize <= 2 ** 24 ? new Int32Array(seenSize) : new Map<number, number>();
  const orderChannel = store.orders.channel;
  const { order, customer, day, amount } = store.lines;
  const scale = amountScale(amount);
  let monthDay = Number.NaN;
  let month = 0;
  for (let i = from; i < codes.length; i++) {
    const code = codes[i]!;
    if (code === UNCLASSIFIED) continue;
    if (day[i] !== monthDay) {
      monthDay = day[i]!;
      month = monthOfDay(monthDay);
    }
    if (month < first || month > last) continue;
    const m = month - first;
    const at = code * months + m;
    const o = order[i]!;
    const c = customer[i]!;
    const value = amount[i]! / scale;
    lineCounts[at]!++;
    revenue[at]! += value;
    const channelAt = code === 1 || code === 2 ? ((code - 1) * channelCount + orderChannel[o]!) * months + m : -1;
    if (channelAt >= 0) {
      channelLines[channelAt]!++;
      channelRevenue[channelAt]! += value;
    }
    if ((orderSeen[o]! & (1 << code)) === 0) {
      orderSeen[o]! |= 1 << code;
      orderCounts[at]!++;
      if (channelAt >= 0) channelOrders[channelAt]!++;
    }
    if (customerSeen[code * store.customerCount + c] !== m + 1) {
      customerSeen[code * store.customerCount + c] = m + 1;
      customerCounts[at]!++;
    }
    if (channelAt >= 0) {
      const key = ((code - 1) * channelCount + orderChannel[o]!) * store.customerCount + c;
      const seen = channelCustomerSeen instanceof Int32Array ? channelCustomerSeen[key] : channelCustomerSeen.get(key);
      if (seen !== m + 1) {
        if (channelCustomerSeen instanceof Int32Array) channelCustomerSeen[key] = m + 1;
        else channelCustomerSeen.set(key, m + 1);
        channelCustomers[channelAt]!++;
      }
    }
  }
  const columns = [lineCounts, orderCounts, customerCounts, revenue, channelLines, channelOrders, channelCustomers, channelRevenue];
  // Month m's cells: class code k at k × months + m, channel cell j at j × months + m.
  const cellsOf = (column: Int32Array | Float64Array) => column.length / months;
  for (const [m, stored] of (resume?.counts ?? []).entries()) {
    for (const [c, column] of columns.entries()) for (const [j, value] of stored[c]!.entries()) column[j * months + m] = value;
  }
  const counts: MonthCounts[] = [];
  for (let m = 0; m < months; m++) counts.push(columns.map((column) => Array.from({ length: cellsOf(column) }, (_, j) => column[j * months + m]!)));
  const cents = (v: number) => Math.round(v * 100) / 100;
  const monthsOf = (lines: Int32Array, orders: Int32Array, customers: Int32Array, sums: Float64Array, from: number): ClassMonths => ({
    lines: Array.from(lines.subarray(from, from + months)),
    orders: Array.from(orders.subarray(from, from + months)),
    customers: Array.from(customers.subarray(from, from + months)),
    revenue: Array.from(sums.subarray(from, from + months), cents),
  });
  const classes = Object.fromEntries(LINE_CLASSES.map((name, code) => [name, monthsOf(lineCounts, orderCounts, customerCounts, revenue, code * months)])) as Record<LineClass, ClassMonths>;
  const byChannel: CrossUpsell["byChannel"] = {};
  const channelIndex = new Map(store.channels.map((name, index) => [name, index]));
  for (const name of [...store.channels].sort()) {
    const ch = channelIndex.get(name)!;
    const of = (code: number) => monthsOf(channelLines, channelOrders, channelCustomers, channelRevenue, ((code - 1) * channelCount + ch) * months);
    byChannel[name] = { cross_sell: of(1), upsell: of(2) };
  }
  return { result: { classes, byChannel }, counts };
}
