/**
 * Order statistics without a full sort: Hoare's quickselect (median-of-three pivot, reordering the
 * array in place), O(n) on average, for e.g. the top-20 % threshold of a month's revenue.
 */

/**
 * The value a numeric ascending sort of `values` would put at `k` (0-based), found by reordering
 * `values` in place. Values must not be NaN.
 * @example kthSmallest(Float64Array.of(5, 1, 4, 2), 1) // 2
 */
export function kthSmallest(values: Float64Array, k: number): number {
  if (!(Number.isInteger(k) && k >= 0 && k < values.length)) throw new RangeError(`kthSmallest expects 0 ≤ k < ${values.length}, got ${k}`);
  let lo = 0;
  let hi = values.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as pivot, moved so values[lo] ≤ pivot ≤ values[hi].
    if (values[mid]! < values[lo]!) swap(values, mid, lo);
    if (values[hi]! < values[lo]!) swap(values, hi, lo);
    if (values[hi]! < values[mid]!) swap(values, hi, mid);
    const pivot = values[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    // Now values[lo..j] ≤ pivot ≤ values[i..hi], and values[j+1..i−1] equal the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
