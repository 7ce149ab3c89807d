/**
 * Folds validated transaction rows into the compact `Store` as they stream past: ids are
 * interned, order lines summed into orders, and nothing of the CSV text is kept.
 */
import { Interner } from "../lib/interner.ts";
import { toCents } from "../lib/locale-number.ts";
import type { Store } from "./orders.ts";

/** Outcome of adding a row: accepted, or why it cannot be. */
export type AddResult =
  | { ok: true }
  | { ok: false; reason: "duplicate_order"; firstFile: number }
  | { ok: false; reason: "order_conflict" };

const OK: AddResult = { ok: true };
const CONFLICT: AddResult = { ok: false, reason: "order_conflict" };

/** One validated row as the builder takes it (ids as text, everything else parsed). */
export interface RowInput {
  /** Index of the source (order ids are unique per source). */
  source: number;
  /** Index of the file (for cross-file duplicate detection). */
  file: number;
  orderId: string | null;
  customerId: string | null;
  day: number;
  amount: number;
  quantity: number;
  channel: string;
  product: string | null;
  category: string | null;
}

/** Sorts indexes 0..n-1 by an integer key, stable, in O(n + range) (a counting sort). */
function orderByDay(day: ArrayLike<number>, n: number): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = day[i]!;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const counts = new Int32Array(max - min + 2);
  for (let i = 0; i < n; i++) counts[day[i]! - min + 1]!++;
  for (let k = 1; k < counts.length; k++) counts[k]! += counts[k - 1]!;
  for (let i = 0; i < n; i++) out[counts[day[i]! - min]!++] = i;
  return out;
}

/** Accumulates rows; `finish()` returns the day-sorted `Store`. */
export class StoreBuilder {
  private readonly customers = new Interner();
  private readonly channels = new Interner();
  private readonly categories = new Interner();
  private readonly products = new Interner();
  private readonly orderIds: Map<string, number>[] = [];
  private readonly oFile: number[] = [];
  private readonly oCustomer: number[] = [];
  private readonly oDay: number[] = [];
  private readonly oAmount: number[] = [];
  private readonly oChannel: number[] = [];
  private readonly lOrder: number[] = [];
  private readonly lCategory: number[] = [];
  private readonly lProduct: number[] = [];
  private readonly lAmount: number[] = [];
  private readonly lQuantity: number[] = [];

  /** Adds one row; rows of an order seen before in another file of the source are duplicates. */
  add(row: RowInput): AddResult {
    let order = -1;
    if (row.orderId !== null) {
      const ids = (this.orderIds[row.source] ??= new Map());
      const known = ids.get(row.orderId);
      if (known !== undefined) {
        if (this.oFile[known] !== row.file) return { ok: false, reason: "duplicate_order", firstFile: this.oFile[known]! };
        const customer = row.customerId === null ? -1 : this.customers.find(row.customerId);
        if (this.oCustomer[known] !== customer || this.oDay[known] !== row.day) return CONFLICT;
        order = known;
      } else {
        order = this.oDay.length;
        ids.set(row.orderId, order);
      }
    } else {
      order = this.oDay.length;
    }
    if (order === this.oDay.length) {
      this.oFile.push(row.file);
      this.oCustomer.push(row.customerId === null ? -1 : this.customers.id(row.customerId));
      this.oDay.push(row.day);
      this.oAmount.push(0);
      this.oChannel.push(this.channels.id(row.channel));
    }
    this.oAmount[order]! += row.amount;
    if (row.category !== null) {
      this.lOrder.push(order);
      this.lCategory.push(this.categories.id(row.category));
      this.lProduct.push(row.product === null ? -1 : this.products.id(row.product));
      this.lAmount.push(row.amount);
      this.lQuantity.push(row.quantity);
    }
    return OK;
  }

  /** Sorts orders and lines by day and freezes them into typed arrays. */
  finish(): Store {
    const n = this.oDay.length;
    const sorted = orderByDay(this.oDay, n);
    const rank = new Int32Array(n);
    const orders = {
      length: n,
      customer: new Int32Array(n),
      day: new Int32Array(n),
      amount: new Float64Array(n),
      channel: new Uint16Array(n),
    };
    for (let k = 0; k < n; k++) {
      const i = sorted[k]!;
      rank[i] = k;
      orders.customer[k] = this.oCustomer[i]!;
      orders.day[k] = this.oDay[i]!;
      orders.amount[k] = toCents(this.oAmount[i]!);
      orders.channel[k] = this.oChannel[i]!;
    }
    const m = this.lOrder.length;
    const lineDay = new Int32Array(m);
    for (let j = 0; j < m; j++) lineDay[j] = rank[this.lOrder[j]!]!;
    // Lines follow their orders' sorted position (so also by day).
    const lineSorted = orderByDay(lineDay, m);
    const lines = {
      length: m,
      order: new Int32Array(m),
      customer: new Int32Array(m),
      day: new Int32Array(m),
      category: new Int32Array(m),
      product: new Int32Array(m),
      amount: new Float64Array(m),
      quantity: new Float64Array(m),
    };
    for (let k = 0; k < m; k++) {
      const j = lineSorted[k]!;
      const o = lineDay[j]!;
      lines.order[k] = o;
      lines.customer[k] = orders.customer[o]!;
      lines.day[k] = orders.day[o]!;
      lines.category[k] = this.lCategory[j]!;
      lines.product[k] = this.lProduct[j]!;
      lines.amount[k] = this.lAmount[j]!;
      lines.quantity[k] = this.lQuantity[j]!;
    }
    return {
      customerCount: this.customers.size,
      customerIds: this.customers.values,
      orders,
      lines,
      channels: this.channels.values,
      categories: this.categories.values,
      products: this.products.values,
      firstDay: n === 0 ? null : orders.day[0]!,
      lastDay: n === 0 ? null : orders.day[n - 1]!,
    };
  }
}
