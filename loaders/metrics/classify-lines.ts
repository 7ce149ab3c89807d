/**
 * The classification behind cross-sell and upsell (definitions in `cross-upsell.ts`): every
 * registered sale line against the customer's sale lines on earlier days, walking the day-sorted
 * lines once. The walk can stop at a day and resume there from its `LineHistory` (the incremental
 * build stores that history at a month end, `bundle/cross-upsell-state.ts`).
 */
import type { UpsellSettings } from "../schemas/commercial.ts";
import { amountScale, type LineAttributes, type Store } from "../model/store.ts";

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
 * What classifying a later line reads: per customer whether they bought before (`hasHistory`),
 * per customer × category (key = customer × `categories` + category) the highest unit price and
 * tier of their sale lines so far.
 */
export interface LineHistory {
  categories: number;
  hasHistory: Uint8Array;
  maxPrice: KeyedMaxima;
  maxTier: KeyedMaxima;
}

/** No history yet for `customerCount` customers and `categories` categories (`tiered`: keep tier maxima). */
export function emptyHistory(customerCount: number, categories: number, tiered: boolean): LineHistory {
  return {
    categories,
    hasHistory: new Uint8Array(customerCount),
    maxPrice: keyedMaxima(customerCount * categories),
    maxTier: tiered ? keyedMaxima(customerCount * categories) : NO_TIERS,
  };
}

/** Whether any line has a tier (else no tier maxima are kept; `attributes.tier` is empty when the catalog has none). */
export function anyTier(attributes: LineAttributes, length: number): boolean {
  const n = Math.min(length, attributes.tier.length);
  for (let i = 0; i < n; i++) if (!Number.isNaN(attributes.tier[i]!)) return true;
  return false;
}

/**
 * Class code per line of `store.lines` (index into `LINE_CLASSES`, or `UNCLASSIFIED`), for lines
 * on or before `lastDay`.
 */
export function classifyLines(store: Store, attributes: LineAttributes, settings: UpsellSettings, lastDay = Infinity): Int8Array {
  const out = new Int8Array(store.lines.length).fill(UNCLASSIFIED);
  // Without any tiered line (no product file with tiers) no tier is ever kept: skip that memory.
  const history = emptyHistory(store.customerCount, attributes.categories.length, anyTier(attributes, store.lines.length));
  classifyFrom(store, attributes, settings, history, out, 0, lastDay);
  return out;
}

/**
 * Classifies the lines from `start` (the first line of a day) through `lastDay` into `out`,
 * against and into `history` (the sale lines before `start`); returns the first line after them.
 * A walk stopped at a day and resumed there gives the codes of one walk (tested).
 */
export function classifyFrom(store: Store, attributes: LineAttributes, settings: UpsellSettings, history: LineHistory, out: Int8Array, start: number, lastDay: number): number {
  const { length, customer, day, amount, quantity } = store.lines;
  const scale = amountScale(amount);
  const { categories, hasHistory, maxPrice, maxTier } = history;
  // Without tier maxima every tier reads as NaN (the per-line tier array may then be empty).
  const tiered = maxTier !== NO_TIERS;
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
  return start;
}

/** A number per key 0..size−1, unset = undefined: typed up to 2²⁴ keys, a Map beyond. */
export interface KeyedMaxima {
  get(key: number): number | undefined;
  set(key: number, value: number): void;
  /** Every key that is set, with its value (in key order when typed). */
  each(visit: (key: number, value: number) => void): void;
  /** The typed store (+0 = unset, −0 = a value of 0), when typed: for copying in bulk. */
  readonly values?: Float64Array;
}

/** The tier maxima when no line has a tier: `set` is never called (tiers are NaN). */
const NO_TIERS: KeyedMaxima = { get: () => undefined, set: () => undefined, each: () => undefined };

function keyedMaxima(size: number): KeyedMaxima {
  if (size > 2 ** 24) {
    const map = new Map<number, number>();
    return {
      get: (key) => map.get(key),
      set: (key, value) => void map.set(key, value),
      each: (visit) => {
        for (const [key, value] of map) visit(key, value);
      },
    };
  }
  // Zero-filled memory costs nothing until touched (a NaN fill wrote every key): +0 is "unset",
  // and a value of 0 is kept as −0. Either zero reads back as 0; no caller tells ±0 apart (only
  // compares and maxima are taken, and −0 equals 0 in both).
  const values = new Float64Array(size);
  return {
    values,
    get: (key) => {
      const v = values[key]!;
      return v !== 0 ? v : Object.is(v, -0) ? 0 : undefined;
    },
    set: (key, value) => {
      values[key] = value === 0 ? -0 : value;
    },
    each: (visit) => {
      for (let key = 0; key < size; key++) {
        const v = values[key]!;
        if (v !== 0 || Object.is(v, -0)) visit(key, v === 0 ? 0 : v);
      }
    },
  };
}

