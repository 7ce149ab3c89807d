/**
 * BG/NBD predictions for a customer history (x, t_x, T): P(alive) and the expected purchases in
 * the next t weeks (FHL 2005 eq. 10), one history at a time and over distinct rows. The row
 * versions equal the one-history functions bit for bit: they evaluate the same expressions on the
 * same numbers, only each logarithm once per distinct value and each 2F1 series once per distinct
 * (x, T) and horizon. Re-exported by `bg-nbd.ts`, the model's public module.
 */
import { checkInput, tailFactor } from "./bg-nbd-checks.ts";
import type { BgNbdParams } from "./bg-nbd-likelihood.ts";
import { type DistinctRfm, prepareRows } from "./bg-nbd-rows.ts";
import { finiteNonNegative, ModelRangeError } from "./model-error.ts";

/** P(alive | x, t_x, T): 1 for x = 0, else 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)). Throws `ModelRangeError` on invalid input. */
export function bgNbdProbabilityAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  checkInput("bgNbdProbabilityAlive", params, x, tx, T);
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const odds = Math.exp(Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx)));
  return 1 / (1 + odds);
}

/** The last P(alive) computed per rows object, with its parameters (rows are not changed once made). */
const aliveOfRows = new WeakMap<DistinctRfm, { params: BgNbdParams; alive: Float64Array }>();

/**
 * `bgNbdProbabilityAlive` of every distinct row, bit for bit: ln(α+T), ln(α+t_x) and ln(b+x−1)
 * once per distinct value. The result is kept per rows object for the same parameter values (the
 * prediction, CLV and the holdout share it); do not change the returned array.
 */
export function bgNbdProbabilityAliveRows(params: BgNbdParams, rows: DistinctRfm): Float64Array {
  const { r, alpha, a, b } = params;
  const kept = aliveOfRows.get(rows);
  if (kept !== undefined && kept.params.r === r && kept.params.alpha === alpha && kept.params.a === a && kept.params.b === b) return kept.alive;
  const g = rows.x.length;
  for (let k = 0; k < g; k++) checkInput("bgNbdProbabilityAlive", params, rows.x[k]!, rows.tx[k]!, rows.T[k]!);
  const { x, T, tx, packed } = prepareRows(rows);
  const logT = Float64Array.from(T.values, (v) => Math.log(alpha + v));
  const logTx = Float64Array.from(tx.values, (v) => Math.log(alpha + v));
  const logB = Float64Array.from(x.values, (v) => Math.log(b + v - 1));
  const logA = Math.log(a);
  const alive = new Float64Array(g);
  for (let k = 0; k < g; k++) {
    const xk = rows.x[k]!;
    if (xk === 0) {
      alive[k] = 1;
      continue;
    }
    const odds = Math.exp(logA - logB[packed[3 * k]!]! + (r + xk) * (logT[packed[3 * k + 1]!]! - logTx[packed[3 * k + 2]!]!));
    alive[k] = 1 / (1 + odds);
  }
  aliveOfRows.set(rows, { params: { r, alpha, a, b }, alive });
  return alive;
}

/**
 * E[Y(t) | x, t_x, T]: expected purchases in the next t weeks of a customer with that history
 * (FHL 2005 eq. 10), with 2F1 taken through Euler's transformation for stability:
 * (1−z)^(r+x)·2F1(r+x, b+x; a+b+x−1; z) = (1−z)^(a−1)·2F1(a+b−1−r, a−1; a+b+x−1; z), z = t/(α+T+t).
 */
export function bgNbdConditionalExpected(params: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  if (!(t >= 0 && Number.isFinite(t))) throw new ModelRangeError(`bgNbdConditionalExpected expects finite t ≥ 0 weeks, got ${t}`);
  checkInput("bgNbdConditionalExpected", params, x, tx, T);
  if (t === 0) return 0;
  const { r, alpha, a, b } = params;
  // At a = 1 the closed form is 0/0; take the mean of its neighbours a = 1 ± 1e-5 (error ~1e-10).
  const value =
    Math.abs(a - 1) < 1e-6
      ? (conditionalExpected(r, alpha, 1 - 1e-5, b, t, x, tx, T) + conditionalExpected(r, alpha, 1 + 1e-5, b, t, x, tx, T)) / 2
      : conditionalExpected(r, alpha, a, b, t, x, tx, T);
  return finiteNonNegative("bgNbdConditionalExpected", value, t);
}

function conditionalExpected(r: number, alpha: number, a: number, b: number, t: number, x: number, tx: number, T: number): number {
  return expectedFactor(r, alpha, a, b, t, x, T) * bgNbdProbabilityAlive({ r, alpha, a, b }, x, tx, T);
}

/** E[Y(t) | x, t_x, T] ÷ P(alive): the part that does not depend on t_x (a ≠ 1, t > 0). */
function expectedFactor(r: number, alpha: number, a: number, b: number, t: number, x: number, T: number): number {
  const z = t / (alpha + T + t);
  const c = a + b + x - 1;
  return (c / (a - 1)) * (1 - tailFactor(r, a, b, x, z));
}

/**
 * E[Y(t_j) | row g] of distinct rows at horizons t_j in parts: `factor[pair[g] · ts.length + j] ·
 * alive[g]` (read it with `expectedAt`), so callers that only sum or difference the values need no
 * array per horizon. A pair's factors lie side by side: rows visit pairs in no order, and one pair's
 * horizons then share a cache line or two.
 */
export interface ExpectedParts {
  ts: readonly number[];
  /** Per row, the index of its factors (its distinct (x, T), or the row itself on the single-row path). */
  pair: Int32Array;
  /** Per pair, one factor per horizon. */
  factor: Float64Array;
  /** Per row, P(alive) (all 1 on the single-row path, where the factor is the whole value). */
  alive: Float64Array;
}

/**
 * `bgNbdConditionalExpected` of every distinct row at each horizon in `ts`, as `ExpectedParts`:
 * P(alive) per row (`bgNbdProbabilityAliveRows`) and the rest once per distinct (x, T) and horizon.
 * At a ≈ 1 or a horizon ≤ 0 every value takes the single-row path (and its errors).
 */
export function bgNbdExpectedParts(params: BgNbdParams, ts: readonly number[], rows: DistinctRfm): ExpectedParts {
  const g = rows.x.length;
  const { r, alpha, a, b } = params;
  if (Math.abs(a - 1) < 1e-6 || ts.some((t) => !(t > 0))) {
    const factor = new Float64Array(g * ts.length);
    ts.forEach((t, j) => {
      for (let k = 0; k < g; k++) factor[k * ts.length + j] = bgNbdConditionalExpected(params, t, rows.x[k]!, rows.tx[k]!, rows.T[k]!);
    });
    return { ts, pair: Int32Array.from({ length: g }, (_, k) => k), factor, alive: new Float64Array(g).fill(1) };
  }
  const alive = bgNbdProbabilityAliveRows(params, rows);
  // Distinct (x, T) pairs by their index pair; which number a pair gets does not change any value.
  const { x, T, packed } = prepareRows(rows);
  const nT = T.values.length;
  const dense = x.values.length * nT <= 4 * g + 1024;
  const slot = dense ? new Int32Array(x.values.length * nT).fill(-1) : null;
  const sparse = dense ? null : new Map<number, number>();
  const pair = new Int32Array(g);
  const pairX: number[] = [];
  const pairT: number[] = [];
  for (let k = 0; k < g; k++) {
    const key = packed[3 * k]! * nT + packed[3 * k + 1]!;
    let p = slot !== null ? slot[key]! : (sparse!.get(key) ?? -1);
    if (p === -1) {
      p = pairX.length;
      if (slot !== null) slot[key] = p;
      else sparse!.set(key, p);
      pairX.push(rows.x[k]!);
      pairT.push(rows.T[k]!);
    }
    pair[k] = p;
  }
  const factor = new Float64Array(pairX.length * ts.length);
  ts.forEach((t, j) => {
    for (let p = 0; p < pairX.length; p++) factor[p * ts.length + j] = expectedFactor(r, alpha, a, b, t, pairX[p]!, pairT[p]!);
  });
  return { ts, pair, factor, alive };
}

/** E[Y(t_j) | row g] from `parts`, equal to `bgNbdConditionalExpected` bit for bit. */
export function expectedAt(parts: ExpectedParts, j: number, g: number): number {
  const v = parts.factor[parts.pair[g]! * parts.ts.length + j]! * parts.alive[g]!;
  // The check's slow path only for what it would change (negative noise) or reject.
  return v >= 0 && v < Infinity ? v : finiteNonNegative("bgNbdConditionalExpected", v, parts.ts[j]!);
}

/**
 * `bgNbdConditionalExpected` of every distinct row at each horizon in `ts` (one array per
 * horizon), equal to it bit for bit (see `bgNbdExpectedParts`).
 */
export function bgNbdConditionalExpectedRows(params: BgNbdParams, ts: readonly number[], rows: DistinctRfm): Float64Array[] {
  const parts = bgNbdExpectedParts(params, ts, rows);
  return ts.map((_, j) => Float64Array.from({ length: rows.x.length }, (_, g) => expectedAt(parts, j, g)));
}
