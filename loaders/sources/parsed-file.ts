/**
 * The compact result of reading one transactions file on its own: its orders and lines in
 * typed arrays with ids local to the file (string tables of canonical texts), plus what the
 * row account needs. It knows nothing of other files, so it can be cached by the file's
 * content hash (`cache.ts`) and merged into the store later (`store-builder.ts`), where
 * duplicate orders across files are found and the row account is completed.
 */
import { Float64Blocks, Int32Blocks, release } from "./blocks.ts";
import { compareBytes, type StringTable } from "./byte-table.ts";
import { AMOUNT_SCALE, ExactBlocks, QUANTITY_SCALE } from "./exact-values.ts";
import type { LineAmounts, LineQuantities } from "../model/store.ts";

/** A rejection kind of one file: the column it names (or null), its reason code and words. */
export interface RejectionKind {
  column: string | null;
  reason: string;
  expected: string;
}

/** One file, read and validated, before merging. */
export interface ParsedFile {
  /** Header cells (trimmed), empty for a file without a header. */
  header: string[];
  sha256: string;
  bytes: number;
  /** File-level warnings in words (encoding …), never data. */
  warnings: string[];
  /** Canonical texts by local id. */
  customers: StringTable;
  channels: StringTable;
  categories: StringTable;
  products: StringTable;
  /** Order ids in order of first appearance (the c-th order to appear is `orders[orderCreated[c]]`); null without an order id column. */
  orderIds: StringTable | null;
  /** Entries of `orderIds` with the smallest and the greatest id (byte order), or null without orders or ids. */
  orderIdRange: [number, number] | null;
  /** Local orders sorted by day, ties in order of first appearance; ids local (customer -1 = unregistered). */
  orders: { length: number; customer: Int32Array; day: Int32Array; amount: Float64Array; channel: Int32Array };
  /** Position in `orders` of the c-th order to appear; null when that is c (the file was in day order). */
  orderCreated: Int32Array | null;
  /** Rows that name a category, following their orders (`order` = position in `orders`), in file order within an order. */
  lines: { length: number; order: Int32Array; category: Int32Array; product: Int32Array; amount: LineAmounts; quantity: LineQuantities };
  /** Position in `lines` of the j-th line in file order; null when that is j. */
  lineCreated: Int32Array | null;
  /**
   * Every row whose cells passed, in file order: the position of its order in `orders`, or
   * `~position` when its order's first row has another customer or date (an `order_conflict`).
   */
  rowOrder: Int32Array;
  /** Lines of those rows where they are not the previous row's line + 1: pairs (row index, line). */
  rowLineJumps: Int32Array;
  /** Rows whose cells failed, in file order: their line and index into `kinds`. */
  rejectLine: Int32Array;
  rejectKind: Int32Array;
  kinds: RejectionKind[];
}

/** Local ids of one validated row (-1 = absent; `key` = id of its order id text, -1 without). */
export interface AssembledRow {
  key: number;
  customer: number;
  day: number;
  amount: number;
  quantity: number;
  channel: number;
  product: number;
  category: number;
}

/** Folds one file's validated rows into orders and lines, keeping the row account's events. */
export class FileAssembler {
  /** Local order of each order id text (by its id), -1 before its first accepted row. */
  private orderOfKey = new Int32Array(1024).fill(-1);
  private readonly oKey = new Int32Blocks();
  private readonly oCustomer = new Int32Blocks();
  private readonly oDay = new Int32Blocks();
  private readonly oAmount = new Float64Blocks();
  private readonly oChannel = new Int32Blocks();
  private readonly lOrder = new Int32Blocks();
  private readonly lCategory = new Int32Blocks();
  private readonly lProduct = new Int32Blocks();
  private readonly lAmount = new ExactBlocks(AMOUNT_SCALE);
  private readonly lQuantity = new ExactBlocks(QUANTITY_SCALE);
  private readonly rowOrder = new Int32Blocks();
  private readonly jumps = new Int32Blocks();
  private readonly rejectLine = new Int32Blocks();
  private readonly rejectKind = new Int32Blocks();
  private lastLine = -2;

  /** Adds a row whose cells passed; returns false for an order conflict (row not added). */
  row(line: number, r: AssembledRow): boolean {
    const rowIndex = this.rowOrder.length;
    if (line !== this.lastLine + 1) {
      this.jumps.push(rowIndex);
      this.jumps.push(line);
    }
    this.lastLine = line;
    let order = -1;
    if (r.key >= 0) {
      if (r.key >= this.orderOfKey.length) this.growKeys(r.key);
      order = this.orderOfKey[r.key]!;
      if (order >= 0 && (this.oCustomer.get(order) !== r.customer || this.oDay.get(order) !== r.day)) {
        this.rowOrder.push(~order);
        return false;
      }
    }
    if (order < 0) {
      order = this.oDay.length;
      if (r.key >= 0) this.orderOfKey[r.key] = order;
      this.oKey.push(r.key);
      this.oCustomer.push(r.customer);
      this.oDay.push(r.day);
      this.oAmount.push(0);
      this.oChannel.push(r.channel);
    }
    this.oAmount.add(order, r.amount);
    if (r.category >= 0) {
      this.lOrder.push(order);
      this.lCategory.push(r.category);
      this.lProduct.push(r.product);
      this.lAmount.push(r.amount);
      this.lQuantity.push(r.quantity);
    }
    this.rowOrder.push(order);
    return true;
  }

  /** Rows seen so far (accepted, in conflict or rejected). */
  get rows(): number {
    return this.rowOrder.length + this.rejectLine.length;
  }

  /** Sizes the columns for `rows` rows in all, by the proportions seen so far (one allocation each). */
  expect(rows: number): void {
    const factor = (rows / Math.max(1, this.rows)) * 1.05;
    const orders = Math.ceil(this.oDay.length * factor);
    for (const column of [this.oKey, this.oCustomer, this.oDay, this.oAmount, this.oChannel]) column.reserve(orders);
    const lines = Math.ceil(this.lOrder.length * factor);
    for (const column of [this.lOrder, this.lCategory, this.lProduct, this.lAmount, this.lQuantity]) column.reserve(lines);
    this.rowOrder.reserve(Math.ceil(this.rowOrder.length * factor));
    if (orders > this.orderOfKey.length) this.growKeys(orders - 1, true);
  }

  /** Records a row whose cells failed, with the index of its rejection kind. */
  reject(line: number, kind: number): void {
    this.rejectLine.push(line);
    this.rejectKind.push(kind);
  }

  /**
   * Packs everything into a `ParsedFile` (orders still in order of first appearance: see
   * `sortByDay`); `orderIds` gives the table of order id texts of the orders' keys.
   */
  finish(
    facts: Pick<ParsedFile, "header" | "sha256" | "bytes" | "warnings" | "kinds" | "customers" | "channels" | "categories" | "products">,
    orderIds: ((keys: Int32Array) => StringTable) | null,
    increasing = false,
  ): ParsedFile {
    const keys = this.oKey.toArray();
    release(this.orderOfKey);
    const ids = orderIds === null ? null : orderIds(keys);
    const n = keys.length;
    // Keys counting up 0, 1, 2 … in ids that counted up (see `TextMemo`) need no search for their range.
    const range = ids === null || n === 0 ? null : increasing ? [0, n - 1] as [number, number] : idRange(ids);
    release(keys);
    return {
      ...facts,
      orderIds: ids,
      orderIdRange: range,
      orderCreated: null,
      lineCreated: null,
      orders: {
        length: n,
        customer: this.oCustomer.toArray(),
        day: this.oDay.toArray(),
        amount: this.oAmount.toArray(),
        channel: this.oChannel.toArray(),
      },
      lines: {
        length: this.lOrder.length,
        order: this.lOrder.toArray(),
        category: this.lCategory.toArray(),
        product: this.lProduct.toArray(),
        amount: this.lAmount.toArray(),
        quantity: this.lQuantity.toArray(),
      },
      rowOrder: this.rowOrder.toArray(),
      rowLineJumps: this.jumps.toArray(),
      rejectLine: this.rejectLine.toArray(),
      rejectKind: this.rejectKind.toArray(),
    };
  }

  /** Room in `orderOfKey` up to `key`: doubled, or exactly `key + 1` when sizing for an estimate. */
  private growKeys(key: number, exact = false): void {
    let n = exact ? key + 1 : this.orderOfKey.length * 2;
    while (n <= key) n *= 2;
    const next = new Int32Array(n).fill(-1);
    next.set(this.orderOfKey);
    release(this.orderOfKey);
    this.orderOfKey = next;
  }
}

/** The buffers under a parsed file's typed arrays, each once (to move it to another thread). */
export function buffersOf(parsed: ParsedFile): ArrayBuffer[] {
  const seen = new Set<ArrayBuffer>();
  const visit = (value: unknown): void => {
    if (ArrayBuffer.isView(value)) {
      if (value.buffer instanceof ArrayBuffer && value.buffer.byteLength > 0) seen.add(value.buffer);
    } else if (value !== null && typeof value === "object") for (const item of Object.values(value)) visit(item);
  };
  visit(parsed);
  return [...seen];
}

/** Indexes of the smallest and the greatest entry of a non-empty table, in byte order. */
export function idRange(table: StringTable): [number, number] {
  const { bytes, ends } = table;
  let lo = 0;
  let hi = 0;
  for (let k = 1; k < ends.length; k++) {
    const s = ends[k - 1]!;
    if (compareBytes(bytes, s, ends[k]!, bytes, lo === 0 ? 0 : ends[lo - 1]!, ends[lo]!) < 0) lo = k;
    if (compareBytes(bytes, s, ends[k]!, bytes, hi === 0 ? 0 : ends[hi - 1]!, ends[hi]!) > 0) hi = k;
  }
  return [lo, hi];
}

/** The entries `ids[0], ids[1] …` of `table`, as a new table. */
export function gather(table: StringTable, ids: Int32Array): StringTable {
  const ends = new Int32Array(ids.length);
  let total = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    total += table.ends[id]! - (id === 0 ? 0 : table.ends[id - 1]!);
    ends[k] = total;
  }
  const bytes = new Uint8Array(total);
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    bytes.set(table.bytes.subarray(id === 0 ? 0 : table.ends[id - 1]!, table.ends[id]), k === 0 ? 0 : ends[k - 1]!);
  }
  return { bytes, ends };
}
