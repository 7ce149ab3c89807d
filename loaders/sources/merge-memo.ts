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
const pad8 = (n: number) => (n + 7) & ~7;
type Part = Int32Array | Uint8Array;

/** The memo's bytes: magic, meta length, meta JSON (chain, sizes, array lengths), 8-byte-aligned arrays. */
export function encodeMemo(memo: MergeMemo): Buffer {
  const parts: Part[] = [...memo.maps.flatMap((m) => [m.customer, m.channel, m.category, m.product]), ...memo.tables.flatMap((t) => [t.bytes, t.ends])];
  const meta = Buffer.from(JSON.stringify({ chain: memo.chain, sizes: memo.sizes, parts: parts.map((a) => [a instanceof Int32Array ? 4 : 1, a.length]) }));
  let size = pad8(12 + meta.length);
  for (const a of parts) size += pad8(a.byteLength);
  const out = Buffer.alloc(size);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(meta.length, 8);
  meta.copy(out, 12);
  let at = pad8(12 + meta.length);
  for (const a of parts) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += pad8(a.byteLength);
  }
  return out;
}

/** The memo of `encodeMemo`'s bytes, or null when they are not one. */
export function decodeMemo(buf: Buffer | null): MergeMemo | null {
  try {
    if (buf === null || buf.length < 12 || buf.toString("latin1", 0, 8) !== MAGIC) return null;
    const metaLength = buf.readUInt32LE(8);
    const meta = JSON.parse(buf.toString("utf8", 12, 12 + metaLength)) as { chain: string[]; sizes: number[][]; parts: [number, number][] };
    let at = pad8(12 + metaLength);
    const parts = meta.parts.map(([bytes, length]) => {
      if (at + bytes * length > buf.length) throw new Error("short");
      const copy = buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + bytes * length) as ArrayBuffer;
      at += pad8(bytes * length);
      return bytes === 4 ? new Int32Array(copy) : new Uint8Array(copy);
    });
    const files = meta.chain.length;
    if (parts.length !== 4 * files + 8 || meta.sizes.length !== files) return null;
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
