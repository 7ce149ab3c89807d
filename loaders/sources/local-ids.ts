/** Maps a file's local string ids to the store's global ones, interning each text on first use. */
import { type ByteTable, hashBytes, type StringTable } from "./byte-table.ts";
import type { ParsedFile } from "./parsed-file.ts";

/** A merged file's local → global id maps (-1 = unused), which a later load of the same files may replay (`merge-memo.ts`). */
export interface IdMaps {
  customer: Int32Array;
  channel: Int32Array;
  category: Int32Array;
  product: Int32Array;
}

/** Local id → global id of one string table: `intern` on first use, then read `map`. */
export class LocalIds {
  readonly map: Int32Array;
  private readonly local: StringTable;
  private readonly global: ByteTable;

  constructor(local: StringTable, global: ByteTable) {
    this.local = local;
    this.global = global;
    this.map = new Int32Array(local.ends.length).fill(-1);
  }

  /** Interns local text `id` into the global table the first time it is used. */
  intern(id: number): void {
    if (this.map[id] !== -1) return;
    const { bytes, ends } = this.local;
    this.map[id] = this.global.id(bytes, id === 0 ? 0 : ends[id - 1]!, ends[id]!);
  }
}

/**
 * Interns a file's ids into the global `tables` (customers, channels, categories, products), in
 * order of first appearance (orders, then lines, as the file had them, duplicate orders left
 * out), so a store's numbering does not depend on how its files were sorted or cached.
 */
export function internFile(parsed: ParsedFile, duplicateOf: Int32Array | null, tables: readonly ByteTable[]): IdMaps {
  const { orders, lines } = parsed;
  const customerOf = new LocalIds(parsed.customers, tables[0]!);
  const channelOf = new LocalIds(parsed.channels, tables[1]!);
  const categoryOf = new LocalIds(parsed.categories, tables[2]!);
  const productOf = new LocalIds(parsed.products, tables[3]!);
  const created = parsed.orderCreated;
  for (let c = 0; c < orders.length; c++) {
    const k = created === null ? c : created[c]!;
    if (duplicateOf !== null && duplicateOf[k] !== -1) continue;
    if (orders.customer[k]! >= 0) customerOf.intern(orders.customer[k]!);
    channelOf.intern(orders.channel[k]!);
  }
  const lineCreated = parsed.lineCreated;
  for (let i = 0; i < lines.length; i++) {
    const j = lineCreated === null ? i : lineCreated[i]!;
    if (duplicateOf !== null && duplicateOf[lines.order[j]!] !== -1) continue;
    categoryOf.intern(lines.category[j]!);
    if (lines.product[j]! >= 0) productOf.intern(lines.product[j]!);
  }
  return { customer: customerOf.map, channel: channelOf.map, category: categoryOf.map, product: productOf.map };
}

/** Puts the first `sizes[t]` entries of `from[t]` into the empty tables `into[t]` (in id order, so with the same ids). */
export function adoptTables(into: readonly ByteTable[], from: readonly StringTable[], sizes: readonly number[]): void {
  into.forEach((table, t) => {
    const { bytes, ends } = from[t]!;
    for (let id = 0, start = 0; id < sizes[t]!; start = ends[id++]!) table.insert(bytes, start, ends[id]!, hashBytes(bytes, start, ends[id]!));
  });
}
