/**
 * A hash set of byte strings that hands out dense ids 0, 1, 2 … in order of first insertion.
 * Keys are looked up straight from the bytes of a read buffer, so a cell seen before costs a
 * hash and a compare, never a JS string. Keys live back to back in one arena: an entry costs
 * its bytes plus about 24 bytes of index, a fraction of a `Map<string, number>` entry.
 */
import { release } from "./blocks.ts";

/** FNV-1a over `bytes[start, end)`, as a 32-bit integer. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h | 0;
}

/** Byte-wise order of two byte strings (for UTF-8 the order of their texts by code point). */
export function compareBytes(a: Uint8Array, as: number, ae: number, b: Uint8Array, bs: number, be: number): number {
  const n = Math.min(ae - as, be - bs);
  for (let i = 0; i < n; i++) if (a[as + i] !== b[bs + i]) return a[as + i]! - b[bs + i]!;
  return ae - as - (be - bs);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

/** Dense ids for byte strings; also a string table (`text(id)`) once filled. */
export class ByteTable {
  /** Key bytes, back to back; entry `id` is `arena[ends[id - 1] ?? 0, ends[id])`. */
  arena: Uint8Array;
  /** End offset in `arena` of each entry. */
  ends: Int32Array;
  /** Hash of each entry (so growing the index does not rehash the bytes). */
  private entryHash: Int32Array;
  size = 0;
  private used = 0;
  /** Open addressing, pairs per slot (one cache line for both): entry id + 1 (0 = empty), hash. */
  private slots: Int32Array;
  private mask: number;

  /**
   * Whether keys can be looked up. An unindexed table only appends (for keys known to be new,
   * e.g. ids that keep increasing) and costs no index memory until `index()` is called.
   */
  indexed: boolean;

  constructor(expected = 16, indexed = true) {
    this.indexed = indexed;
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    this.arena = new Uint8Array(Math.max(64, expected * 8));
    this.ends = new Int32Array(Math.max(16, expected));
    this.entryHash = new Int32Array(indexed ? this.ends.length : 0);
  }

  /** Id of the key `bytes[start, end)` with hash `h` (from `hashBytes`), or -1. */
  find(bytes: Uint8Array, start: number, end: number, h: number): number {
    const len = end - start;
    const { slots, mask, arena, ends } = this;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const ref = slots[2 * s]!;
      if (ref === 0) return -1;
      if (slots[2 * s + 1] !== h) continue;
      const id = ref - 1;
      const from = id === 0 ? 0 : ends[id - 1]!;
      if (ends[id]! - from !== len) continue;
      let i = 0;
      while (i < len && arena[from + i] === bytes[start + i]) i++;
      if (i === len) return id;
    }
  }

  /** Makes room for `entries` keys of `bytes` bytes in all (an unindexed table: no index room). */
  reserve(entries: number, bytes: number): void {
    if (bytes > this.arena.length) this.arena = grow(this.arena, bytes, 1);
    if (entries > this.ends.length) this.ends = grow(this.ends, entries, 1);
  }

  /** Adds a key known to be absent (call `find` first) and returns its new id. */
  insert(bytes: Uint8Array, start: number, end: number, h: number): number {
    const len = end - start;
    if (this.used + len > this.arena.length) this.arena = grow(this.arena, this.used + len);
    const arena = this.arena;
    const at = this.used;
    if (len <= 64) for (let i = 0; i < len; i++) arena[at + i] = bytes[start + i]!;
    else arena.set(bytes.subarray(start, end), at);
    this.used += len;
    const id = this.size++;
    if (id === this.ends.length) this.ends = grow(this.ends, id + 1);
    if (this.indexed && id >= this.entryHash.length) this.entryHash = grow(this.entryHash, id + 1);
    this.ends[id] = this.used;
    if (!this.indexed) return id;
    this.entryHash[id] = h;
    if (this.size * 8 > this.slots.length * 3) this.rehash();
    else this.place(id, h);
    return id;
  }

  /** Adds a key without indexing it (`indexed` must be false); its hash is taken by `index()`. */
  append(bytes: Uint8Array, start: number, end: number): number {
    return this.insert(bytes, start, end, 0);
  }

  /** Indexes every key appended so far; from now on keys are indexed as they are inserted. */
  index(): void {
    if (this.indexed) return;
    this.indexed = true;
    if (this.entryHash.length < this.ends.length) this.entryHash = grow(this.entryHash, this.ends.length);
    for (let id = 0; id < this.size; id++) this.entryHash[id] = hashBytes(this.arena, this.start(id), this.ends[id]!);
    let capacity = 16;
    while (capacity * 3 < this.size * 4 + 4) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    for (let id = 0; id < this.size; id++) this.place(id, this.entryHash[id]!);
  }

  /** Id of the key, inserting it when new. */
  id(bytes: Uint8Array, start: number, end: number): number {
    const h = hashBytes(bytes, start, end);
    const found = this.find(bytes, start, end, h);
    return found !== -1 ? found : this.insert(bytes, start, end, h);
  }

  /** Id of a string key (UTF-8), inserting it when new. */
  idOf(text: string): number {
    const bytes = encoder.encode(text);
    return this.id(bytes, 0, bytes.length);
  }

  /** Id of a string key, or -1. */
  findText(text: string): number {
    const bytes = encoder.encode(text);
    return this.find(bytes, 0, bytes.length, hashBytes(bytes, 0, bytes.length));
  }

  /** Start offset of entry `id` in `arena`. */
  start(id: number): number {
    return id === 0 ? 0 : this.ends[id - 1]!;
  }

  /** The key of entry `id` as text. */
  text(id: number): string {
    return decoder.decode(this.arena.subarray(this.start(id), this.ends[id]));
  }

  /** All keys as text, by id. */
  texts(): string[] {
    return Array.from({ length: this.size }, (_, id) => this.text(id));
  }

  /** The keys as a compact, exact-size string table (for caching and merging). */
  table(): StringTable {
    return { bytes: this.arena.slice(0, this.used), ends: this.ends.slice(0, this.size) };
  }

  /** Frees the table's memory now (the arena too unless `keepArena`); the table is unusable after. */
  dispose(keepArena = false): void {
    release(this.slots);
    release(this.entryHash);
    if (!keepArena) {
      release(this.arena);
      release(this.ends);
    }
    // Let go of the arrays either way: a kept arena belongs to the table it was handed out as,
    // and a disposed table that is still referenced (a parser's closures) must not hold it.
    this.arena = new Uint8Array(0);
    this.ends = this.slots = this.entryHash = new Int32Array(0);
    this.size = this.used = 0;
  }

  /** Forgets every key (keeps the allocated memory). */
  clear(): void {
    this.slots.fill(0);
    this.size = 0;
    this.used = 0;
  }

  private place(id: number, h: number): void {
    const { slots, mask } = this;
    let s = h & mask;
    while (slots[2 * s] !== 0) s = (s + 1) & mask;
    slots[2 * s] = id + 1;
    slots[2 * s + 1] = h;
  }

  private rehash(): void {
    const capacity = this.slots.length; // twice the slots: pairs
    release(this.slots);
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    for (let id = 0; id < this.size; id++) this.place(id, this.entryHash[id]!);
  }
}

/** Byte strings back to back: entry `i` is `bytes[ends[i - 1] ?? 0, ends[i])`. */
export interface StringTable {
  bytes: Uint8Array;
  ends: Int32Array;
}

/** Number of entries of a string table. */
export function tableSize(table: StringTable): number {
  return table.ends.length;
}

/** Entry `i` of a string table as text. */
export function tableText(table: StringTable, i: number): string {
  return decoder.decode(table.bytes.subarray(i === 0 ? 0 : table.ends[i - 1]!, table.ends[i]));
}

/** A copy of `array` with room for at least `need` elements (grown by `factor`, at least); the old one is freed. */
function grow<T extends Uint8Array | Int32Array>(array: T, need: number, factor = 1.5): T {
  let capacity = Math.max(16, Math.ceil(array.length * factor));
  while (capacity < need) capacity = Math.ceil(capacity * 1.5);
  const next = new (array.constructor as new (n: number) => T)(capacity);
  next.set(array);
  release(array);
  return next;
}
