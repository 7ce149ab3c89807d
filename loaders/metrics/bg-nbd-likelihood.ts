/**
 * The BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6) over distinct (x, t_x, T) rows,
 * and its gradient in closed form (log-gamma terms give digamma terms), for fitting with a
 * gradient method. Re-exported by `bg-nbd.ts`, the model's public module.
 */
import betaln from "@stdlib/math-base-special-betaln";
import digamma from "@stdlib/math-base-special-digamma";
import gammaln from "@stdlib/math-base-special-gammaln";
import { type DistinctRfm, prepareRows } from "./bg-nbd-rows.ts";

export { type DistinctRfm, distinctRfm, type IndexedValues, prepareRows, type PreparedRows, type RfmData } from "./bg-nbd-rows.ts";

/** BG/NBD parameters: purchase rate Gamma(r, α) (α in weeks), dropout Beta(a, b). */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/**
 * Σ weight × log-likelihood of the BG/NBD at `params` over distinct rows. ln(α + T) and ln(α + t_x)
 * are computed once per distinct T and t_x, the gamma and beta terms once per distinct x, and
 * rows with x = 0 (no dropout term) skip the log-sum-exp.
 */
export function bgNbdLogLikelihood(params: BgNbdParams, rows: DistinctRfm): number {
  const { r, alpha, a, b } = params;
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return -Infinity;
  const cache = prepareRows(rows);
  const logT = Float64Array.from(cache.T.values, (T) => Math.log(alpha + T));
  const logTx = Float64Array.from(cache.tx.values, (tx) => Math.log(alpha + tx));
  const tIndex = cache.T.index;
  const txIndex = cache.tx.index;
  const base = -gammaln(r) + r * Math.log(alpha) - betaln(a, b);
  const xs = cache.x.values;
  const common = Float64Array.from(xs, (x) => base + gammaln(r + x) + betaln(a, b + x));
  const dropout = Float64Array.from(xs, (x) => (x > 0 ? Math.log(a) - Math.log(b + x - 1) : -Infinity));
  const xIndex = cache.x.index;
  let sum = 0;
  for (let g = 0; g < rows.x.length; g++) {
    const x = rows.x[g]!;
    const k = xIndex[g]!;
    const alive = -(r + x) * logT[tIndex[g]!]!;
    if (x === 0) {
      sum += rows.weight[g]! * (common[k]! + alive);
      continue;
    }
    const dropped = dropout[k]! - (r + x) * logTx[txIndex[g]!]!;
    const hi = Math.max(alive, dropped);
    sum += rows.weight[g]! * (common[k]! + hi + Math.log1p(Math.exp(-Math.abs(alive - dropped))));
  }
  return sum;
}

/**
 * The log-likelihood of `bgNbdLogLikelihood` (summed in another order, so equal to rounding) and
 * its gradient with respect to (ln r, ln α, ln a, ln b), written into `gradient`. With
 * A = −(r+x) ln(α+T), D = ln a − ln(b+x−1) − (r+x) ln(α+t_x) and w = e^D / (e^A + e^D):
 * ∂/∂r = ψ(r+x) − ψ(r) + ln α − (1−w) ln(α+T) − w ln(α+t_x);
 * ∂/∂α = r/α − (r+x)((1−w)/(α+T) + w/(α+t_x)); ∂/∂a = ψ(a+b) − ψ(a+b+x) + w/a;
 * ∂/∂b = ψ(a+b) − ψ(b) + ψ(b+x) − ψ(a+b+x) − w/(b+x−1). Returns −Infinity outside the domain.
 */
export function bgNbdLogLikelihoodGradient(params: BgNbdParams, rows: DistinctRfm, gradient: number[]): number {
  const { r, alpha, a, b } = params;
  gradient.fill(0, 0, 4);
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return -Infinity;
  const cache = prepareRows(rows);
  const nT = cache.T.values.length;
  const logT = new Float64Array(nT);
  const invT = new Float64Array(nT);
  for (let k = 0; k < nT; k++) {
    logT[k] = Math.log(alpha + cache.T.values[k]!);
    invT[k] = 1 / (alpha + cache.T.values[k]!);
  }
  const nTx = cache.tx.values.length;
  const logTx = new Float64Array(nTx);
  const invTx = new Float64Array(nTx);
  for (let k = 0; k < nTx; k++) {
    logTx[k] = Math.log(alpha + cache.tx.values[k]!);
    invTx[k] = 1 / (alpha + cache.tx.values[k]!);
  }
  // Terms that depend on x only, summed with the weight of each distinct x.
  const xs = cache.x.values;
  const base = -gammaln(r) + r * Math.log(alpha) - betaln(a, b);
  const psiR = digamma(r);
  const psiAB = digamma(a + b);
  const psiB = digamma(b);
  const logA = Math.log(a);
  const dropout = new Float64Array(xs.length);
  const invB = new Float64Array(xs.length);
  // r + x per distinct x (the same sum the row loop would form) and which index is x = 0.
  const rx = new Float64Array(xs.length);
  let zero = -1;
  let sum = 0;
  let dr = 0;
  let da = 0;
  let db = 0;
  let dalpha = 0;
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k]!;
    const w = cache.xWeight[k]!;
    rx[k] = r + x;
    sum += w * (base + gammaln(r + x) + betaln(a, b + x));
    dr += w * (digamma(r + x) - psiR + Math.log(alpha));
    dalpha += (w * r) / alpha;
    if (x > 0) {
      const psiABX = digamma(a + b + x);
      da += w * (psiAB - psiABX);
      db += w * (psiAB - psiB + digamma(b + x) - psiABX);
      dropout[k] = logA - Math.log(b + x - 1);
      invB[k] = 1 / (b + x - 1);
    } else zero = k;
  }
  // The rows in blocks, each a call of a small function: it is compiled whole once hot, with
  // feedback for all its code. One long loop would be compiled from inside on the first call and
  // that code, lacking feedback for the lines after the loop, deoptimised again on every call.
  const sums = Float64Array.of(sum, dr, dalpha, da, db);
  const tables: RowTables = { rx, zero, logT, invT, logTx, invTx, dropout, invB };
  for (let from = 0; from < rows.weight.length; from += ROW_BLOCK) rowSums(cache.packed, rows.weight, from, Math.min(rows.weight.length, from + ROW_BLOCK), tables, a, sums);
  sum = sums[0]!;
  dr = sums[1]!;
  dalpha = sums[2]!;
  da = sums[3]!;
  db = sums[4]!;
  gradient[0] = dr * r;
  gradient[1] = dalpha * alpha;
  gradient[2] = da * a;
  gradient[3] = db * b;
  return sum;
}

/** Rows per call of `rowSums`. */
const ROW_BLOCK = 512;

/** Per-evaluation tables of the gradient's row loop, indexed by distinct x, T or t_x. */
interface RowTables {
  rx: Float64Array;
  zero: number;
  logT: Float64Array;
  invT: Float64Array;
  logTx: Float64Array;
  invTx: Float64Array;
  dropout: Float64Array;
  invB: Float64Array;
}

/**
 * Adds the terms of rows `from` … `to` − 1 to `sums` = [log-likelihood, ∂r, ∂α, ∂a, ∂b], rows in their order (the
 * sums' order fixes the bits); the rows' x, T and t_x indices are read from one array.
 */
function rowSums(packed: Int32Array, weights: Float64Array, from: number, to: number, tables: RowTables, a: number, sums: Float64Array): void {
  const { rx, zero, logT, invT, logTx, invTx, dropout, invB } = tables;
  let sum = sums[0]!;
  let dr = sums[1]!;
  let dalpha = sums[2]!;
  let da = sums[3]!;
  let db = sums[4]!;
  for (let g = from; g < to; g++) {
    const k = packed[3 * g]!;
    const kT = packed[3 * g + 1]!;
    const weight = weights[g]!;
    const rPlusX = rx[k]!;
    const lT = logT[kT]!;
    const alive = -rPlusX * lT;
    if (k === zero) {
      sum += weight * alive;
      dr -= weight * lT;
      dalpha -= weight * rPlusX * invT[kT]!;
      continue;
    }
    const kTx = packed[3 * g + 2]!;
    const lTx = logTx[kTx]!;
    const dropped = dropout[k]! - rPlusX * lTx;
    // w = share of the dropout branch, computed without overflow.
    let w: number;
    if (dropped > alive) {
      const e = Math.exp(alive - dropped);
      sum += weight * (dropped + Math.log1p(e));
      w = 1 / (1 + e);
    } else {
      const e = Math.exp(dropped - alive);
      sum += weight * (alive + Math.log1p(e));
      w = e / (1 + e);
    }
    const v = 1 - w;
    dr -= weight * (v * lT + w * lTx);
    dalpha -= weight * rPlusX * (v * invT[kT]! + w * invTx[kTx]!);
    da += (weight * w) / a;
    db -= weight * w * invB[k]!;
  }
  sums[0] = sum;
  sums[1] = dr;
  sums[2] = dalpha;
  sums[3] = da;
  sums[4] = db;
}
