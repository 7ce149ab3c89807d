/**
 * BG/NBD repeat-purchase model (Fader, Hardie & Lee 2005, "Counting your customers the easy
 * way"): while alive a customer buys at a Poisson rate λ ~ Gamma(r, α); after each purchase they
 * drop out with probability p ~ Beta(a, b). Fitted by maximum likelihood on (x, t_x, T) in weeks,
 * over the distinct combinations with their counts, so the fit cost does not grow with customers.
 */
import { bfgs } from "../lib/bfgs.ts";
import { degenerate } from "./bg-nbd-checks.ts";
import { type BgNbdParams, bgNbdLogLikelihood, bgNbdLogLikelihoodGradient, type DistinctRfm, distinctRfm, type RfmData } from "./bg-nbd-likelihood.ts";
import { bgNbdConditionalExpected, bgNbdConditionalExpectedRows, bgNbdProbabilityAliveRows } from "./bg-nbd-predict.ts";

export {
  bgNbdConditionalExpected,
  bgNbdConditionalExpectedRows,
  bgNbdExpectedParts,
  bgNbdProbabilityAlive,
  bgNbdProbabilityAliveRows,
  expectedAt,
  type ExpectedParts,
} from "./bg-nbd-predict.ts";
export { type BgNbdParams, bgNbdLogLikelihood, bgNbdLogLikelihoodGradient, type DistinctRfm, distinctRfm, type RfmData } from "./bg-nbd-likelihood.ts";

/** Result of `bgNbd`. Use `params` only when `converged` is true. */
export interface BgNbdFit {
  params: BgNbdParams;
  /** Σ log-likelihood over customers at `params`. */
  logLikelihood: number;
  converged: boolean;
  /** Optimiser (BFGS) iterations. */
  iterations: number;
  customers: number;
  distinct: number;
}

/** Options of `bgNbd`. */
export interface BgNbdOptions {
  /** Starting parameters. Default r = α = a = b = 1. */
  start?: BgNbdParams;
  /** Optimiser iterations. Default 2000. */
  maxIterations?: number;
}

/**
 * A fitted parameter outside [1e-6, 1e6] means the likelihood has no interior maximum (it keeps
 * rising towards 0 or ∞, e.g. when nobody bought twice): such a fit is reported as not converged.
 */
export function isInterior(value: number): boolean {
  return value >= 1e-6 && value <= 1e6;
}

/**
 * Fits the BG/NBD by maximum likelihood (BFGS on log-parameters with the analytic gradient of
 * `bgNbdLogLikelihoodGradient`, until every gradient component of the mean log-likelihood per
 * customer is below 1e-9). Reports `converged: false` rather than throwing, also when a
 * parameter runs off to 0 or ∞ (see `isInterior`). `data` may also be already distinct rows with
 * their weights (`DistinctRfm`, e.g. counted in an engine; its `row` may then be empty).
 */
export function bgNbd(data: RfmData | DistinctRfm, options: BgNbdOptions = {}): BgNbdFit {
  const rows = "weight" in data ? data : distinctRfm(data);
  const customers = "weight" in data ? data.weight.reduce((sum, w) => sum + w, 0) : rows.row.length;
  if (customers === 0) throw new RangeError("bgNbd expects at least one customer");
  const start = options.start ?? { r: 1, alpha: 1, a: 1, b: 1 };
  if (degenerate(rows)) return { params: start, logLikelihood: bgNbdLogLikelihood(start, rows), converged: false, iterations: 0, customers, distinct: rows.x.length };
  const toParams = (v: readonly number[]): BgNbdParams => ({ r: Math.exp(v[0]!), alpha: Math.exp(v[1]!), a: Math.exp(v[2]!), b: Math.exp(v[3]!) });
  // Mean negative log-likelihood per customer keeps the tolerance independent of the data size.
  const objective = (v: readonly number[], gradient: number[]): number => {
    const value = -bgNbdLogLikelihoodGradient(toParams(v), rows, gradient) / customers;
    for (let i = 0; i < 4; i++) gradient[i] = -gradient[i]! / customers;
    return value;
  };
  const fit = bfgs(objective, [start.r, start.alpha, start.a, start.b].map(Math.log), { maxIterations: options.maxIterations ?? 2000, gradientTolerance: 1e-10 });
  const params = toParams(fit.x);
  const logLikelihood = bgNbdLogLikelihood(params, rows);
  const converged = fit.converged && Number.isFinite(logLikelihood) && Object.values(params).every(isInterior);
  return { params, logLikelihood, converged, iterations: fit.iterations, customers, distinct: rows.x.length };
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

/**
 * Predicts every customer (computed once per distinct (x, t_x, T)). `rows` is `distinctRfm(data)`,
 * passed when the caller has it already (the fit, CLV and the prediction then group once).
 */
export function bgNbdPredict(params: BgNbdParams, data: RfmData, t: number, rows: DistinctRfm = distinctRfm(data)): BgNbdPrediction {
  const rowAlive = bgNbdProbabilityAliveRows(params, rows);
  const rowExpected = bgNbdConditionalExpectedRows(params, [t], rows)[0]!;
  const n = rows.row.length;
  if (n !== data.x.length) throw new RangeError(`bgNbdPredict expects the distinct rows of its data (${data.x.length} customers), got rows of ${n}`);
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
