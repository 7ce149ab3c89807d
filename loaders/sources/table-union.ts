/**
 * String tables of two parts of one file (`merge-parts.ts`) put together: back to back, or as a
 * union in first-seen order (the first table's entries, then the second's new ones).
 */
import { ByteTable, hashBytes, type StringTable } from "./byte-table.ts";

/** Entry `k` of a table as [start, end) into its bytes. */
export const span = (t: StringTable, k: number): [number, number] => [k === 0 ? 0 : t.ends[k - 1]!, t.ends[k]!];

/** The union of two string tables: `a`'s entries, then `b`'s that `a` lacks, in `b`'s order; `map` takes `b`'s ids to the union's. */
export function unionTable(a: StringTable, b: StringTable): { table: StringTable; map: Int32Array } {
  const na = a.ends.length;
  const nb = b.ends.length;
  const map = new Int32Array(nb);
  if (nb === 0) return { table: a, map };
  const union = new ByteTable(na + nb);
  for (let k = 0; k < na; k++) {
    const [s, e] = span(a, k);
    union.insert(a.bytes, s, e, hashBytes(a.bytes, s, e));
  }
  for (let k = 0; k < nb; k++) {
    const [s, e] = span(b, k);
    map[k] = union.id(b.bytes, s, e);
  }
  const table = union.size === na ? a : union.table();
  union.dispose();
  return { table, map };
}

/** Both tables back to back, as a new table. */
export function concatTables(a: StringTable, b: StringTable): StringTable {
  const na = a.ends.length;
  const aBytes = na === 0 ? 0 : a.ends[na - 1]!;
  const nb = b.ends.length;
  const bBytes = nb === 0 ? 0 : b.ends[nb - 1]!;
  const bytes = new Uint8Array(aBytes + bBytes);
  bytes.set(a.bytes.subarray(0, aBytes));
  bytes.set(b.bytes.subarray(0, bBytes), aBytes);
  const ends = new Int32Array(na + nb);
  ends.set(a.ends.subarray(0, na));
  for (let k = 0; k < nb; k++) ends[na + k] = aBytes + b.ends[k]!;
  return { bytes, ends };
}
