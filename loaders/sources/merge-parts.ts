/**
 * Merges the two parts of a split parse (`split-parse.ts`) into exactly the `ParsedFile` the
 * one-thread parse gives before its sort by day. Ids are numbered in first-seen order over the
 * whole file: the first part's, then the second part's new texts in its own order. An order of
 * the second part whose id the first part already has (lines on both sides of the split) joins
 * that order when its first row in the second part agrees on customer and date — then every row
 * of it meets the same comparison as on one thread — and its amount is summed again row by row
 * in file order. Whenever the merge cannot be sure it returns null, and the caller parses the
 * file on one thread: an order that conflicts across the split, a quote the first part ended
 * inside, warnings of the second part (their lines count from the split), another header.
 */
import { ByteTable, compareBytes, hashBytes, type StringTable } from "./byte-table.ts";
import { gather, type ParsedFile, type RejectionKind } from "./parsed-file.ts";
import { release } from "./blocks.ts";
import { AMOUNT_SCALE, concatExact, QUANTITY_SCALE } from "./exact-values.ts";
import { amountScale } from "../model/store.ts";
import { concatTables, span, unionTable } from "./table-union.ts";

/** Per order of `b`: the order of `a` with the same id, or -1. */
function sharedOrders(a: ParsedFile, b: ParsedFile): Int32Array | null {
  const ai = a.orderIds;
  const bi = b.orderIds;
  if (ai === null || bi === null || a.orderIdRange === null || b.orderIdRange === null) return null;
  const [ms, me] = span(ai, a.orderIdRange[1]);
  const [ns, ne] = span(bi, b.orderIdRange[0]);
  // Ids counting up across the split (the usual export): no id of `b` can be one of `a`'s.
  if (compareBytes(bi.bytes, ns, ne, ai.bytes, ms, me) > 0) return null;
  const candidates: number[] = [];
  for (let k = 0; k < bi.ends.length; k++) {
    const [s, e] = span(bi, k);
    if (compareBytes(bi.bytes, s, e, ai.bytes, ms, me) <= 0) candidates.push(k);
  }
  const shared = new Int32Array(bi.ends.length).fill(-1);
  let found = false;
  if (candidates.length <= 4) {
    // Usually the one order that runs across the split: its id is near the end of `a`'s.
    for (const k of candidates) {
      const [s, e] = span(bi, k);
      for (let j = ai.ends.length - 1; j >= 0; j--) {
        const [as, ae] = span(ai, j);
        if (ae - as === e - s && compareBytes(bi.bytes, s, e, ai.bytes, as, ae) === 0) {
          shared[k] = j;
          found = true;
          break;
        }
      }
    }
  } else {
    const index = new ByteTable(ai.ends.length);
    for (let j = 0; j < ai.ends.length; j++) {
      const [s, e] = span(ai, j);
      index.insert(ai.bytes, s, e, hashBytes(ai.bytes, s, e));
    }
    for (const k of candidates) {
      const [s, e] = span(bi, k);
      const j = index.find(bi.bytes, s, e, hashBytes(bi.bytes, s, e));
      if (j !== -1) {
        shared[k] = j;
        found = true;
      }
    }
    index.dispose();
  }
  return found ? shared : null;
}

/** `b`'s rejection kinds as indexes into the merged list (`invalid_encoding` kinds are added as met, as on one thread). */
function mergeKinds(a: RejectionKind[], b: RejectionKind[]): { kinds: RejectionKind[]; map: Int32Array } | null {
  const kinds = [...a];
  const map = new Int32Array(b.length);
  for (let k = 0; k < b.length; k++) {
    const kind = b[k]!;
    if (kind.reason === "invalid_encoding") {
      const at = kinds.findIndex((x) => x.reason === kind.reason && x.column === kind.column);
      map[k] = at === -1 ? kinds.push(kind) - 1 : at;
    } else {
      const same = a[k];
      if (same === undefined || same.reason !== kind.reason || same.column !== kind.column || same.expected !== kind.expected) return null;
      map[k] = k;
    }
  }
  return { kinds, map };
}

/** The line of the last row whose cells passed, or -2 without one (as `FileAssembler` starts). */
function lastRowLine(p: ParsedFile): number {
  const rows = p.rowOrder.length;
  if (rows === 0) return -2;
  const at = p.rowLineJumps.length - 2;
  return p.rowLineJumps[at + 1]! + (rows - 1 - p.rowLineJumps[at]!);
}

/**
 * The one-thread `ParsedFile` (orders in order of first appearance, not yet sorted by day) of a
 * file whose first part is `a` and second `b`, `b`'s line numbers raised by `shift`; null when
 * only a one-thread parse can tell. The parts' columns are freed as they are merged: neither part is
 * of use afterwards, whatever the outcome.
 */
export function mergeParts(a: ParsedFile, b: ParsedFile, shift: number): ParsedFile | null {
  if (a.header.length !== b.header.length || a.header.some((name, i) => name !== b.header[i])) return null;
  if (b.warnings.length > 0) return null;
  const quote = a.kinds.findIndex((k) => k.reason === "unterminated_quote");
  if (a.rejectKind.includes(quote)) return null;
  const kinds = mergeKinds(a.kinds, b.kinds);
  if (kinds === null) return null;
  const customers = unionTable(a.customers, b.customers);
  const channels = unionTable(a.channels, b.channels);
  const categories = unionTable(a.categories, b.categories);
  const products = unionTable(a.products, b.products);
  const customerOf = (c: number) => (c < 0 ? c : customers.map[c]!);

  // Orders: `a`'s, then `b`'s that are new; `b`'s others join `a`'s order of the same id.
  const na = a.orders.length;
  const nb = b.orders.length;
  const shared = sharedOrders(a, b);
  const orderMap = new Int32Array(nb);
  let n = na;
  for (let o = 0; o < nb; o++) {
    const joined = shared === null ? -1 : shared[o]!;
    if (joined === -1) orderMap[o] = n++;
    else if (customerOf(b.orders.customer[o]!) !== a.orders.customer[joined] || b.orders.day[o] !== a.orders.day[joined]) return null;
    else orderMap[o] = joined;
  }
  const orders = {
    length: n,
    customer: new Int32Array(n),
    day: new Int32Array(n),
    amount: new Float64Array(n),
    channel: new Int32Array(n),
  };
  orders.customer.set(a.orders.customer.subarray(0, na));
  orders.day.set(a.orders.day.subarray(0, na));
  orders.amount.set(a.orders.amount.subarray(0, na));
  orders.channel.set(a.orders.channel.subarray(0, na));
  for (let o = 0; o < nb; o++) {
    const m = orderMap[o]!;
    if (m < na) continue;
    orders.customer[m] = customerOf(b.orders.customer[o]!);
    orders.day[m] = b.orders.day[o]!;
    orders.amount[m] = b.orders.amount[o]!;
    orders.channel[m] = channels.map[b.orders.channel[o]!]!;
  }

  if (shared !== null && !resum(orders.amount, b, shared, orderMap)) return null;
  for (const part of [a, b]) for (const column of [part.orders.customer, part.orders.day, part.orders.amount, part.orders.channel]) release(column);
  const la = a.lines.length;
  const lb = b.lines.length;
  const lines = {
    length: la + lb,
    order: new Int32Array(la + lb),
    category: new Int32Array(la + lb),
    product: new Int32Array(la + lb),
    amount: concatExact([a.lines.amount.subarray(0, la), b.lines.amount.subarray(0, lb)], AMOUNT_SCALE, la + lb),
    quantity: concatExact([a.lines.quantity.subarray(0, la), b.lines.quantity.subarray(0, lb)], QUANTITY_SCALE, la + lb),
  };
  lines.order.set(a.lines.order.subarray(0, la));
  lines.category.set(a.lines.category.subarray(0, la));
  lines.product.set(a.lines.product.subarray(0, la));
  for (let j = 0; j < lb; j++) {
    lines.order[la + j] = orderMap[b.lines.order[j]!]!;
    lines.category[la + j] = categories.map[b.lines.category[j]!]!;
    const product = b.lines.product[j]!;
    lines.product[la + j] = product < 0 ? product : products.map[product]!;
  }

  for (const part of [a, b]) for (const column of Object.values(part.lines)) if (typeof column !== "number") release(column);
  const ra = a.rowOrder.length;
  const rb = b.rowOrder.length;
  const rowOrder = new Int32Array(ra + rb);
  rowOrder.set(a.rowOrder);
  for (let i = 0; i < rb; i++) {
    const entry = b.rowOrder[i]!;
    rowOrder[ra + i] = entry >= 0 ? orderMap[entry]! : ~orderMap[~entry]!;
  }
  const lastLine = lastRowLine(a);
  release(a.rowOrder);
  release(b.rowOrder);

  // Line jumps: `b`'s first row is no jump when it follows `a`'s last row's line.
  let bj = b.rowLineJumps;
  if (bj.length > 0 && bj[0] === 0 && bj[1]! + shift === lastLine + 1) bj = bj.subarray(2);
  const rowLineJumps = new Int32Array(a.rowLineJumps.length + bj.length);
  rowLineJumps.set(a.rowLineJumps);
  for (let k = 0; k < bj.length; k += 2) {
    rowLineJumps[a.rowLineJumps.length + k] = bj[k]! + ra;
    rowLineJumps[a.rowLineJumps.length + k + 1] = bj[k + 1]! + shift;
  }
  const rejectLine = new Int32Array(a.rejectLine.length + b.rejectLine.length);
  const rejectKind = new Int32Array(rejectLine.length);
  rejectLine.set(a.rejectLine);
  rejectKind.set(a.rejectKind);
  for (let k = 0; k < b.rejectLine.length; k++) {
    rejectLine[a.rejectLine.length + k] = b.rejectLine[k]! + shift;
    rejectKind[a.rejectLine.length + k] = kinds.map[b.rejectKind[k]!]!;
  }

  const { orderIds, orderIdRange } = mergeOrderIds(a, b, shared, orderMap);
  return {
    header: a.header,
    sha256: a.sha256,
    bytes: a.bytes,
    warnings: a.warnings,
    customers: customers.table,
    channels: channels.table,
    categories: categories.table,
    products: products.table,
    orderIds,
    orderIdRange,
    orders,
    orderCreated: null,
    lines,
    lineCreated: null,
    rowOrder,
    rowLineJumps,
    rejectLine,
    rejectKind,
    kinds: kinds.kinds,
  };
}

/**
 * The amounts of orders on both sides, summed as one thread sums them: `a`'s total, then each
 * row of `b` in file order. Rows without a category leave no line to sum: then false.
 */
function resum(amount: Float64Array, b: ParsedFile, shared: Int32Array, orderMap: Int32Array): boolean {
  const rows = new Int32Array(b.orders.length);
  for (let i = 0; i < b.rowOrder.length; i++) {
    const entry = b.rowOrder[i]!;
    if (entry >= 0 && shared[entry] !== -1) rows[entry]!++;
  }
  const lineAmount = b.lines.amount;
  const scale = amountScale(lineAmount);
  for (let j = 0; j < b.lines.length; j++) {
    const o = b.lines.order[j]!;
    if (shared[o] === -1) continue;
    amount[orderMap[o]!]! += lineAmount[j]! / scale;
    rows[o]!--;
  }
  return rows.every((left) => left === 0);
}

/**
 * The merged order id table and the entries of its smallest and greatest id. `b`'s least id,
 * when `a` has it too, is not below `a`'s least (likewise the greatest): no search is needed.
 */
function mergeOrderIds(a: ParsedFile, b: ParsedFile, shared: Int32Array | null, orderMap: Int32Array): Pick<ParsedFile, "orderIds" | "orderIdRange"> {
  if (a.orderIds === null || b.orderIds === null) return { orderIds: null, orderIdRange: null };
  let fresh: Int32Array | null = null;
  if (shared !== null) {
    fresh = new Int32Array(orderMap.length - shared.reduce((k, joined) => (joined === -1 ? k : k + 1), 0));
    for (let o = 0, k = 0; o < shared.length; o++) if (shared[o] === -1) fresh[k++] = o;
  }
  const orderIds = concatTables(a.orderIds, fresh === null ? b.orderIds : gather(b.orderIds, fresh));
  const ar = a.orderIdRange;
  const br = b.orderIdRange;
  if (ar === null || br === null) return { orderIds, orderIdRange: ar ?? (br && [orderMap[br[0]]!, orderMap[br[1]]!]) };
  const text = (t: StringTable, k: number) => [t.bytes, ...span(t, k)] as const;
  const isShared = (o: number) => shared !== null && shared[o] !== -1;
  const lo = isShared(br[0]) || compareBytes(...text(a.orderIds, ar[0]), ...text(b.orderIds, br[0])) < 0 ? ar[0] : orderMap[br[0]]!;
  const hi = isShared(br[1]) || compareBytes(...text(a.orderIds, ar[1]), ...text(b.orderIds, br[1])) > 0 ? ar[1] : orderMap[br[1]]!;
  return { orderIds, orderIdRange: [lo, hi] };
}
