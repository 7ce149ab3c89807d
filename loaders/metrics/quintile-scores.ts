/**
 * Quintile scores 1–5 by counting ranks: 1 + ⌊5·w / n⌋ with w the number of values strictly
 * worse. Integer values (and money rounded to cents, which is integer in cents) are ranked by a
 * counting pass or a radix sort, so no comparison sort runs per month; other values are sorted.
 * Re-exported by `rfm.ts`.
 */

/**
 * Score 1–5 of each value: 1 + floor(5 × w / n), w = number of values strictly worse (lower when
 * `better` is "higher", higher when "lower"), n = number of values. Equal values always share a
 * score: the lowest bucket their block starts in. Small integer ranges are counted, wider integer
 * (or whole-cent) ranges radix-sorted, others sorted.
 * @example quintileScores(Int32Array.of(1, 1, 1, 2, 5), "higher") → [1, 1, 1, 4, 5]
 */
export function quintileScores(values: Int32Array | Float64Array, better: "higher" | "lower", out: Int8Array = new Int8Array(values.length)): Int8Array {
  const n = values.length;
  if (n === 0) return out;
  const keys = integerKeys(values);
  if (keys === null) return sortedScores(values, better, out);
  if (keys.range <= 4 * n + 1024) return countedScores(keys.keys, keys.range, better, out);
  return radixScores(keys.keys, better, out);
}

/**
 * Each value as a non-negative integer key with the same order and ties (v − min for integers,
 * cents − min cents for whole-cent amounts), or null when the values are not all of that kind
 * or span 2³² or more.
 */
function integerKeys(values: Int32Array | Float64Array): { keys: Uint32Array; range: number } | null {
  const n = values.length;
  const scale = values instanceof Int32Array ? 1 : 100;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (scale !== 1) {
      const c = Math.round(v * 100);
      // c/100 === v makes the map v → c one-to-one and order-preserving on these values.
      if (!(c / 100 === v)) return null;
    }
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const lo = Math.round(min * scale);
  const range = Math.round(max * scale) - lo;
  if (!(range < 2 ** 32)) return null;
  const keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) keys[i] = Math.round(values[i]! * scale) - lo;
  return { keys, range };
}

function score(worse: number, n: number): number {
  return 1 + Math.floor((5 * worse) / n);
}

/** Ranks by counting: atOrBelow[k] = number of keys ≤ k. */
function countedScores(keys: Uint32Array, range: number, better: "higher" | "lower", out: Int8Array): Int8Array {
  const n = keys.length;
  const atOrBelow = new Int32Array(range + 1);
  for (let i = 0; i < n; i++) atOrBelow[keys[i]!]!++;
  for (let v = 1; v <= range; v++) atOrBelow[v]! += atOrBelow[v - 1]!;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    const worse = better === "higher" ? (k === 0 ? 0 : atOrBelow[k - 1]!) : n - atOrBelow[k]!;
    out[i] = score(worse, n);
  }
  return out;
}

/** Ranks by a two-pass (16-bit digits) stable radix sort of the indices, then one walk over equal-key blocks. */
function radixScores(keys: Uint32Array, better: "higher" | "lower", out: Int8Array): Int8Array {
  const n = keys.length;
  let from = new Int32Array(n);
  let to = new Int32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  const count = new Int32Array(65_536);
  for (const shift of [0, 16]) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[(keys[i]! >>> shift) & 0xffff]!++;
    let sum = 0;
    for (let d = 0; d < 65_536; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    for (let j = 0; j < n; j++) {
      const i = from[j]!;
      to[count[(keys[i]! >>> shift) & 0xffff]!++] = i;
    }
    [from, to] = [to, from];
  }
  for (let start = 0; start < n; ) {
    const key = keys[from[start]!]!;
    let end = start + 1;
    while (end < n && keys[from[end]!] === key) end++;
    const s = score(better === "higher" ? start : n - end, n);
    for (let j = start; j < end; j++) out[from[j]!] = s;
    start = end;
  }
  return out;
}

/** Ranks by sorting a copy and binary searches (any finite values). */
function sortedScores(values: Int32Array | Float64Array, better: "higher" | "lower", out: Int8Array): Int8Array {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const worse = better === "higher" ? lowerBound(sorted, v) : n - upperBound(sorted, v);
    out[i] = score(worse, n);
  }
  return out;
}

/** Number of sorted values < v. */
function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of sorted values ≤ v. */
function upperBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
