/**
 * BG/NBD repeat-purchase model (Fader, Hardie & Lee 2005, "Counting your customers the easy
 * way"): while alive a customer buys at a Poisson rate λ ~ Gamma(r, α); after each purchase they
 * drop out with probability p ~ Beta(a, b). Fitted by maximum likelihood on (x, t_x, T) in weeks,
 * over the distinct combinations with their counts, so the fit cost does not grow with customers.
 */
import betaln from "@stdlib/math-base-special-betaln";
import gammaln from "@stdlib/math-base-special-gammaln";
import { restartedNelderMead } from "../lib/nelder-mead.ts";
import { checkInput, degenerate, tailFactor } from "./bg-nbd-checks.ts";
import { finiteNonNegative, ModelRangeError } from "./model-error.ts";

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

/** Result of `bgNbd`. Use `params` only when `converged` is true. */
export interface BgNbdFit {
  params: BgNbdParams;
  /** Σ log-likelihood over customers at `params`. */
  logLikelihood: number;
  converged: boolean;
  /** Nelder–Mead iterations over all restarts. */
  iterations: number;
  customers: number;
  distinct: number;
}

/** Options of `bgNbd`. */
export interface BgNbdOptions {
  /** Starting parameters. Default r = α = a = b = 1. */
  start?: BgNbdParams;
  /** Nelder–Mead iterations per run. Default 2000. */
  maxIterations?: number;
}

/** Groups customers by identical (x, t_x, T), in order of first appearance. */
export function distinctRfm(data: RfmData): DistinctRfm {
  const n = checkRfm(data);
  const seen = new Map<string, number>();
  const row = new Int32Array(n);
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = `${data.x[i]} ${data.tx[i]} ${data.T[i]}`;
    let g = seen.get(key);
    if (g === undefined) {
      g = x.length;
      seen.set(key, g);
      x.push(data.x[i]!);
      tx.push(data.tx[i]!);
      T.push(data.T[i]!);
      weight.push(0);
    }
    weight[g]!++;
    row[i] = g;
  }
  return { x: Float64Array.from(x), tx: Float64Array.from(tx), T: Float64Array.from(T), weight: Float64Array.from(weight), row };
}

/** Distinct values of `values` and each element's index into them (weeks come from whole days, so few). */
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

/** Per-parameter caches of a likelihood evaluation: logs per distinct T and t_x, terms per distinct x. */
const prepared = new WeakMap<DistinctRfm, { x: ReturnType<typeof indexValues>; T: ReturnType<typeof indexValues>; tx: ReturnType<typeof indexValues> }>();

/**
 * Σ weight × log-likelihood of the BG/NBD at `params` over distinct rows. ln(α + T) and ln(α + t_x)
 * are computed once per distinct T and t_x, the gamma and beta terms once per distinct x, and
 * rows with x = 0 (no dropout term) skip the log-sum-exp.
 */
export function bgNbdLogLikelihood(params: BgNbdParams, rows: DistinctRfm): number {
  const { r, alpha, a, b } = params;
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return -Infinity;
  let cache = prepared.get(rows);
  if (cache === undefined) prepared.set(rows, (cache = { x: indexValues(rows.x), T: indexValues(rows.T), tx: indexValues(rows.tx) }));
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
 * A fitted parameter outside [1e-6, 1e6] means the likelihood has no interior maximum (it keeps
 * rising towards 0 or ∞, e.g. when nobody bought twice): such a fit is reported as not converged.
 */
export function isInterior(value: number): boolean {
  return value >= 1e-6 && value <= 1e6;
}

/**
 * Fits the BG/NBD by maximum likelihood (Nelder–Mead on log-parameters, restarted from its own
 * optimum until it stops improving). Reports `converged: false` rather than throwing, also when a
 * parameter runs off to 0 or ∞ (see `isInterior`).
 */
export function bgNbd(data: RfmData, options: BgNbdOptions = {}): BgNbdFit {
  const rows = distinctRfm(data);
  const customers = rows.row.length;
  if (customers === 0) throw new RangeError("bgNbd expects at least one customer");
  const start = options.start ?? { r: 1, alpha: 1, a: 1, b: 1 };
  if (degenerate(rows)) return { params: start, logLikelihood: bgNbdLogLikelihood(start, rows), converged: false, iterations: 0, customers, distinct: rows.x.length };
  const toParams = (v: number[]): BgNbdParams => ({ r: Math.exp(v[0]!), alpha: Math.exp(v[1]!), a: Math.exp(v[2]!), b: Math.exp(v[3]!) });
  // Mean negative log-likelihood per customer keeps the tolerances independent of the data size.
  const objective = (v: number[]): number => -bgNbdLogLikelihood(toParams(v), rows) / customers;
  const fit = restartedNelderMead(objective, [start.r, start.alpha, start.a, start.b].map(Math.log), options.maxIterations ?? 2000);
  const params = toParams(fit.x);
  const logLikelihood = bgNbdLogLikelihood(params, rows);
  const converged = fit.converged && Number.isFinite(logLikelihood) && Object.values(params).every(isInterior);
  return { params, logLikelihood, converged, iterations: fit.iterations, customers, distinct: rows.x.length };
}

/** P(alive | x, t_x, T): 1 for x = 0, else 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)). Throws `ModelRangeError` on invalid input. */
export function bgNbdProbabilityAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  checkInput("bgNbdProbabilityAlive", params, x, tx, T);
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const odds = Math.exp(Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx)));
  return 1 / (1 + odds);
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
  const z = t / (alpha + T + t);
  const c = a + b + x - 1;
  return (c / (a - 1)) * (1 - tailFactor(r, a, b, x, z)) * bgNbdProbabilityAlive({ r, alpha, a, b }, x, tx, T);
}

/** E[X(t)]: expected repeat purchases in the first t weeks after a first purchase (FHL 2005 eq. 7). */
export function bgNbdExpected(params: BgNbdParams, t: number): number {
  return bgNbdConditionalExpected(params, t, 0, 0, 0);
}

/**
 * Expected cumulative repeat purchases of the whole base at calendar offsets `horizons` (weeks
 * after the calibration end; negative reaches back): Σᵢ E[X(max(0, Tᵢ + h))], summed per distinct T.
 * With h = 0 it is the model's calibration total; compare with actual cumulative purchases.
 */
export function bgNbdExpectedCumulative(params: BgNbdParams, T: ArrayLike<number>, horizons: readonly number[]): number[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < T.length; i++) counts.set(T[i]!, (counts.get(T[i]!) ?? 0) + 1);
  const distinctT = [...counts.keys()].sort((p, q) => p - q);
  return horizons.map((h) => {
    let sum = 0;
    for (const t of distinctT) sum += counts.get(t)! * bgNbdExpected(params, Math.max(0, t + h));
    return sum;
  });
}

/** Per-customer P(alive) and expected purchases in the next `t` weeks, with their total. */
export interface BgNbdPrediction {
  pAlive: Float64Array;
  expected: Float64Array;
  /** Σ expected over customers. */
  total: number;
}

/** Predicts every customer (computed once per distinct (x, t_x, T)). */
export function bgNbdPredict(params: BgNbdParams, data: RfmData, t: number): BgNbdPrediction {
  const rows = distinctRfm(data);
  const g = rows.x.length;
  const rowAlive = new Float64Array(g);
  const rowExpected = new Float64Array(g);
  for (let k = 0; k < g; k++) {
    rowAlive[k] = bgNbdProbabilityAlive(params, rows.x[k]!, rows.tx[k]!, rows.T[k]!);
    rowExpected[k] = bgNbdConditionalExpected(params, t, rows.x[k]!, rows.tx[k]!, rows.T[k]!);
  }
  const n = rows.row.length;
  const pAlive = new Float64Array(n);
  const expected = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    pAlive[i] = rowAlive[rows.row[i]!]!;
    expected[i] = rowExpected[rows.row[i]!]!;
    total += expected[i]!;
  }
  return { pAlive, expected, total };
}

/** Sums `values` per group label 0..groupCount−1 (labels outside that range are skipped). */
export function sumByGroup(values: ArrayLike<number>, group: ArrayLike<number>, groupCount: number): number[] {
  const sums = new Array<number>(groupCount).fill(0);
  for (let i = 0; i < values.length; i++) {
    const g = group[i]!;
    if (g >= 0 && g < groupCount) sums[g]! += values[i]!;
  }
  return sums;
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
