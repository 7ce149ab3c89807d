/**
 * Turns the merged files' chunks into the `Store`: orders sorted by day (stable, so ties keep
 * load order), lines following their orders. Column by column, so each chunk column is let go
 * as soon as its sorted copy exists and peak memory stays near one copy of the data.
 */
import { toCents } from "../lib/locale-number.ts";
import { release } from "./blocks.ts";
import type { StringTable } from "./byte-table.ts";
import type { LineAmounts, LineQuantities, Store } from "../model/store.ts";
import { AMOUNT_SCALE, concatExact, type ExactColumn, QUANTITY_SCALE } from "./exact-values.ts";

/** One merged file: global ids, orders numbered from `orderBase`, lines pointing at global orders. */
export interface Chunk {
  file: number;
  orderBase: number;
  /** First order-id ref of the file (refs count the file's parsed orders, duplicates included). */
  idBase: number;
  orders: { length: number; customer: Int32Array; day: Int32Array; amount: Float64Array; channel: Int32Array };
  lines: { length: number; order: Int32Array; category: Int32Array; product: Int32Array; amount: LineAmounts; quantity: LineQuantities };
  /** Order ids of the file's parsed orders, duplicates included (null without an order id column). */
  orderIds: StringTable | null;
  /** Line of the first row of each parsed order by ref − idBase, to name it when a later file repeats the order. */
  firstLine?: Int32Array | null;
}

/** Whether a column of integers never decreases. */
export function ascending(values: Int32Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i]! < values[i - 1]!) return false;
  return true;
}

/** Sorts indexes 0..n-1 by an integer key, stable, in O(n + range) (a counting sort). */
export function orderByKey(key: ArrayLike<number>, n: number): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = key[i]!;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const counts = new Int32Array(max - min + 2);
  for (let i = 0; i < n; i++) counts[key[i]! - min + 1]!++;
  for (let k = 1; k < counts.length; k++) counts[k]! += counts[k - 1]!;
  for (let i = 0; i < n; i++) out[counts[key[i]! - min]!++] = i;
  release(counts);
  return out;
}

/** Concatenates one column of all chunks, releasing each chunk's column as it goes. */
function concat<T extends Int32Array | Float64Array>(chunks: Chunk[], take: (chunk: Chunk) => T, make: (n: number) => T, total: number): T {
  if (chunks.length === 1) return take(chunks[0]!);
  const out = make(total);
  let at = 0;
  for (const chunk of chunks) {
    const part = take(chunk);
    out.set(part, at);
    at += part.length;
    release(part);
  }
  return out;
}

const NO_INT = new Int32Array(0);
const NO_FLOAT = new Float64Array(0);

/** Takes an Int32 column out of a chunk part (the chunk forgets it). */
function takeInt<P extends Record<K, Int32Array>, K extends string>(part: P, key: K): Int32Array {
  const column = part[key];
  part[key] = NO_INT as P[K];
  return column;
}

/** Takes a Float64 column out of a chunk part (the chunk forgets it). */
function takeFloat<P extends Record<K, Float64Array>, K extends string>(part: P, key: K): Float64Array {
  const column = part[key];
  part[key] = NO_FLOAT as P[K];
  return column;
}

/** Takes an exact column (amounts, quantities) out of every chunk and joins them (one chunk: as it is). */
function takeExact(chunks: Chunk[], key: "amount" | "quantity", scale: number, total: number): ExactColumn {
  const parts = chunks.map((chunk) => {
    const column = chunk.lines[key];
    chunk.lines[key] = NO_INT;
    return column;
  });
  return parts.length === 1 ? parts[0]! : concatExact(parts, scale, total);
}

/** Builds the store from chunks (emptied on the way) and the global string tables. */
export function assembleStore(
  chunks: Chunk[],
  names: { customers: string[]; channels: string[]; categories: string[]; products: string[] },
): Store {
  for (const chunk of chunks) chunk.orderIds = null;
  const n = chunks.reduce((s, c) => s + c.orders.length, 0);
  const m = chunks.reduce((s, c) => s + c.lines.length, 0);
  const i32 = (size: number) => new Int32Array(size);
  const f64 = (size: number) => new Float64Array(size);

  // Files are sorted by day when read: when they also follow each other in time (monthly
  // exports), the concatenation is the store and nothing needs sorting or moving.
  const day = concat(chunks, (c) => takeInt(c.orders, "day"), i32, n);
  const sorted = ascending(day) ? null : orderByKey(day, n);
  /** Puts `from` in sorted order into `into`, then frees `from` (or just converts it when in order). */
  const permute = <T extends Int32Array | Float64Array | Uint16Array>(from: Int32Array | Float64Array, into: T, map?: (v: number) => number): T => {
    if (sorted === null) for (let k = 0; k < n; k++) into[k] = map ? map(from[k]!) : from[k]!;
    else for (let k = 0; k < n; k++) into[k] = map ? map(from[sorted[k]!]!) : from[sorted[k]!]!;
    release(from);
    return into;
  };
  const customer = concat(chunks, (c) => takeInt(c.orders, "customer"), i32, n);
  const amount = concat(chunks, (c) => takeFloat(c.orders, "amount"), f64, n);
  for (let k = 0; k < n; k++) amount[k] = toCents(amount[k]!);
  const orders = {
    length: n,
    customer: sorted === null ? customer : permute(customer, new Int32Array(n)),
    day: sorted === null ? day : permute(day, new Int32Array(n)),
    amount: sorted === null ? amount : permute(amount, new Float64Array(n)),
    channel: permute(concat(chunks, (c) => takeInt(c.orders, "channel"), i32, n), new Uint16Array(n)),
  };

  // Lines follow their orders' sorted position (so also by day), stable within an order.
  const lineOrder = concat(chunks, (c) => takeInt(c.lines, "order"), i32, m);
  if (sorted !== null) {
    const rank = new Int32Array(n);
    for (let k = 0; k < n; k++) rank[sorted[k]!] = k;
    for (let j = 0; j < m; j++) lineOrder[j] = rank[lineOrder[j]!]!;
    release(rank);
    release(sorted);
  }
  const lineSorted = ascending(lineOrder) ? null : orderByKey(lineOrder, m);
  /** Puts `from` in the lines' sorted order (a new array), then frees `from`; in order already, `from` is kept. */
  const spread = <T extends Int32Array | Float64Array>(from: T): T => {
    if (lineSorted === null) return from;
    const into = new (from.constructor as new (size: number) => T)(m);
    for (let k = 0; k < m; k++) into[k] = from[lineSorted[k]!]!;
    release(from);
    return into;
  };
  const order = spread(lineOrder);
  const lineCustomer = new Int32Array(m);
  const lineDay = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    lineCustomer[k] = orders.customer[order[k]!]!;
    lineDay[k] = orders.day[order[k]!]!;
  }
  const lines = {
    length: m,
    order,
    customer: lineCustomer,
    day: lineDay,
    category: spread(concat(chunks, (c) => takeInt(c.lines, "category"), i32, m)),
    product: spread(concat(chunks, (c) => takeInt(c.lines, "product"), i32, m)),
    amount: spread(takeExact(chunks, "amount", AMOUNT_SCALE, m)),
    quantity: spread(takeExact(chunks, "quantity", QUANTITY_SCALE, m)),
  };
  release(lineSorted);
  return {
    customerCount: names.customers.length,
    customerIds: names.customers,
    orders,
    lines,
    channels: names.channels,
    categories: names.categories,
    products: names.products,
    firstDay: n === 0 ? null : orders.day[0]!,
    lastDay: n === 0 ? null : orders.day[n - 1]!,
  };
}
