/**
 * The BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6) over distinct (x, t_x, T) rows,
 * and its gradient in closed form (log-gamma terms give digamma terms), for fitting with a
 * gradient method. Re-exported by `bg-nbd.ts`, the model's public module.
 */
import betaln from "@stdlib/math-base-special-betaln";
import digamma from "@stdlib/math-base-special-digamma";
import gammaln from "@stdlib/math-base-special-gammaln";

/** BG/NBD parameters: purchase rate Gamma(r, α) (α in weeks), dropout Beta(a, b). */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

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

/** Distinct values of `values` and each element's index into them. */
function indexValues(values: Float64Array): { values: Float64Array; index: Int32Array } {
  const seen = new Map<number, number>();
  const index = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    let k = seen.get(values[i]!);
    if (k === undefined) seen.set(values[i]!, (k = seen.size));
    index[i] = k;
  }
  return { values: Float64Array.from(seen.keys()), index };
}

interface Prepared {
  x: ReturnType<typeof indexValues>;
  T: ReturnType<typeof indexValues>;
  tx: ReturnType<typeof indexValues>;
  /** Σ weight per distinct x. */
  xWeight: Float64Array;
}

/** Per-rows caches of a likelihood evaluation: distinct T, t_x and x with each row's index. */
const preparedRows = new WeakMap<DistinctRfm, Prepared>();

function prepare(rows: DistinctRfm): Prepared {
  let cache = preparedRows.get(rows);
  if (cache === undefined) {
    const x = indexValues(rows.x);
    const xWeight = new Float64Array(x.values.length);
    for (let g = 0; g < rows.x.length; g++) xWeight[x.index[g]!]! += rows.weight[g]!;
    preparedRows.set(rows, (cache = { x, T: indexValues(rows.T), tx: indexValues(rows.tx), xWeight }));
  }
  return cache;
}

/**
 * Σ weight × log-likelihood of the BG/NBD at `params` over distinct rows. ln(α + T) and ln(α + t_x)
 * are computed once per distinct T and t_x, the gamma and beta terms once per distinct x, and
 * rows with x = 0 (no dropout term) skip the log-sum-exp.
 */
export function bgNbdLogLikelihood(params: BgNbdParams, rows: DistinctRfm): number {
  const { r, alpha, a, b } = params;
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return -Infinity;
  const cache = prepare(rows);
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
  const cache = prepare(rows);
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
  let sum = 0;
  let dr = 0;
  let da = 0;
  let db = 0;
  let dalpha = 0;
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k]!;
    const w = cache.xWeight[k]!;
    sum += w * (base + gammaln(r + x) + betaln(a, b + x));
    dr += w * (digamma(r + x) - psiR + Math.log(alpha));
    dalpha += (w * r) / alpha;
    if (x > 0) {
      const psiABX = digamma(a + b + x);
      da += w * (psiAB - psiABX);
      db += w * (psiAB - psiB + digamma(b + x) - psiABX);
      dropout[k] = logA - Math.log(b + x - 1);
      invB[k] = 1 / (b + x - 1);
    }
  }
  const tIndex = cache.T.index;
  const txIndex = cache.tx.index;
  const xIndex = cache.x.index;
  for (let g = 0; g < rows.x.length; g++) {
    const x = rows.x[g]!;
    const weight = rows.weight[g]!;
    const kT = tIndex[g]!;
    const alive = -(r + x) * logT[kT]!;
    if (x === 0) {
      sum += weight * alive;
      dr -= weight * logT[kT]!;
      dalpha -= weight * (r + x) * invT[kT]!;
      continue;
    }
    const k = xIndex[g]!;
    const kTx = txIndex[g]!;
    const dropped = dropout[k]! - (r + x) * logTx[kTx]!;
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
    dr -= weight * (v * logT[kT]! + w * logTx[kTx]!);
    dalpha -= weight * (r + x) * (v * invT[kT]! + w * invTx[kTx]!);
    da += (weight * w) / a;
    db -= weight * w * invB[k]!;
  }
  gradient[0] = dr * r;
  gradient[1] = dalpha * alpha;
  gradient[2] = da * a;
  gradient[3] = db * b;
  return sum;
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
