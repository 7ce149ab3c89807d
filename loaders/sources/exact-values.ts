/**
 * Line amounts and quantities in 4 bytes instead of 8 where that loses nothing: a column stays
 * `Int32Array` of `value × scale` (cents: scale 100; whole quantities: scale 1) while every value
 * pushed is exactly such a number, so `stored / scale` is the same double again; the first value
 * that is not (a third decimal, −0, beyond 2³¹) turns the column into `Float64Array` values.
 * See `LineAmounts` in `model/store.ts`. At 10M lines this keeps 76 MiB less in memory.
 */
import { cut, release } from "./blocks.ts";

/** Either form of an exact column. */
export type ExactColumn = Int32Array | Float64Array;

/** Scale of line amounts (cents) and of line quantities (whole numbers). */
export const AMOUNT_SCALE = 100;
export const QUANTITY_SCALE = 1;

/** `value × scale` as an Int32 when `stored / scale` gives `value` back bit for bit, else NaN. */
export function scaledInt(value: number, scale: number): number {
  const v = Math.round(value * scale);
  // −0 has no Int32 form (it would come back as +0): it keeps the column Float64.
  if (v / scale !== value || v > 0x7fffffff || v < -0x7fffffff || (v === 0 && 1 / value < 0)) return Number.NaN;
  return v;
}

/** A column's values as Float64 (`Int32` ones divided by `scale`). A Float64 column is returned as it is. */
export function toFloat(column: ExactColumn, scale: number, length = column.length): Float64Array {
  if (column instanceof Float64Array) return column;
  const out = new Float64Array(length);
  for (let i = 0; i < Math.min(length, column.length); i++) out[i] = column[i]! / scale;
  return out;
}

/** The stored values of `parts` one after another: Int32 when every part is, else Float64 (parts are freed). */
export function concatExact(parts: readonly ExactColumn[], scale: number, total: number): ExactColumn {
  const ints = parts.every((part) => part instanceof Int32Array);
  const out = ints ? new Int32Array(total) : new Float64Array(total);
  let at = 0;
  for (const part of parts) {
    if (ints || part instanceof Float64Array) out.set(part, at);
    else for (let i = 0; i < part.length; i++) out[at + i] = part[i]! / scale;
    at += part.length;
    release(part);
  }
  return out;
}

/** A growable exact column (as `TypedBlocks` in `blocks.ts`): push, take the values. */
export class ExactBlocks {
  length = 0;
  private ints: Int32Array | null = new Int32Array(1024);
  private floats: Float64Array | null = null;
  private readonly scale: number;

  constructor(scale: number) {
    this.scale = scale;
  }

  /** Makes room for `capacity` values in all. */
  reserve(capacity: number): void {
    const data = this.ints ?? this.floats!;
    if (capacity <= data.length) return;
    const next = this.ints ? new Int32Array(capacity) : new Float64Array(capacity);
    next.set(data.subarray(0, this.length));
    release(data);
    if (next instanceof Int32Array) this.ints = next;
    else this.floats = next;
  }

  push(value: number): void {
    const ints = this.ints;
    if (ints !== null) {
      const v = scaledInt(value, this.scale);
      if (!Number.isNaN(v)) {
        if (this.length === ints.length) this.reserve(Math.ceil(ints.length * 1.5));
        this.ints![this.length++] = v;
        return;
      }
      this.floats = toFloat(ints, this.scale, ints.length);
      release(ints);
      this.ints = null;
    }
    if (this.length === this.floats!.length) this.reserve(Math.ceil(this.floats!.length * 1.5));
    this.floats![this.length++] = value;
  }

  /** The values (the column is emptied): a view when little is unused, else an exact copy. */
  toArray(): ExactColumn {
    const out = cut(this.ints ?? this.floats!, this.length);
    this.ints = new Int32Array(0);
    this.floats = null;
    this.length = 0;
    return out;
  }
}
