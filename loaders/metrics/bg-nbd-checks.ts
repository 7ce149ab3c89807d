/**
 * The BG/NBD's guards, kept apart from the likelihood and the optimiser: data it cannot be
 * fitted on, input its formulas have no answer for, and a hypergeometric factor that does not
 * fail for large a.
 */
import { hyp2f1 } from "../lib/hyp2f1.ts";
import type { BgNbdParams, DistinctRfm } from "./bg-nbd.ts";
import { checkPositive, ModelRangeError } from "./model-error.ts";

/**
 * Data the BG/NBD cannot be fitted on: nobody bought again (Σx = 0: the likelihood keeps rising
 * as the purchase rate r/α goes to 0) or nobody was observed for any time (every T = 0: the likelihood is 1 for all
 * parameters). A fit on them is reported as not converged, without running the optimiser.
 */
export function degenerate(rows: DistinctRfm): boolean {
  let repeat = 0;
  let observed = 0;
  for (let g = 0; g < rows.x.length; g++) {
    repeat += rows.x[g]! * rows.weight[g]!;
    observed = Math.max(observed, rows.T[g]!);
  }
  return repeat === 0 || observed === 0;
}

/** Throws a `ModelRangeError` for parameters or a history the model has no answer for. */
export function checkInput(fn: string, params: BgNbdParams, x: number, tx: number, T: number): void {
  const { r, alpha, a, b } = params;
  // Called once per customer: the allocation-free test first, the named message only on failure.
  const positive = (v: number) => v > 0 && v < Infinity;
  if (!(positive(r) && positive(alpha) && positive(a) && positive(b))) checkPositive(fn, { r, alpha, a, b });
  if (!(Number.isInteger(x) && x >= 0 && tx >= 0 && T >= tx && Number.isFinite(T))) {
    throw new ModelRangeError(`${fn} expects integer x ≥ 0 and finite 0 ≤ tx ≤ T`);
  }
}

/**
 * (1−z)^(r+x)·2F1(r+x, b+x; c; z), the factor of FHL eq. 10: by Euler's transformation as
 * (1−z)^(a−1)·2F1(a+b−1−r, a−1; c; z), which converges fast for small a; when that series fails
 * (large a: its terms grow before they shrink) the untransformed series, as the reference
 * implementation (lifetimes) computes it, whose large c makes it converge fast.
 */
export function tailFactor(r: number, a: number, b: number, x: number, z: number): number {
  const c = a + b + x - 1;
  try {
    const euler = (1 - z) ** (a - 1) * hyp2f1(a + b - 1 - r, a - 1, c, z);
    if (Number.isFinite(euler)) return euler;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  try {
    return Math.exp((r + x) * Math.log1p(-z)) * hyp2f1(r + x, b + x, c, z);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new ModelRangeError("bgNbdConditionalExpected: the hypergeometric series does not converge for these parameters");
  }
}

