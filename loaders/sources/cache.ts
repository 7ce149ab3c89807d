/**
 * The incremental cache: a transactions file whose bytes, source description and loader code
 * are unchanged is not parsed again; its `ParsedFile` (typed arrays and string tables) is read
 * back from one binary file under the cache folder (`.klantbeeld/cache/` by default in the CLI).
 * Entries are written atomically (temp file + rename) with a SHA-256 of their contents, checked
 * on every read: an unreadable or altered entry is a miss.
 *
 * Key = SHA-256 over: the file's SHA-256, the source's format/columns/channel settings, the
 * reporting time zone, and the code version (`codeVersion`): the text of every module in the
 * import graph of the transaction reader (`transactions.ts`) and of this file, computed from
 * their imports, plus package-lock.json (papaparse, iconv-lite, zod … versions), the Node version
 * and its time-zone data. Any change there invalidates every old entry.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { TransactionSource } from "../schemas/config.ts";
import { importGraph } from "./import-graph.ts";
import type { ParsedFile } from "./parsed-file.ts";

/** Bump to drop all cache entries on a format change not visible in the hashed code. */
export const CACHE_FORMAT = 2;
const MAGIC = "KBCACHE2";
const PAYLOAD_MAGIC = "KBCACHE1";
const EXT = ".kbc";
/** Entry header: magic (8 bytes) + SHA-256 of the payload (32 bytes). */
const HEADER = 40;

/** The modules whose code decides a file's `ParsedFile`: the reader and the entry format. */
export const CODE_ROOTS = [new URL("./transactions.ts", import.meta.url), new URL("./cache.ts", import.meta.url)];
const LOCKFILE = new URL("../../package-lock.json", import.meta.url);

/**
 * SHA-256 over the import graph of `roots` (each module's path relative to `base` and its text),
 * the lockfile, the Node version and its ICU/time-zone data versions.
 */
export function codeVersion(roots: readonly URL[] = CODE_ROOTS, lockfile: URL = LOCKFILE, base: URL = new URL("../", import.meta.url)): string {
  const hash = createHash("sha256").update(`${CACHE_FORMAT}\0${process.version}\0${process.versions.tz ?? ""}\0${process.versions.icu ?? ""}\0`);
  const { modules, packages } = importGraph(roots);
  for (const url of modules) hash.update(`${url.href.slice(base.href.length)}\0`).update(readFileSync(url)).update("\0");
  hash.update(`${packages.join(",")}\0`);
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  return hash.digest("hex");
}

let codeHash: string | null = null;

/** The code version of this checkout (computed once per process). */
function loaderVersion(): string {
  codeHash ??= codeVersion();
  return codeHash;
}

/** The cache key of a file with content hash `sha256`, read as `source` into `reportZone`. */
export function cacheKey(sha256: string, source: TransactionSource, reportZone: string): string {
  const settings = { format: source.format, columns: source.columns, channel: source.channel ?? null, channelMap: source.channelMap, reportZone };
  return createHash("sha256").update(`${loaderVersion()}\0${sha256}\0${stableJson(settings)}`).digest("hex");
}

/** JSON with object keys sorted, so equal settings give equal text. */
function stableJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`)
    .join(",")}}`;
}

type Typed = Int32Array | Float64Array | Uint8Array;
type Kind = "i32" | "f64" | "u8";
const BYTES: Record<Kind, number> = { i32: 4, f64: 8, u8: 1 };

/** The typed arrays of a parsed file, by name, in a fixed order. */
function sections(p: ParsedFile): [string, Typed][] {
  const out: [string, Typed][] = [];
  const table = (name: string, t: { bytes: Uint8Array; ends: Int32Array }) => out.push([`${name}.bytes`, t.bytes], [`${name}.ends`, t.ends]);
  table("customers", p.customers);
  table("channels", p.channels);
  table("categories", p.categories);
  table("products", p.products);
  if (p.orderIds) table("orderIds", p.orderIds);
  for (const key of ["customer", "day", "amount", "channel"] as const) out.push([`orders.${key}`, p.orders[key]]);
  for (const key of ["order", "category", "product", "amount", "quantity"] as const) out.push([`lines.${key}`, p.lines[key]]);
  out.push(["rowOrder", p.rowOrder], ["rowLineJumps", p.rowLineJumps], ["rejectLine", p.rejectLine], ["rejectKind", p.rejectKind]);
  if (p.orderCreated) out.push(["orderCreated", p.orderCreated]);
  if (p.lineCreated) out.push(["lineCreated", p.lineCreated]);
  return out;
}

const kindOf = (a: Typed): Kind => (a instanceof Int32Array ? "i32" : a instanceof Float64Array ? "f64" : "u8");
const pad8 = (n: number) => (n + 7) & ~7;

/** Serialises a parsed file: magic, meta length, meta JSON, then 8-byte-aligned arrays. */
export function encodeParsed(p: ParsedFile): Buffer {
  const parts = sections(p);
  const meta = Buffer.from(
    JSON.stringify({
      header: p.header,
      sha256: p.sha256,
      bytes: p.bytes,
      warnings: p.warnings,
      kinds: p.kinds,
      orderIdRange: p.orderIdRange,
      orders: p.orders.length,
      lines: p.lines.length,
      sections: parts.map(([name, a]) => [name, kindOf(a), a.length]),
    }),
  );
  let size = pad8(16 + meta.length);
  for (const [, a] of parts) size += pad8(a.byteLength);
  const out = Buffer.alloc(size);
  out.write(PAYLOAD_MAGIC, 0, "latin1");
  out.writeUInt32LE(meta.length, 8);
  meta.copy(out, 16);
  let at = pad8(16 + meta.length);
  for (const [, a] of parts) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += pad8(a.byteLength);
  }
  return out;
}

/** Reads back `encodeParsed`'s bytes, or null when they are not a whole entry of this format. */
export function decodeParsed(buf: Buffer): ParsedFile | null {
  if (buf.length < 16 || buf.toString("latin1", 0, 8) !== PAYLOAD_MAGIC) return null;
  const metaLength = buf.readUInt32LE(8);
  if (16 + metaLength > buf.length) return null;
  const meta = JSON.parse(buf.toString("utf8", 16, 16 + metaLength)) as {
    header: string[];
    sha256: string;
    bytes: number;
    warnings: string[];
    kinds: ParsedFile["kinds"];
    orderIdRange: ParsedFile["orderIdRange"];
    orders: number;
    lines: number;
    sections: [string, Kind, number][];
  };
  const arrays = new Map<string, Typed>();
  let at = pad8(16 + metaLength);
  for (const [name, kind, length] of meta.sections) {
    const byteLength = length * BYTES[kind];
    if (at + byteLength > buf.length) return null;
    const offset = buf.byteOffset + at;
    const aligned = offset % BYTES[kind] === 0;
    const source = aligned ? buf.buffer : buf.buffer.slice(offset, offset + byteLength);
    const start = aligned ? offset : 0;
    arrays.set(name, kind === "i32" ? new Int32Array(source, start, length) : kind === "f64" ? new Float64Array(source, start, length) : new Uint8Array(source, start, length));
    at += pad8(byteLength);
  }
  const get = <T extends Typed>(name: string) => arrays.get(name) as T;
  const table = (name: string) => ({ bytes: get<Uint8Array>(`${name}.bytes`), ends: get<Int32Array>(`${name}.ends`) });
  return {
    header: meta.header,
    sha256: meta.sha256,
    bytes: meta.bytes,
    warnings: meta.warnings,
    kinds: meta.kinds,
    customers: table("customers"),
    channels: table("channels"),
    categories: table("categories"),
    products: table("products"),
    orderIds: arrays.has("orderIds.bytes") ? table("orderIds") : null,
    orderIdRange: meta.orderIdRange,
    orders: { length: meta.orders, customer: get("orders.customer"), day: get("orders.day"), amount: get("orders.amount"), channel: get("orders.channel") },
    lines: {
      length: meta.lines,
      order: get("lines.order"),
      category: get("lines.category"),
      product: get("lines.product"),
      amount: get("lines.amount"),
      quantity: get("lines.quantity"),
    },
    orderCreated: arrays.has("orderCreated") ? get("orderCreated") : null,
    lineCreated: arrays.has("lineCreated") ? get("lineCreated") : null,
    rowOrder: get("rowOrder"),
    rowLineJumps: get("rowLineJumps"),
    rejectLine: get("rejectLine"),
    rejectKind: get("rejectKind"),
  };
}

/** An entry as stored: magic, the payload's SHA-256, the payload (`encodeParsed`). */
export function sealEntry(payload: Buffer): Buffer {
  const header = Buffer.alloc(HEADER);
  header.write(MAGIC, 0, "latin1");
  createHash("sha256").update(payload).digest().copy(header, 8);
  return Buffer.concat([header, payload]);
}

/** The payload of a stored entry, or null when the magic or the checksum does not match. */
export function openEntry(buf: Buffer): Buffer | null {
  if (buf.length < HEADER || buf.toString("latin1", 0, 8) !== MAGIC) return null;
  const payload = buf.subarray(HEADER);
  return createHash("sha256").update(payload).digest().equals(buf.subarray(8, HEADER)) ? payload : null;
}

/** Where the entry `key` is stored. */
export function entryPath(cacheDir: string, key: string): string {
  return join(cacheDir, key + EXT);
}

/**
 * Reads the entry `key`, or null on a miss (absent, unreadable, or failing its checksum). With
 * `open` (a hashing thread's `readEntry`: the entry read and checked off the main thread, given
 * the magic and header length) the main thread only decodes it.
 */
export async function readCached(cacheDir: string, key: string, open?: (path: string, magic: string, header: number) => Promise<Buffer | null>): Promise<ParsedFile | null> {
  if (open) {
    const checked = await open(entryPath(cacheDir, key), MAGIC, HEADER);
    try {
      return checked === null ? null : decodeParsed(checked.subarray(HEADER));
    } catch {
      return null;
    }
  }
  let buf: Buffer;
  try {
    buf = await readFile(join(cacheDir, key + EXT));
  } catch {
    return null;
  }
  try {
    const payload = openEntry(buf);
    return payload === null ? null : decodeParsed(payload);
  } catch {
    return null;
  }
}

let written = 0;

/** Writes the entry `key` atomically: a temp file in the same folder, then a rename. */
export async function writeCached(cacheDir: string, key: string, parsed: ParsedFile): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const path = join(cacheDir, key + EXT);
  const temp = `${path}.${process.pid}.${written++}.tmp`;
  try {
    await writeFile(temp, sealEntry(encodeParsed(parsed)));
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Removes the entries not in `keep` (and this process's stray temp files), so the folder does not grow forever. */
export async function pruneCache(cacheDir: string, keep: ReadonlySet<string>): Promise<void> {
  let names: string[];
  try {
    names = await readdir(cacheDir);
  } catch {
    return;
  }
  for (const name of names) {
    const ours = name.endsWith(".tmp") && name.includes(`.${process.pid}.`);
    if (ours || (name.endsWith(EXT) && !keep.has(name.slice(0, -EXT.length)))) await rm(join(cacheDir, name), { force: true });
  }
}
