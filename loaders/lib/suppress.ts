/**
 * Small-group suppression for the published site: a group of 1 to k-1 customers is shown as
 * null ("fewer than k"), and so is every figure computed from that group (its revenue, average
 * order value, share …), because those figures describe the same few people. Empty groups (0)
 * stay 0: there is nobody to protect. Totals are not adjusted; see the README on differencing.
 */

/** Default minimum group size (the config's `minGroupSize`). */
export const DEFAULT_MIN_GROUP = 10;

/** The count, or null when 0 < count < k. @example suppressCount(3) === null; suppressCount(0) === 0 */
export function suppressCount(count: number, k = DEFAULT_MIN_GROUP): number | null {
  return count > 0 && count < k ? null : count;
}

/** `suppressCount` over a list of group counts. */
export function suppressCounts(counts: readonly number[], k = DEFAULT_MIN_GROUP): (number | null)[] {
  return counts.map((c) => suppressCount(c, k));
}

/**
 * A figure per group (revenue, AOV, share), null where the group's count is suppressed.
 * @example suppressByCount([3, 20], [120.5, 900], 10) → [null, 900]
 */
export function suppressByCount<T>(counts: readonly number[], values: readonly T[], k = DEFAULT_MIN_GROUP): (T | null)[] {
  if (counts.length !== values.length) throw new Error(`expected one value per group count (${counts.length}), got ${values.length}`);
  return values.map((v, i) => (suppressCount(counts[i]!, k) === null ? null : v));
}

/** `suppressCount` over every cell of a matrix (migration matrix, R × FM grid). */
export function suppressMatrix(counts: readonly (readonly number[])[], k = DEFAULT_MIN_GROUP): (number | null)[][] {
  return counts.map((row) => suppressCounts(row, k));
}
