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
import { amountScale, type Store } from "../model/store.ts";
import type { LineAttributes } from "../model/store.ts";

/** The classes, in code order (`LINE_CLASSES[k]` is class code k). */
export const LINE_CLASSES = ["first", "cross_sell", "upsell", "repeat"] as const;
export type LineClass = (typeof LINE_CLASSES)[number];
/** Class code of a line that is not classified (unregistered, return, free, no category). */
export const UNCLASSIFIED = -1;

/** Unit price of a line: amount ÷ quantity, or the amount when the quantity is not positive. */
function unitPrice(amount: number, quantity: number): number {
  return quantity > 0 ? amount / quantity : amount;
}

/**
 * Class code per line of `store.lines` (index into `LINE_CLASSES`, or `UNCLASSIFIED`), for lines
 * on or before `lastDay`.
 */
export function classifyLines(store: Store, attributes: LineAttributes, settings: UpsellSettings, lastDay = Infinity): Int8Array {
  const { length, customer, day, amount, quantity } = store.lines;
  const scale = amountScale(amount);
  const out = new Int8Array(length).fill(UNCLASSIFIED);
  const categories = attributes.categories.length;
  const hasHistory = new Uint8Array(store.customerCount);
  const maxPrice = keyedMaxima(store.customerCount * categories);
  // Without any tiered line (no product file with tiers) no tier is ever kept: skip that memory.
  let tiered = false;
  for (let i = 0; i < attributes.tier.length && !tiered; i++) tiered = !Number.isNaN(attributes.tier[i]!);
  const maxTier = tiered ? keyedMaxima(store.customerCount * categories) : NO_TIERS;
  let start = 0;
  while (start < length && day[start]! <= lastDay) {
    let end = start;
    while (end < length && day[end] === day[start]) end++;
    for (let i = start; i < end; i++) {
      const c = customer[i]!;
      if (c < 0 || !(amount[i]! > 0) || attributes.category[i]! < 0) continue;
      const key = c * categories + attributes.category[i]!;
      const previousPrice = maxPrice.get(key);
      if (!hasHistory[c]) out[i] = 0;
      else if (previousPrice === undefined) out[i] = 1;
      else {
        const tier = tiered ? attributes.tier[i]! : Number.NaN;
        const previousTier = maxTier.get(key);
        const byTier = settings.useTiers && !Number.isNaN(tier) && previousTier !== undefined;
        const price = unitPrice(amount[i]! / scale, quantity[i]!);
        // A cent of tolerance against float noise in ratio × price (1.2 × 3 = 3.5999…96).
        const upsell = byTier ? tier > previousTier : previousPrice > 0 && price + 1e-9 >= settings.priceRatio * previousPrice;
        out[i] = upsell ? 2 : 3;
      }
    }
    for (let i = start; i < end; i++) {
      if (out[i] === UNCLASSIFIED) continue;
      const c = customer[i]!;
      const key = c * categories + attributes.category[i]!;
      hasHistory[c] = 1;
      const price = unitPrice(amount[i]! / scale, quantity[i]!);
      maxPrice.set(key, Math.max(maxPrice.get(key) ?? 0, price));
      const tier = tiered ? attributes.tier[i]! : Number.NaN;
      if (!Number.isNaN(tier)) maxTier.set(key, Math.max(maxTier.get(key) ?? -Infinity, tier));
    }
    start = end;
  }
  return out;
}

/** A number per key 0..size−1, unset = undefined: typed up to 2²⁴ keys, a Map beyond. */
interface KeyedMaxima {
  get(key: number): number | undefined;
  set(key: number, value: number): void;
}

/** The tier maxima when no line has a tier: `set` is never called (tiers are NaN). */
const NO_TIERS: KeyedMaxima = { get: () => undefined, set: () => undefined };

function keyedMaxima(size: number): KeyedMaxima {
  if (size > 2 ** 24) return new Map<number, number>();
  // Zero-filled memory costs nothing until touched (a NaN fill wrote every key): +0 is "unset",
  // and a value of 0 is kept as −0. Either zero reads back as 0; no caller tells ±0 apart (only
  // compares and maxima are taken, and −0 equals 0 in both).
  const values = new Float64Array(size);
  return {
    get: (key) => {
      const v = values[key]!;
      return v !== 0 ? v : Object.is(v, -0) ? 0 : undefined;
    },
    set: (key, value) => {
      values[key] = value === 0 ? -0 : value;
    },
  };
}

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

/** Classifies lines and counts them per month `first..last` (history before `first` counts). */
export function crossUpsell(store: Store, attributes: LineAttributes, settings: UpsellSettings, first: number, last: number): CrossUpsell {
  const months = last - first + 1;
  const codes = classifyLines(store, attributes, settings, monthEnd(last));
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
  for (let i = 0; i < codes.length; i++) {
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
  return { classes, byChannel };
}
