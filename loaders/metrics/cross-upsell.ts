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
import type { Store } from "../model/store.ts";
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
  const out = new Int8Array(length).fill(UNCLASSIFIED);
  const categories = attributes.categories.length;
  const hasHistory = new Uint8Array(store.customerCount);
  const maxPrice = keyedMaxima(store.customerCount * categories);
  const maxTier = keyedMaxima(store.customerCount * categories);
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
        const tier = attributes.tier[i]!;
        const previousTier = maxTier.get(key);
        const byTier = settings.useTiers && !Number.isNaN(tier) && previousTier !== undefined;
        const price = unitPrice(amount[i]!, quantity[i]!);
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
      const price = unitPrice(amount[i]!, quantity[i]!);
      maxPrice.set(key, Math.max(maxPrice.get(key) ?? 0, price));
      const tier = attributes.tier[i]!;
      if (!Number.isNaN(tier)) maxTier.set(key, Math.max(maxTier.get(key) ?? -Infinity, tier));
    }
    start = end;
  }
  return out;
}

/** A number per key 0..size−1, unset = undefined: typed (NaN = unset) up to 2²⁴ keys, a Map beyond. */
interface KeyedMaxima {
  get(key: number): number | undefined;
  set(key: number, value: number): void;
}

function keyedMaxima(size: number): KeyedMaxima {
  if (size > 2 ** 24) return new Map<number, number>();
  const values = new Float64Array(size).fill(NaN);
  return {
    get: (key) => {
      const v = values[key]!;
      return Number.isNaN(v) ? undefined : v;
    },
    set: (key, value) => {
      values[key] = value;
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

function emptyMonths(months: number): ClassMonths {
  const zeros = () => new Array<number>(months).fill(0);
  return { lines: zeros(), orders: zeros(), customers: zeros(), revenue: zeros() };
}

/** Classifies lines and counts them per month `first..last` (history before `first` counts). */
export function crossUpsell(store: Store, attributes: LineAttributes, settings: UpsellSettings, first: number, last: number): CrossUpsell {
  const months = last - first + 1;
  const codes = classifyLines(store, attributes, settings, monthEnd(last));
  const classes = Object.fromEntries(LINE_CLASSES.map((c) => [c, emptyMonths(months)])) as Record<LineClass, ClassMonths>;
  const channelNames = [...store.channels].sort();
  const byChannel: CrossUpsell["byChannel"] = {};
  for (const name of channelNames) byChannel[name] = { cross_sell: emptyMonths(months), upsell: emptyMonths(months) };
  // Last month an order / customer was counted per class, so each is counted once per month.
  const orderSeen = LINE_CLASSES.map(() => new Int32Array(store.orders.length).fill(-1));
  const customerSeen = LINE_CLASSES.map(() => new Int32Array(store.customerCount).fill(-1));
  const channelCount = store.channels.length;
  // Per (cross_sell | upsell) × channel × customer, the last month the customer was counted.
  const channelCustomerSeen = keyedMaxima(2 * channelCount * store.customerCount);
  const { order, customer, day, amount } = store.lines;
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
    const name = LINE_CLASSES[code]!;
    const target = classes[name];
    const channel = store.channels[store.orders.channel[order[i]!]!]!;
    const perChannel = name === "cross_sell" || name === "upsell" ? byChannel[channel]![name] : null;
    target.lines[m]!++;
    target.revenue[m]! += amount[i]!;
    if (perChannel) {
      perChannel.lines[m]!++;
      perChannel.revenue[m]! += amount[i]!;
    }
    if (orderSeen[code]![order[i]!] !== month) {
      orderSeen[code]![order[i]!] = month;
      target.orders[m]!++;
      if (perChannel) perChannel.orders[m]!++;
    }
    if (customerSeen[code]![customer[i]!] !== month) {
      customerSeen[code]![customer[i]!] = month;
      target.customers[m]!++;
    }
    if (perChannel) {
      const key = ((code - 1) * channelCount + store.orders.channel[order[i]!]!) * store.customerCount + customer[i]!;
      if (channelCustomerSeen.get(key) !== month) {
        channelCustomerSeen.set(key, month);
        perChannel.customers[m]!++;
      }
    }
  }
  const round = (m: ClassMonths) => (m.revenue = m.revenue.map((v) => Math.round(v * 100) / 100));
  for (const c of LINE_CLASSES) round(classes[c]);
  for (const name of channelNames) {
    round(byChannel[name]!.cross_sell);
    round(byChannel[name]!.upsell);
  }
  return { classes, byChannel };
}
