/**
 * Merges parsed files into the compact `Store`: ids are interned across files, an order id a
 * source already loaded from another file makes its rows duplicates, and each file's typed
 * arrays are kept as a chunk (remapped in place, not copied) until `finish()` sorts them all
 * by day into the store. Nothing of the CSV text is kept.
 */
import type { FileAccount } from "../model/file-account.ts";
import { release } from "./blocks.ts";
import { ByteTable, type StringTable } from "./byte-table.ts";
import { fileAccount, firstLines } from "./file-account.ts";
import { sortByDay } from "./file-sort.ts";
import { adoptTables, type IdMaps, internFile } from "./local-ids.ts";
import { type IdBytes, SourceOrderIds } from "./order-index.ts";
import type { Store } from "../model/store.ts";
import { FileAssembler, gather, type ParsedFile } from "./parsed-file.ts";
import { assembleStore, type Chunk } from "./store-chunks.ts";

/** Outcome of adding a row: accepted, or why it cannot be. */
export type AddResult =
  | { ok: true }
  | { ok: false; reason: "duplicate_order"; firstFile: number }
  | { ok: false; reason: "order_conflict" };

const OK: AddResult = { ok: true };
const CONFLICT: AddResult = { ok: false, reason: "order_conflict" };

/** One validated row as `add` takes it (ids as text, everything else parsed). */
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

/** Which file a parsed file is, for merging. */
export interface MergeContext {
  source: number;
  sourceName: string;
  file: number;
  fileName: string;
  fileNames: readonly string[];
}

/** Rows given one by one through `add`, gathered per file. */
interface Pending {
  source: number;
  file: number;
  assembler: FileAssembler;
  line: number;
  customers: ByteTable;
  channels: ByteTable;
  categories: ByteTable;
  products: ByteTable;
  orderIds: ByteTable;
}

const encoder = new TextEncoder();

/** Accumulates files (or rows); `finish()` returns the day-sorted `Store`. */
export class StoreBuilder {
  private readonly customers = new ByteTable(1024);
  private readonly channels = new ByteTable();
  private readonly categories = new ByteTable();
  private readonly products = new ByteTable(1024);
  /** Per source: the order ids loaded, to find an order a later file repeats. */
  private readonly orderIds: SourceOrderIds[] = [];
  private readonly chunks: Chunk[] = [];
  private orderCount = 0;
  /** Order-id refs handed out so far (one per parsed order, duplicates included). */
  private idCount = 0;
  /** Order ids of the file being merged (refs from `idCount` on). */
  private current: StringTable | null = null;
  private pending: Pending | null = null;
  private readonly idBytes: IdBytes = { bytes: new Uint8Array(0), start: 0, end: 0 };

  /**
   * Merges one parsed file (its arrays are taken over and remapped in place) and returns its
   * row account. Files must be merged in load order: the first file with an order id keeps it.
   */
  mergeFile(parsed: ParsedFile, at: MergeContext, known?: IdMaps): FileAccount {
    this.seal();
    const n = parsed.orders.length;
    const idBase = this.idCount;
    let duplicateOf: Int32Array | null = null;
    let duplicateLine: Int32Array | null = null;
    if (parsed.orderIds !== null) {
      // Refs from `idBase` on are this file's orders (by first appearance): their ids are read from `parsed` meanwhile.
      this.current = parsed.orderIds;
      const created = parsed.orderCreated;
      this.orderIdsOf(at.source).check(parsed.orderIds, parsed.orderIdRange ?? [0, 0], idBase, (c, ref) => {
        duplicateOf ??= new Int32Array(n).fill(-1);
        duplicateLine ??= new Int32Array(n);
        const first = this.chunkOfRef(ref);
        duplicateOf[created === null ? c : created[c]!] = first.file;
        duplicateLine[created === null ? c : created[c]!] = first.firstLine?.[ref - first.idBase] ?? 0;
      });
      this.current = null;
    }
    const account = fileAccount(parsed, { file: at.fileName, source: at.sourceName, fileNames: at.fileNames, duplicateOf, duplicateLine });
    const firstLine = parsed.orderIds === null ? null : firstLines(parsed);
    this.chunks.push(this.remap(parsed, at.file, idBase, duplicateOf, known));
    this.chunks.at(-1)!.firstLine = firstLine;
    this.orderCount += this.chunks.at(-1)!.orders.length;
    this.idCount += n;
    for (const done of [parsed.rowOrder, parsed.rowLineJumps, parsed.rejectLine, parsed.rejectKind, parsed.orderCreated, parsed.lineCreated]) release(done);
    return account;
  }

  /** Adds one row; rows of an order seen before in another file of the source are duplicates. Rows of one file must come together. */
  add(row: RowInput): AddResult {
    let p = this.pending;
    if (p === null || p.file !== row.file || p.source !== row.source) {
      this.seal();
      p = this.pending = {
        source: row.source,
        file: row.file,
        assembler: new FileAssembler(),
        line: 1,
        customers: new ByteTable(),
        channels: new ByteTable(),
        categories: new ByteTable(),
        products: new ByteTable(),
        orderIds: new ByteTable(),
      };
    }
    let key = -1;
    if (row.orderId !== null) {
      const bytes = encoder.encode(row.orderId);
      const found = this.orderIdsOf(row.source).find(bytes, 0, bytes.length);
      if (found !== -1) return { ok: false, reason: "duplicate_order", firstFile: this.chunkOfRef(found).file };
      key = p.orderIds.id(bytes, 0, bytes.length);
    }
    const ok = p.assembler.row(++p.line, {
      key,
      customer: row.customerId === null ? -1 : p.customers.idOf(row.customerId),
      day: row.day,
      amount: row.amount,
      quantity: row.quantity,
      channel: p.channels.idOf(row.channel),
      product: row.product === null ? -1 : p.products.idOf(row.product),
      category: row.category === null ? -1 : p.categories.idOf(row.category),
    });
    return ok ? OK : CONFLICT;
  }

  /** Sorts orders and lines by day and freezes them into the store (the builder is spent). */
  finish(): Store {
    this.seal();
    this.orderIds.length = 0;
    return assembleStore(this.chunks.splice(0), {
      customers: this.customers.texts(),
      channels: this.channels.texts(),
      categories: this.categories.texts(),
      products: this.products.texts(),
    });
  }

  /** Merges the rows given through `add` as one file (they were checked for duplicates already). */
  private seal(): void {
    const p = this.pending;
    if (p === null) return;
    this.pending = null;
    const parsed = p.assembler.finish(
      {
        header: [],
        sha256: "",
        bytes: 0,
        warnings: [],
        kinds: [],
        customers: p.customers.table(),
        channels: p.channels.table(),
        categories: p.categories.table(),
        products: p.products.table(),
      },
      p.orderIds.size > 0 ? (keys) => gather(p.orderIds.table(), keys) : null,
    );
    sortByDay(parsed);
    this.mergeFile(parsed, { source: p.source, sourceName: "", file: p.file, fileName: "", fileNames: [] });
  }

  /** The local → global id maps of the file merged last. */
  lastMaps: IdMaps | null = null;

  /** Entries of the global tables (customers, channels, categories, products) so far. */
  tableSizes(): number[] {
    return [this.customers.size, this.channels.size, this.categories.size, this.products.size];
  }

  /** The global tables (customers, channels, categories, products) as compact copies. */
  tables(): StringTable[] {
    return [this.customers, this.channels, this.categories, this.products].map((t) => t.table());
  }

  /** Puts the first `sizes[t]` entries of `tables[t]` into the empty global tables: what interning the files merged with replayed maps put there. */
  adoptTables(tables: readonly StringTable[], sizes: readonly number[]): void {
    adoptTables([this.customers, this.channels, this.categories, this.products], tables, sizes);
  }

  /** Turns a parsed file into a chunk with global ids (interned, or the `known` maps replayed), dropping duplicate orders and their lines. */
  private remap(parsed: ParsedFile, file: number, idBase: number, duplicateOf: Int32Array | null, known?: IdMaps): Chunk {
    const { orders, lines } = parsed;
    const maps = (this.lastMaps = known ?? internFile(parsed, duplicateOf, [this.customers, this.channels, this.categories, this.products]));
    const customerMap = maps.customer;
    const channelMap = maps.channel;
    const categoryMap = maps.category;
    const productMap = maps.product;
    const keptIndex = duplicateOf === null ? null : new Int32Array(orders.length).fill(-1);
    let w = 0;
    for (let k = 0; k < orders.length; k++) {
      if (duplicateOf !== null && duplicateOf[k] !== -1) continue;
      if (keptIndex !== null) keptIndex[k] = w;
      const c = orders.customer[k]!;
      orders.customer[w] = c < 0 ? -1 : customerMap[c]!;
      orders.day[w] = orders.day[k]!;
      orders.amount[w] = orders.amount[k]!;
      orders.channel[w] = channelMap[orders.channel[k]!]!;
      w++;
    }
    const orderBase = this.orderCount;
    let v = 0;
    for (let j = 0; j < lines.length; j++) {
      const o = lines.order[j]!;
      if (keptIndex !== null && keptIndex[o] === -1) continue;
      lines.order[v] = orderBase + (keptIndex === null ? o : keptIndex[o]!);
      lines.category[v] = categoryMap[lines.category[j]!]!;
      const p = lines.product[j]!;
      lines.product[v] = p < 0 ? -1 : productMap[p]!;
      lines.amount[v] = lines.amount[j]!;
      lines.quantity[v] = lines.quantity[j]!;
      v++;
    }
    const cut = <T extends Int32Array | Float64Array>(a: T, length: number): T => (a.length === length ? a : (a.subarray(0, length) as T));
    return {
      file,
      orderBase,
      idBase,
      orders: { length: w, customer: cut(orders.customer, w), day: cut(orders.day, w), amount: cut(orders.amount, w), channel: cut(orders.channel, w) },
      lines: {
        length: v,
        order: cut(lines.order, v),
        category: cut(lines.category, v),
        product: cut(lines.product, v),
        amount: cut(lines.amount, v),
        quantity: cut(lines.quantity, v),
      },
      orderIds: parsed.orderIds,
    };
  }

  private orderIdsOf(source: number): SourceOrderIds {
    return (this.orderIds[source] ??= new SourceOrderIds((ref) => this.orderIdBytes(ref)));
  }

  /** The chunk holding order-id ref `ref` (chunks are in order of their `idBase`). */
  private chunkOfRef(ref: number): Chunk {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.chunks[mid]!.idBase <= ref) lo = mid;
      else hi = mid - 1;
    }
    return this.chunks[lo]!;
  }

  private orderIdBytes(ref: number): IdBytes {
    let table: StringTable;
    let k: number;
    if (ref >= this.idCount) {
      table = this.current!;
      k = ref - this.idCount;
    } else {
      const chunk = this.chunkOfRef(ref);
      table = chunk.orderIds!;
      k = ref - chunk.idBase;
    }
    this.idBytes.bytes = table.bytes;
    this.idBytes.start = k === 0 ? 0 : table.ends[k - 1]!;
    this.idBytes.end = table.ends[k]!;
    return this.idBytes;
  }
}
