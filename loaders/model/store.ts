/**
 * The compact, validated state the transaction loader folds every export into.
 * Memory grows with orders, customers and categories, never with CSV text: ids are interned
 * to integers and days are integers (see `lib/months.ts`). Metrics read only this.
 */

/** One row per order (order lines already summed), sorted by day ascending, then by first appearance. */
export interface Orders {
  /** Number of orders. */
  length: number;
  /** Customer index into `Store.customerCount`, or -1 for an unregistered sale. */
  customer: Int32Array;
  /** Local calendar day of the order (days since 1970-01-01, reporting time zone). */
  day: Int32Array;
  /** Net amount of the order: sum of its lines, returns and credits negative. */
  amount: Float64Array;
  /** Channel index into `Store.channels`. */
  channel: Uint16Array;
}

/** One row per order line that names a category, sorted by day ascending (for cross-/upsell). */
export interface Lines {
  length: number;
  /** Order index into `Orders`. */
  order: Int32Array;
  /** Customer index, or -1 for an unregistered sale. */
  customer: Int32Array;
  day: Int32Array;
  /** Category index into `Store.categories`. */
  category: Int32Array;
  /** Product index into `Store.products`, or -1 when the export has no product. */
  product: Int32Array;
  /** Line amount (negative for a returned line): read it with `amountScale` (`LineAmounts`). */
  amount: LineAmounts;
  /** Quantity of the line (1 when the export has none). */
  quantity: LineQuantities;
}

/**
 * Line amounts in one of two exact forms: `Int32Array` of cents when every amount is a whole
 * number of cents that fits (the amount is `cents / 100`, the very double the export's text
 * gave), else `Float64Array` of the amounts. Divide by `amountScale(column)` to read one.
 */
export type LineAmounts = Int32Array | Float64Array;

/** Line quantities: `Int32Array` when every quantity is a whole number that fits, else `Float64Array`; read as they are. */
export type LineQuantities = Int32Array | Float64Array;

/** What a stored line amount is divided by to give the amount: 100 for cents (`Int32Array`), else 1. */
export function amountScale(amounts: LineAmounts): number {
  return amounts instanceof Int32Array ? 100 : 1;
}

/** Everything the metrics need from the transaction exports. */
export interface Store {
  /** Number of distinct registered customers. */
  customerCount: number;
  /**
   * Customer ids by index. Only the campaign export may read these; nothing that reaches
   * the bundle or a log may.
   */
  customerIds: string[];
  orders: Orders;
  lines: Lines;
  /** Canonical channel names by index (after the source's channel map). */
  channels: string[];
  categories: string[];
  products: string[];
  /** First and last day with an order, or null when there are none. */
  firstDay: number | null;
  lastDay: number | null;
}

/** Category and tier of every order line in the store, after the join with the catalog. */
export interface LineAttributes {
  /** Category names by index. */
  categories: string[];
  /** Category index per line of `store.lines`; -1 when neither the line nor the catalog names one. */
  category: Int32Array;
  /** Tier per line, NaN when the product has none; empty when no line has a tier (no per-line array of NaN). */
  tier: Float64Array;
  /** Lines whose product is in the catalog. */
  matched: number;
}
