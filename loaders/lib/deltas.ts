/** Month-over-month and year-over-year changes of a monthly series. */

/** A change against an earlier month: absolute, and relative where the base is not zero. */
export interface Delta {
  /** The earlier value. */
  base: number;
  /** value − base. */
  absolute: number;
  /** (value − base) ÷ |base|, or null when the base is 0. */
  relative: number | null;
}

/** The change of `values[at]` against `values[at - lag]`, or null where either is missing. */
export function delta(values: readonly (number | null)[], at: number, lag: number): Delta | null {
  const value = values[at];
  const base = values[at - lag];
  if (value === null || value === undefined || base === null || base === undefined) return null;
  return { base, absolute: value - base, relative: base === 0 ? null : (value - base) / Math.abs(base) };
}

/** MoM (lag 1) and YoY (lag 12) deltas of one month. */
export function deltas(values: readonly (number | null)[], at: number): { mom: Delta | null; yoy: Delta | null } {
  return { mom: delta(values, at, 1), yoy: delta(values, at, 12) };
}
