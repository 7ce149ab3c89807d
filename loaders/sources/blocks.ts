/**
 * Growable typed columns for a file's orders and lines, and prompt freeing of big arrays.
 * A column is one contiguous array, sized once from an estimate (`reserve`) and grown by half
 * when the estimate was short; big arrays are mmapped by malloc, so `release()` gives their
 * memory back to the system at once instead of whenever the GC gets to it. (Many small blocks
 * were tried first: freed into malloc's heap they kept the process's RSS high.)
 */

/** Buffers the loader allocated itself, which `release` may free even when viewed in part. */
const owned = new WeakSet<ArrayBuffer>();

/**
 * Frees the memory of a typed array now (it becomes empty): when it views the whole of its
 * buffer, or any part of a buffer a column allocated. A view into a cache file is left to the GC.
 */
export function release(array: ArrayBufferView | null | undefined): void {
  if (!array) return;
  const buffer = array.buffer;
  if (!(buffer instanceof ArrayBuffer) || buffer.byteLength === 0 || buffer.detached) return;
  if (owned.has(buffer) || (array.byteOffset === 0 && array.byteLength === buffer.byteLength)) buffer.transfer(0);
}

/** A column's array cut to `length`: a view when little is unused, else an exact copy. */
export function cut<T extends Int32Array | Float64Array>(array: T, length: number): T {
  if (array.length - length <= array.length / 8) {
    owned.add(array.buffer as ArrayBuffer);
    return array.subarray(0, length) as T;
  }
  const exact = array.slice(0, length) as T;
  release(array);
  return exact;
}

/** A growable typed-array column (`Int32Blocks`, `Float64Blocks`): push, read, add in place, take the values. */
export class TypedBlocks<A extends Int32Array | Float64Array> {
  length = 0;
  private data: A;
  private readonly make: (n: number) => A;

  /** `make(n)` allocates an array of the column's type with room for n values. */
  constructor(make: (n: number) => A) {
    this.make = make;
    this.data = make(1024);
  }

  /** Makes room for `capacity` values in all (one allocation instead of repeated growth). */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = this.make(capacity);
    next.set(this.data.subarray(0, this.length));
    release(this.data);
    this.data = next;
  }

  push(value: number): void {
    if (this.length === this.data.length) this.reserve(Math.ceil(this.data.length * 1.5));
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  /** Adds `value` to the i-th value in place (order totals). */
  add(i: number, value: number): void {
    this.data[i]! += value;
  }

  /** The values (the column is emptied). */
  toArray(): A {
    const out = cut(this.data, this.length);
    this.data = this.make(0);
    this.length = 0;
    return out;
  }
}

/** Int32 column. */
export class Int32Blocks extends TypedBlocks<Int32Array> {
  constructor() {
    super((n) => new Int32Array(n));
  }
}

/** Float64 column with in-place addition (order totals). */
export class Float64Blocks extends TypedBlocks<Float64Array> {
  constructor() {
    super((n) => new Float64Array(n));
  }
}
