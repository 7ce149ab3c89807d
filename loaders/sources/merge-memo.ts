/**
 * The merge memo of incremental loads: merging a file interns its customer, channel, category
 * and product ids into the store's tables (a hash lookup per id, ~0.1 s for 36 monthly files at
 * 1M lines). Which global id each local id gets depends only on the files merged before it, so
 * a load stores each file's local → global maps with a chain key (SHA-256 over the cache keys and
 * sources of the files up to it, in load order) and the tables' sizes after it, plus the final
 * tables. The next load replays the maps of the longest prefix of files whose chain keys match,
 * then takes the tables' first entries as they were after that prefix and interns the rest as
 * usual. Stored like the month state (sealed, atomic; named by the code version of the merging
 * modules); a damaged memo is no memo.
 */
import { createHash } from "node:crypto";
import type { StringTable } from "./byte-table.ts";
import { codeVersion } from "./cache.ts";
import type { IdMaps } from "./local-ids.ts";
import { readStateBytes, writeStateEntry } from "./state-file.ts";
import { packArrays, unpackArrays } from "../lib/packed-arrays.ts";

/** What one load leaves for the next: per file its chain key, table sizes after it and id maps; the tables after the last. */
export interface MergeMemo {
  chain: string[];
  /** Per file, the four table sizes after merging it. */
  sizes: number[][];
  maps: IdMaps[];
  tables: StringTable[];
}

const PREFIX = "merge-";
let name: string | null = null;
const nameOf = () => (name ??= PREFIX + codeVersion([new URL("./store-builder.ts", import.meta.url), new URL("./merge-memo.ts", import.meta.url)]));

/** The chain key after `previous` (empty for the first file) of a file with cache key `key` from source `source`. */
export function chainKey(previous: string, key: string, source: number): string {
  return createHash("sha256").update(`${previous}\0${key}\0${source}`).digest("hex");
}

const MAGIC = "KBMERGE1";
type Part = Int32Array | Uint8Array;

/** The memo's bytes (`packArrays`): meta (chain, sizes, array element sizes and lengths), then the maps and tables. */
export function encodeMemo(memo: MergeMemo): Buffer {
  const parts: Part[] = [...memo.maps.flatMap((m) => [m.customer, m.channel, m.category, m.product]), ...memo.tables.flatMap((t) => [t.bytes, t.ends])];
  return packArrays(MAGIC, { chain: memo.chain, sizes: memo.sizes, parts: parts.map((a) => [a instanceof Int32Array ? 4 : 1, a.length]) }, parts);
}

/** The memo of `encodeMemo`'s bytes, or null when they are not one. */
export function decodeMemo(buf: Buffer | null): MergeMemo | null {
  try {
    const reader = unpackArrays<{ chain: string[]; sizes: number[][]; parts: [1 | 4, number][] }>(buf, MAGIC);
    if (reader === null) return null;
    const { meta } = reader;
    const files = meta.chain.length;
    if (meta.parts.length !== 4 * files + 8 || meta.sizes.length !== files || meta.parts.some(([bytes]) => bytes !== 4 && bytes !== 1)) return null;
    const parts = meta.parts.map(([bytes, length]) => reader.next(length, bytes));
    const i32 = (k: number) => parts[k] as Int32Array;
    const maps = Array.from({ length: files }, (_, f) => ({ customer: i32(4 * f), channel: i32(4 * f + 1), category: i32(4 * f + 2), product: i32(4 * f + 3) }));
    const tables = [0, 1, 2, 3].map((t) => ({ bytes: parts[4 * files + 2 * t] as Uint8Array, ends: i32(4 * files + 2 * t + 1) }));
    return { chain: meta.chain, sizes: meta.sizes, maps, tables };
  } catch {
    return null;
  }
}

/** The memo the last load left in `cacheDir`, or null. */
export async function readMergeMemo(cacheDir: string): Promise<MergeMemo | null> {
  return decodeMemo(await readStateBytes(cacheDir, nameOf()));
}

/** Stores `memo` for the next load (a failed write only costs that load time). */
export async function writeMergeMemo(cacheDir: string, memo: MergeMemo): Promise<void> {
  await writeStateEntry(cacheDir, nameOf(), encodeMemo(memo), PREFIX).catch(() => {});
}
