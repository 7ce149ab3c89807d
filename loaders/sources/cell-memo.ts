/**
 * Applies the zod cell rules of `schemas/transaction.ts` to cells given as bytes, once per
 * distinct cell text: a cell whose bytes were seen before costs a hash and a compare and no
 * JS string; a new text is decoded, parsed by zod and remembered. So zod stays the one
 * definition of the row contract while a million rows cost a few thousand zod parses.
 */
import type { Format } from "../schemas/config.ts";
import type { CellRule } from "../schemas/transaction.ts";
import { release } from "./blocks.ts";
import { ByteTable, compareBytes, hashBytes, type StringTable } from "./byte-table.ts";
import { cellText, type RecordView } from "./csv-record.ts";

/** Id returned by `TextMemo.get` for a cell that fails its rule. */
export const BAD = -2;
/** Id returned by `TextMemo.get` for a cell the rule reads as absent (`null`). */
export const NONE = -1;

/** How often a column's memo answered versus zod. */
export interface MemoStats {
  cells: number;
  zodParses: number;
}

/**
 * A numeric column (amount, quantity, unit price, date → day): cell bytes → value, NaN when the
 * cell fails its rule. The memo is emptied when it holds `limit` texts, so a column with
 * millions of distinct amounts cannot grow it without bound.
 */
export class NumberMemo {
  readonly stats: MemoStats = { cells: 0, zodParses: 0 };
  private readonly table = new ByteTable(1024);
  private values = new Float64Array(1024);
  /** The previous cell looked up: rows of one order repeat most cells of the row before. */
  private readonly last: LastCell = { chunk: -1, start: 0, end: 0, value: 0 };
  private readonly rule: CellRule<number>;
  private readonly encoding: Format["encoding"];
  private readonly limit: number;

  constructor(rule: CellRule<number>, encoding: Format["encoding"], limit = 1 << 16) {
    this.rule = rule;
    this.encoding = encoding;
    this.limit = limit;
  }

  /** The value of cell `i` of `record`, or NaN. */
  get(record: RecordView, i: number): number {
    this.stats.cells++;
    if (record.escaped[i]) return this.parse(cellText(record, i, this.encoding));
    const bytes = record.bytes;
    const s = record.start[i]!;
    const e = record.end[i]!;
    const last = this.last;
    if (record.chunk === last.chunk && e - s === last.end - last.start && sameBytes(bytes, s, last.start, e - s)) return last.value;
    last.chunk = record.chunk;
    last.start = s;
    last.end = e;
    const h = hashBytes(bytes, s, e);
    const id = this.table.find(bytes, s, e, h);
    if (id !== -1) return (last.value = this.values[id]!);
    const value = (last.value = this.parse(cellText(record, i, this.encoding)));
    if (this.table.size >= this.limit) this.table.clear();
    const added = this.table.insert(bytes, s, e, h);
    if (added === this.values.length) {
      const next = new Float64Array(added * 2);
      next.set(this.values);
      this.values = next;
    }
    this.values[added] = value;
    return value;
  }

  /** Parses one text with zod (also used for a fixed value). */
  parse(text: string): number {
    this.stats.zodParses++;
    const result = this.rule.schema.safeParse(text);
    return result.success ? result.data : Number.NaN;
  }
}

/**
 * A text column (order id, customer id, channel, product, category): cell bytes → a dense id
 * of the canonical text zod makes of it (trimmed, renamed …), `NONE` for a blank optional
 * cell, `BAD` when the cell fails its rule. Raw spellings of one canonical text share its id.
 * Grows with the distinct values (customers, orders), as the store must anyway.
 */
export class TextMemo {
  readonly stats: MemoStats = { cells: 0, zodParses: 0 };
  /**
   * Raw cell texts seen, as keys (in UTF-8 files also the canonical texts). While every new
   * text sorts after all earlier ones (order numbers counting up) it is not indexed at all:
   * a text greater than the greatest seen is new without a lookup, one equal to it is that key
   * (rows of one order follow each other).
   */
  private readonly keys: ByteTable;
  /** While `keys` is unindexed: the greatest key. */
  private maxKey = -1;
  private readonly last: LastCell = { chunk: -1, start: 0, end: 0, value: 0 };
  /** Per key: its canonical id, `NONE` or `BAD`. */
  private canon = new Int32Array(1024);
  /**
   * Canonical texts (UTF-8). In a UTF-8 file raw and canonical bytes mean the same text, so
   * `keys` holds both (an order id costs one entry); in windows-1252 they are kept apart.
   */
  private readonly canonical: ByteTable | null;
  /** UTF-8 files: per canonical id, the key holding its text. */
  private canonKey = new Int32Array(1024);
  /** Number of canonical ids. */
  size = 0;
  /** The table whose arena `tableOf` handed out without copying. */
  private shared: ByteTable | null = null;
  private readonly encoder = new TextEncoder();
  private readonly rule: CellRule<string | null>;
  private readonly encoding: Format["encoding"];

  constructor(rule: CellRule<string | null>, encoding: Format["encoding"]) {
    this.rule = rule;
    this.encoding = encoding;
    this.canonical = encoding === "utf-8" ? null : new ByteTable(1024);
    this.keys = new ByteTable(1024, encoding !== "utf-8");
  }

  /** The canonical id of cell `i` of `record`, `NONE` or `BAD`. */
  get(record: RecordView, i: number): number {
    this.stats.cells++;
    if (record.escaped[i]) return this.idOfText(cellText(record, i, this.encoding));
    const bytes = record.bytes;
    const s = record.start[i]!;
    const e = record.end[i]!;
    const last = this.last;
    if (record.chunk === last.chunk && e - s === last.end - last.start && sameBytes(bytes, s, last.start, e - s)) return last.value;
    const id = this.lookup(record, i, bytes, s, e);
    last.chunk = record.chunk;
    last.start = s;
    last.end = e;
    last.value = id;
    return id;
  }

  private lookup(record: RecordView, i: number, bytes: Buffer, s: number, e: number): number {
    const keys = this.keys;
    if (!keys.indexed) {
      const max = this.maxKey;
      const order = max === -1 ? 1 : compareBytes(bytes, s, e, keys.arena, keys.start(max), keys.ends[max]!);
      // The greatest text again (the next row of the same order): its id, still without an index.
      if (order === 0) return max;
      if (order > 0) {
        const text = cellText(record, i, this.encoding);
        this.stats.zodParses++;
        const result = this.rule.schema.safeParse(text);
        if (result.success && result.data === text && !text.includes("\uFFFD")) {
          // Key id = canonical id while the texts count up: no `canon`/`canonKey` needed yet.
          this.size++;
          this.maxKey = keys.append(bytes, s, e);
          return this.maxKey;
        }
      }
      this.leaveMonotone(); // the texts stopped counting up: look them up from now on
    }
    const h = hashBytes(bytes, s, e);
    const key = this.keys.find(bytes, s, e, h);
    if (key !== -1) return this.canon[key]!;
    const text = cellText(record, i, this.encoding);
    this.stats.zodParses++;
    const result = this.rule.schema.safeParse(text);
    const verdict = !result.success ? BAD : result.data === null ? NONE : -3;
    if (verdict === -3 && this.canonical === null && result.data === text && !text.includes("\uFFFD")) {
      // Canonical as written (the usual case): the raw bytes are its UTF-8 key, not found above.
      const id = this.size++;
      if (id === this.canonKey.length) this.canonKey = grown(this.canonKey);
      const key = this.keys.insert(bytes, s, e, h);
      this.setCanon(key, id);
      this.canonKey[id] = key;
      return id;
    }
    const id = verdict === -3 ? this.canonicalOf(result.data!) : verdict;
    // The raw text may itself be the canonical text, just added by `canonicalOf`.
    if (this.canonical !== null || this.keys.find(bytes, s, e, h) === -1) this.setCanon(this.keys.insert(bytes, s, e, h), id);
    return id;
  }

  /** The canonical id of a text (a fixed channel, a cell with `""` escapes); zod runs once per call. */
  idOfText(text: string): number {
    return this.canonicalId(text);
  }

  /** Makes room for `texts` distinct texts in all, by the average length seen so far. */
  reserve(texts: number): void {
    const size = this.keys.size;
    if (size === 0 || texts <= size) return;
    this.keys.reserve(texts, Math.ceil((this.keys.ends[size - 1]! / size) * texts));
  }

  /** Whether every new text so far sorted after all earlier ones (ids counting up). */
  get counting(): boolean {
    return !this.keys.indexed;
  }

  /** Starts looking texts up: indexes the keys and writes down their (identity) canonical ids. */
  private leaveMonotone(): void {
    if (this.keys.indexed) return;
    const n = this.size;
    this.canon = new Int32Array(Math.max(1024, n * 2));
    this.canonKey = new Int32Array(Math.max(1024, n * 2));
    for (let k = 0; k < n; k++) this.canon[k] = this.canonKey[k] = k;
    this.keys.index();
  }

  /** Frees the memo's memory now (except texts handed out by `tableOf` without copying). */
  dispose(): void {
    release(this.canon);
    release(this.canonKey);
    this.keys.dispose(this.shared === this.keys);
    this.canonical?.dispose(this.shared === this.canonical);
  }

  /** Canonical texts by id, as a compact string table. */
  table(): StringTable {
    if (this.canonical !== null) return this.canonical.table();
    return this.tableOf(Int32Array.from({ length: this.size }, (_, c) => c));
  }

  /** The canonical texts of ids `ids[0], ids[1] …`, as a compact string table. */
  tableOf(ids: Int32Array): StringTable {
    const table = this.canonical ?? this.keys;
    const identity = this.canonical !== null || !this.keys.indexed;
    let inOrder = identity && ids.length === table.size;
    for (let k = 0; inOrder && k < ids.length; k++) inOrder = ids[k] === k;
    if (inOrder) {
      // Every text in first-seen order: hand out the arena itself instead of a copy.
      this.shared = table;
      const n = ids.length;
      return { bytes: table.arena.subarray(0, n === 0 ? 0 : table.ends[n - 1]), ends: table.ends.subarray(0, n) };
    }
    const keyOf = (c: number) => (identity ? c : this.canonKey[c]!);
    const ends = new Int32Array(ids.length);
    let total = 0;
    for (let k = 0; k < ids.length; k++) {
      const key = keyOf(ids[k]!);
      total += table.ends[key]! - table.start(key);
      ends[k] = total;
    }
    const bytes = new Uint8Array(total);
    for (let k = 0; k < ids.length; k++) {
      const key = keyOf(ids[k]!);
      bytes.set(table.arena.subarray(table.start(key), table.ends[key]), k === 0 ? 0 : ends[k - 1]!);
    }
    return { bytes, ends };
  }

  /** Runs zod on a text and finds or makes the id of its canonical text. */
  private canonicalId(text: string): number {
    this.stats.zodParses++;
    const result = this.rule.schema.safeParse(text);
    if (!result.success) return BAD;
    if (result.data === null) return NONE;
    return this.canonicalOf(result.data);
  }

  /** Finds or makes the id of a canonical text. */
  private canonicalOf(canonicalText: string): number {
    this.leaveMonotone();
    const bytes = this.encoder.encode(canonicalText);
    const h = hashBytes(bytes, 0, bytes.length);
    if (this.canonical !== null) {
      const found = this.canonical.find(bytes, 0, bytes.length, h);
      if (found !== -1) return found;
      this.size++;
      return this.canonical.insert(bytes, 0, bytes.length, h);
    }
    const key = this.keys.find(bytes, 0, bytes.length, h);
    if (key !== -1 && this.canon[key]! >= 0) return this.canon[key]!;
    const id = this.size++;
    if (id === this.canonKey.length) this.canonKey = grown(this.canonKey);
    if (key !== -1) {
      // The canonical text was seen as a raw cell its own rule refuses (a rename onto a blank):
      // keep that cell's verdict, and the text for this id.
      this.canonKey[id] = key;
      return id;
    }
    const added = this.keys.insert(bytes, 0, bytes.length, h);
    this.setCanon(added, id);
    this.canonKey[id] = added;
    return id;
  }

  private setCanon(key: number, id: number): void {
    if (key >= this.canon.length) this.canon = grown(this.canon);
    this.canon[key] = id;
  }
}

/** Where the previous cell of a column was and what it gave. */
interface LastCell {
  chunk: number;
  start: number;
  end: number;
  value: number;
}

/** Whether `bytes[a, a + n)` equals `bytes[b, b + n)`; compared from the end, where ids differ. */
function sameBytes(bytes: Uint8Array, a: number, b: number, n: number): boolean {
  for (let k = n - 1; k >= 0; k--) if (bytes[a + k] !== bytes[b + k]) return false;
  return true;
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  release(array);
  return next;
}
