/**
 * The BG/NBD's input rows: customers grouped by identical (x, t_x, T) with how many share each,
 * and the distinct values of each column that every likelihood evaluation and prediction reuses.
 */

/** Per-customer model input, arrays aligned: repeat purchases and weeks (see repeat-summary.ts). */
export interface RfmData {
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
}

/** The distinct (x, t_x, T) rows of `RfmData`, with how many customers share each. */
export interface DistinctRfm {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  weight: Float64Array;
  /** Distinct row of every customer. */
  row: Int32Array;
}

/**
 * Groups customers by identical (x, t_x, T), in order of first appearance. Weeks made of whole
 * days (t_x·7 and T·7 integers below 2¹⁶, x below 2²⁰, as `repeatSummary` gives) are keyed by
 * one number; anything else by its text.
 */
export function distinctRfm(data: RfmData): DistinctRfm {
  const n = checkRfm(data);
  let days = true;
  for (let i = 0; i < n && days; i++) days = isDays(data.tx[i]!) && isDays(data.T[i]!) && data.x[i]! < 2 ** 20;
  const row = new Int32Array(n);
  const first: number[] = [];
  if (days) groupByDays(data, row, first);
  else {
    const seen = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const key = `${data.x[i]} ${data.tx[i]} ${data.T[i]}`;
      let g = seen.get(key);
      if (g === undefined) {
        g = first.length;
        seen.set(key, g);
        first.push(i);
      }
      row[i] = g;
    }
  }
  const m = first.length;
  const out: DistinctRfm = { x: new Float64Array(m), tx: new Float64Array(m), T: new Float64Array(m), weight: new Float64Array(m), row };
  for (let g = 0; g < m; g++) {
    const i = first[g]!;
    out.x[g] = data.x[i]!;
    out.tx[g] = data.tx[i]!;
    out.T[g] = data.T[i]!;
  }
  for (let i = 0; i < n; i++) out.weight[row[i]!]!++;
  return out;
}

/**
 * Groups rows by (x, t_x·7, T·7) with an open-addressing hash table over typed arrays (the key
 * x·2³² + t_x days·2¹⁶ + T days is exact below 2⁵²); group numbers in order of first appearance.
 */
function groupByDays(data: RfmData, row: Int32Array, first: number[]): void {
  const n = row.length;
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const keys = new Float64Array(size);
  const groups = new Int32Array(size).fill(-1);
  for (let i = 0; i < n; i++) {
    const x = data.x[i]!;
    const txDays = Math.round(data.tx[i]! * 7);
    const tDays = Math.round(data.T[i]! * 7);
    const key = x * 2 ** 32 + txDays * 2 ** 16 + tDays;
    let h = (Math.imul(x, 0x9e3779b1) ^ Math.imul(txDays, 0x85ebca6b) ^ Math.imul(tDays, 0xc2b2ae35)) & mask;
    while (groups[h] !== -1 && keys[h] !== key) h = (h + 1) & mask;
    if (groups[h] === -1) {
      groups[h] = first.length;
      keys[h] = key;
      first.push(i);
    }
    row[i] = groups[h]!;
  }
}

function isDays(weeks: number): boolean {
  const d = weeks * 7;
  const r = Math.round(d);
  return Math.abs(d - r) < 1e-9 && r >= 0 && r < 2 ** 16 && r / 7 === weeks;
}

/**
 * Distinct values of `values` (in order of first appearance; −0 as 0, as a Map keys it) and each
 * element's index into them. Values that are whole multiples of 1/`scale` in [0, 2²⁰/`scale`)
 * (x in purchases, T and t_x in days) are looked up in an array, anything else in a Map.
 */
function indexValues(values: Float64Array, scale: number): IndexedValues {
  const n = values.length;
  const index = new Int32Array(n);
  let top = 0;
  for (let i = 0; i < n && top >= 0; i++) {
    const key = Math.round(values[i]! * scale);
    top = key >= 0 && key < 2 ** 20 && key / scale === values[i]! ? Math.max(top, key) : -1;
  }
  if (top < 0) {
    const seen = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      let k = seen.get(values[i]!);
      if (k === undefined) seen.set(values[i]!, (k = seen.size));
      index[i] = k;
    }
    return { values: Float64Array.from(seen.keys()), index };
  }
  const slot = new Int32Array(top + 1).fill(-1);
  const distinct: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const key = Math.round(v * scale);
    let k = slot[key]!;
    if (k === -1) {
      slot[key] = k = distinct.length;
      distinct.push(v === 0 ? 0 : v);
    }
    index[i] = k;
  }
  return { values: Float64Array.from(distinct), index };
}

/** The distinct values of one column of `DistinctRfm` (in order of first appearance) and each row's index into them. */
export interface IndexedValues {
  values: Float64Array;
  index: Int32Array;
}

/** What every evaluation on the same rows reuses: distinct x, T and t_x with each row's index. */
export interface PreparedRows {
  x: IndexedValues;
  T: IndexedValues;
  tx: IndexedValues;
  /** Σ weight per distinct x. */
  xWeight: Float64Array;
  /** Per row, its x, T and t_x index side by side (3 per row): one array for the likelihood's row loop to read. */
  packed: Int32Array;
}

/** Per-rows caches of a likelihood evaluation (rows are not changed once made). */
const preparedRows = new WeakMap<DistinctRfm, PreparedRows>();

/** The distinct x, T and t_x of `rows` with each row's index into them (computed once per rows object). */
export function prepareRows(rows: DistinctRfm): PreparedRows {
  let cache = preparedRows.get(rows);
  if (cache === undefined) {
    const x = indexValues(rows.x, 1);
    const T = indexValues(rows.T, 7);
    const tx = indexValues(rows.tx, 7);
    const xWeight = new Float64Array(x.values.length);
    for (let g = 0; g < rows.x.length; g++) xWeight[x.index[g]!]! += rows.weight[g]!;
    const packed = new Int32Array(3 * rows.x.length);
    for (let g = 0; g < rows.x.length; g++) {
      packed[3 * g] = x.index[g]!;
      packed[3 * g + 1] = T.index[g]!;
      packed[3 * g + 2] = tx.index[g]!;
    }
    preparedRows.set(rows, (cache = { x, T, tx, xWeight, packed }));
  }
  return cache;
}

function checkRfm(data: RfmData): number {
  const n = data.x.length;
  if (data.tx.length !== n || data.T.length !== n) throw new RangeError(`expected x, tx and T of equal length, got ${n}, ${data.tx.length}, ${data.T.length}`);
  for (let i = 0; i < n; i++) {
    const x = data.x[i]!;
    const tx = data.tx[i]!;
    const T = data.T[i]!;
    if (!(Number.isInteger(x) && x >= 0 && tx >= 0 && T >= tx && (x > 0 || tx === 0))) {
      throw new RangeError(`expected integer x ≥ 0 and 0 ≤ tx ≤ T (tx = 0 when x = 0) at row ${i}`);
    }
  }
  return n;
}
