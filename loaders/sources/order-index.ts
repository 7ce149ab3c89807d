import { compareBytes, hashBytes } from "./byte-table.ts";

/**
 * The order ids already loaded from one source, for finding an order that a later file
 * repeats. Holds no text of its own: a slot points at an order by a number the owner can
 * turn into its id bytes (`bytesOf`). About 11 bytes per order, besides the ids themselves.
 */

/** Where the id bytes of a loaded order are. */
export interface IdBytes {
  bytes: Uint8Array;
  start: number;
  end: number;
}

/** Open-addressing set of loaded orders keyed by their id bytes. */
export class OrderIndex {
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private mask = 1023;
  private size = 0;
  private readonly bytesOf: (order: number) => IdBytes;

  constructor(bytesOf: (order: number) => IdBytes) {
    this.bytesOf = bytesOf;
  }

  /** The loaded order whose id is `bytes[start, end)` (hash `h`), or -1. */
  find(bytes: Uint8Array, start: number, end: number, h: number): number {
    const len = end - start;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const ref = this.slots[s]!;
      if (ref === 0) return -1;
      if (this.hashes[s] !== h) continue;
      const id = this.bytesOf(ref - 1);
      if (id.end - id.start !== len) continue;
      let i = 0;
      while (i < len && id.bytes[id.start + i] === bytes[start + i]) i++;
      if (i === len) return ref - 1;
    }
  }

  /** The loaded order with this id; when there is none, adds `order` under it and returns -1. */
  findOrInsert(bytes: Uint8Array, start: number, end: number, h: number, order: number): number {
    const found = this.find(bytes, start, end, h);
    if (found === -1) this.insert(order, h);
    return found;
  }

  /** Adds a loaded order (its id must not be in the set) with the hash of its id. */
  insert(order: number, h: number): void {
    if ((this.size + 1) * 4 > this.slots.length * 3) this.grow();
    this.place(order + 1, h);
    this.size++;
  }

  private place(ref: number, h: number): void {
    let s = h & this.mask;
    while (this.slots[s] !== 0) s = (s + 1) & this.mask;
    this.slots[s] = ref;
    this.hashes[s] = h;
  }

  private grow(): void {
    const slots = this.slots;
    const hashes = this.hashes;
    this.slots = new Int32Array(slots.length * 2);
    this.hashes = new Int32Array(slots.length * 2);
    this.mask = slots.length * 2 - 1;
    for (let s = 0; s < slots.length; s++) if (slots[s] !== 0) this.place(slots[s]!, hashes[s]!);
  }
}

/** Order ids back to back, as a parsed file holds them. */
interface IdTable {
  bytes: Uint8Array;
  ends: Int32Array;
}

/**
 * Duplicate detection for one source. Exports usually number orders upwards, so files cover
 * disjoint id ranges and cannot share an id: then only each file's smallest and largest id are
 * kept. The exact index over all loaded ids is built the first time ranges overlap.
 */
export class SourceOrderIds {
  private readonly ranges: { min: Uint8Array; max: Uint8Array }[] = [];
  private files: { idBase: number; ids: IdTable }[] = [];
  private index: OrderIndex | null = null;
  private readonly bytesOf: (ref: number) => IdBytes;

  /** `bytesOf` gives the id bytes of a ref (refs are `idBase + k` of the files checked). */
  constructor(bytesOf: (ref: number) => IdBytes) {
    this.bytesOf = bytesOf;
  }

  /**
   * Registers a file's ids (refs `idBase + k`; `range` = its entries with the smallest and the
   * greatest id) and reports each id an earlier file holds, with that file's ref.
   */
  check(ids: IdTable, range: [number, number], idBase: number, onDuplicate: (k: number, ref: number) => void): void {
    const n = ids.ends.length;
    if (n === 0) return;
    if (this.index === null) {
      const { bytes, ends } = ids;
      const [lo, hi] = range;
      const min = bytes.slice(lo === 0 ? 0 : ends[lo - 1]!, ends[lo]!);
      const max = bytes.slice(hi === 0 ? 0 : ends[hi - 1]!, ends[hi]!);
      const overlaps = this.ranges.some(
        (r) => compareBytes(min, 0, min.length, r.max, 0, r.max.length) <= 0 && compareBytes(r.min, 0, r.min.length, max, 0, max.length) <= 0,
      );
      this.ranges.push({ min, max });
      if (!overlaps) {
        this.files.push({ idBase, ids });
        return;
      }
      this.materialize();
    }
    const index = this.index!;
    const { bytes, ends } = ids;
    for (let k = 0; k < n; k++) {
      const start = k === 0 ? 0 : ends[k - 1]!;
      const found = index.findOrInsert(bytes, start, ends[k]!, hashBytes(bytes, start, ends[k]!), idBase + k);
      if (found !== -1) onDuplicate(k, found);
    }
  }

  /** The ref of an id an earlier file holds, or -1 (builds the exact index if the id is in a range). */
  find(bytes: Uint8Array, start: number, end: number): number {
    if (this.index === null) {
      const inRange = this.ranges.some(
        (r) => compareBytes(bytes, start, end, r.max, 0, r.max.length) <= 0 && compareBytes(r.min, 0, r.min.length, bytes, start, end) <= 0,
      );
      if (!inRange) return -1;
      this.materialize();
    }
    return this.index!.find(bytes, start, end, hashBytes(bytes, start, end));
  }

  /** Builds the exact index over every id checked so far (they are distinct: their ranges were disjoint). */
  private materialize(): void {
    const index = new OrderIndex(this.bytesOf);
    for (const { idBase, ids } of this.files) {
      for (let k = 0; k < ids.ends.length; k++) {
        const start = k === 0 ? 0 : ids.ends[k - 1]!;
        index.insert(idBase + k, hashBytes(ids.bytes, start, ids.ends[k]!));
      }
    }
    this.files = [];
    this.index = index;
  }
}
