/**
 * Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; Fader & Hardie's note
 * "The Gamma-Gamma model of monetary value", 2013): a customer's purchase values are
 * Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, independent of how often they buy.
 * Fitted on customers with x > 0 repeat purchases and a positive mean spend m_x.
 */
import digamma from "@stdlib/math-base-special-digamma";
import gammaln from "@stdlib/math-base-special-gammaln";
import { bfgs } from "../lib/bfgs.ts";
import { isInterior } from "./bg-nbd.ts";
import { checkPositive, finiteNonNegative, ModelRangeError } from "./model-error.ts";

/** Gamma-Gamma parameters: shape p of a purchase value, ν ~ Gamma(q, γ) its scale across customers. */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** Per-customer input: repeat purchases and mean value of those purchases. */
export interface SpendData {
  x: ArrayLike<number>;
  spend: ArrayLike<number>;
}

/** Result of `gammaGamma`. Use `params` only when `converged` is true. */
export interface GammaGammaFit {
  params: GammaGammaParams;
  logLikelihood: number;
  converged: boolean;
  iterations: number;
  /** Customers the fit used: x > 0 and spend > 0. */
  customers: number;
  /** Customers with x > 0 left out because their mean spend is ≤ 0 (log of it undefined). */
  excluded: number;
}

/** The customers a Gamma-Gamma fit uses (x > 0, m_x > 0), with the parts that do not depend on the parameters. */
export interface PreparedSpend {
  x: Float64Array;
  /** x · m_x. */
  xm: Float64Array;
  /** ln x and ln m_x. */
  logX: Float64Array;
  logM: Float64Array;
  /** Distinct values of x (repeat purchases are whole numbers, so few) and each customer's index into them. */
  xValues: Float64Array;
  xIndex: Int32Array;
}

/** Keeps the customers with x > 0 and m_x > 0 and precomputes what the likelihood reuses every iteration. */
export function prepareSpend(data: SpendData): PreparedSpend {
  const keep: number[] = [];
  for (let i = 0; i < data.x.length; i++) if (data.x[i]! > 0 && data.spend[i]! > 0) keep.push(i);
  const n = keep.length;
  const out: PreparedSpend = { x: new Float64Array(n), xm: new Float64Array(n), logX: new Float64Array(n), logM: new Float64Array(n), xValues: new Float64Array(0), xIndex: new Int32Array(n) };
  const values = new Map<number, number>();
  keep.forEach((i, k) => {
    const x = data.x[i]!;
    const m = data.spend[i]!;
    out.x[k] = x;
    out.xm[k] = x * m;
    out.logX[k] = Math.log(x);
    out.logM[k] = Math.log(m);
    let v = values.get(x);
    if (v === undefined) values.set(x, (v = values.size));
    out.xIndex[k] = v;
  });
  out.xValues = Float64Array.from(values.keys());
  return out;
}

/**
 * log f(m_x | p, q, γ, x) = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + px ln x + (px−1) ln m_x
 * − (px+q) ln(γ + x m_x), summed over customers with x > 0 and m_x > 0. The log-gamma terms
 * depend on x only, so they are computed once per distinct x.
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: SpendData | PreparedSpend): number {
  const prepared = "xIndex" in data ? data : prepareSpend(data);
  const { p, q, gamma } = params;
  if (!(p > 0 && q > 0 && gamma > 0)) return -Infinity;
  const constant = -gammaln(q) + q * Math.log(gamma);
  const perX = Float64Array.from(prepared.xValues, (x) => constant + gammaln(p * x + q) - gammaln(p * x));
  const { x, xm, logX, logM, xIndex } = prepared;
  let sum = 0;
  for (let k = 0; k < x.length; k++) {
    const px = p * x[k]!;
    sum += perX[xIndex[k]!]! + px * logX[k]! + (px - 1) * logM[k]! - (px + q) * Math.log(gamma + xm[k]!);
  }
  return sum;
}

/**
 * The log-likelihood of `gammaGammaLogLikelihood` and its gradient with respect to (ln p, ln q, ln γ),
 * written into `gradient`: with L = ln(γ + x m_x),
 * ∂/∂p = Σ x (ψ(px+q) − ψ(px) + ln x + ln m_x − L), ∂/∂q = Σ ψ(px+q) − ψ(q) + ln γ − L,
 * ∂/∂γ = Σ q/γ − (px+q)/(γ + x m_x). The digamma terms are computed once per distinct x.
 */
export function gammaGammaLogLikelihoodGradient(params: GammaGammaParams, prepared: PreparedSpend, gradient: number[]): number {
  const { p, q, gamma } = params;
  gradient.fill(0, 0, 3);
  if (!(p > 0 && q > 0 && gamma > 0)) return -Infinity;
  const logGamma = Math.log(gamma);
  const constant = -gammaln(q) + q * logGamma;
  const psiQ = digamma(q);
  const { x, xValues } = prepared;
  const perX = Float64Array.from(xValues, (v) => constant + gammaln(p * v + q) - gammaln(p * v));
  const psiSum = Float64Array.from(xValues, (v) => digamma(p * v + q));
  const psiP = Float64Array.from(xValues, (v) => digamma(p * v));
  // Customers in blocks of a small function, compiled whole once hot (see `rowSums` in bg-nbd-likelihood.ts).
  const sums = new Float64Array(4);
  const tables: CustomerTables = { perX, psiSum, psiP, psiQ, logGamma };
  for (let from = 0; from < x.length; from += CUSTOMER_BLOCK) customerSums(prepared, from, Math.min(x.length, from + CUSTOMER_BLOCK), params, tables, sums);
  const [sum, dp, dq, dg] = [sums[0]!, sums[1]!, sums[2]!, sums[3]!];
  gradient[0] = dp * p;
  gradient[1] = dq * q;
  gradient[2] = dg * gamma;
  return sum;
}

/** Customers per call of `customerSums`. */
const CUSTOMER_BLOCK = 512;

/** Per-evaluation values of the gradient's customer loop (per distinct x, and constants). */
interface CustomerTables {
  perX: Float64Array;
  psiSum: Float64Array;
  psiP: Float64Array;
  psiQ: number;
  logGamma: number;
}

/** Adds the terms of customers `from` … `to` − 1 to `sums` = [log-likelihood, ∂p, ∂q, ∂γ], customers in order. */
function customerSums(prepared: PreparedSpend, from: number, to: number, params: GammaGammaParams, tables: CustomerTables, sums: Float64Array): void {
  const { p, q, gamma } = params;
  const { x, xm, logX, logM, xIndex } = prepared;
  const { perX, psiSum, psiP, psiQ, logGamma } = tables;
  let sum = sums[0]!;
  let dp = sums[1]!;
  let dq = sums[2]!;
  let dg = sums[3]!;
  for (let k = from; k < to; k++) {
    const xk = x[k]!;
    const px = p * xk;
    const j = xIndex[k]!;
    const inv = 1 / (gamma + xm[k]!);
    const L = Math.log(gamma + xm[k]!);
    sum += perX[j]! + px * logX[k]! + (px - 1) * logM[k]! - (px + q) * L;
    dp += xk * (psiSum[j]! - psiP[j]! + logX[k]! + logM[k]! - L);
    dq += psiSum[j]! - psiQ + logGamma - L;
    dg += q / gamma - (px + q) * inv;
  }
  sums[0] = sum;
  sums[1] = dp;
  sums[2] = dq;
  sums[3] = dg;
}

/**
 * Fits the Gamma-Gamma model by maximum likelihood (BFGS on log-parameters from p = q = γ = 1,
 * with the analytic gradient of `gammaGammaLogLikelihoodGradient`); `converged: false` when the
 * optimiser stops early or a parameter leaves [1e-6, 1e6].
 */
export function gammaGamma(data: SpendData, options: { start?: GammaGammaParams; maxIterations?: number } = {}): GammaGammaFit {
  if (data.spend.length !== data.x.length) throw new RangeError(`gammaGamma expects x and spend of equal length, got ${data.x.length}, ${data.spend.length}`);
  let customers = 0;
  let excluded = 0;
  for (let i = 0; i < data.x.length; i++) {
    if (!(data.x[i]! > 0)) continue;
    if (data.spend[i]! > 0) customers++;
    else excluded++;
  }
  if (customers === 0) throw new RangeError("gammaGamma expects at least one customer with x > 0 and spend > 0");
  const start = options.start ?? { p: 1, q: 1, gamma: 1 };
  const toParams = (v: readonly number[]): GammaGammaParams => ({ p: Math.exp(v[0]!), q: Math.exp(v[1]!), gamma: Math.exp(v[2]!) });
  const prepared = prepareSpend(data);
  // Mean negative log-likelihood per customer keeps the tolerance independent of the data size.
  const objective = (v: readonly number[], gradient: number[]): number => {
    const value = -gammaGammaLogLikelihoodGradient(toParams(v), prepared, gradient) / customers;
    for (let i = 0; i < 3; i++) gradient[i] = -gradient[i]! / customers;
    return value;
  };
  const fit = bfgs(objective, [start.p, start.q, start.gamma].map(Math.log), { maxIterations: options.maxIterations ?? 2000, gradientTolerance: 1e-10 });
  const params = toParams(fit.x);
  const logLikelihood = gammaGammaLogLikelihood(params, prepared);
  const converged = fit.converged && Number.isFinite(logLikelihood) && Object.values(params).every(isInterior);
  return { params, logLikelihood, converged, iterations: fit.iterations, customers, excluded };
}

/** Population mean purchase value E[M] = pγ / (q − 1); a `ModelRangeError` when q ≤ 1 (no finite mean) or a parameter is invalid. */
export function gammaGammaPopulationMean(params: GammaGammaParams): number {
  checkPositive("gammaGammaPopulationMean", { p: params.p, q: params.q, gamma: params.gamma });
  if (!(params.q > 1)) throw new ModelRangeError(`gammaGammaPopulationMean: no finite mean for q ≤ 1 (q = ${params.q})`);
  return finiteNonNegative("gammaGammaPopulationMean", (params.p * params.gamma) / (params.q - 1));
}

/**
 * E[M | p, q, γ, m_x, x] = p(γ + x m_x) / (px + q − 1): a weighted mean of the population mean and
 * the customer's own mean spend. For x = 0 it is the population mean. The model needs m_x > 0: a
 * customer whose repeat purchases net to ≤ 0 (returns) is taken at m_x = 0, the most cautious
 * value it allows. A `ModelRangeError` when px + q ≤ 1, for invalid parameters or a non-finite spend.
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, x: number, spend: number): number {
  const { p, q, gamma } = params;
  // Called once per customer: the allocation-free test first, the named message only on failure.
  if (!(p > 0 && p < Infinity && q > 0 && q < Infinity && gamma > 0 && gamma < Infinity)) checkPositive("gammaGammaExpectedSpend", { p, q, gamma });
  if (!(Number.isInteger(x) && x >= 0) || !Number.isFinite(spend)) throw new ModelRangeError("gammaGammaExpectedSpend expects integer x ≥ 0 and a finite spend");
  const denominator = p * x + q - 1;
  if (!(denominator > 0)) throw new ModelRangeError(`gammaGammaExpectedSpend: no finite mean for px + q ≤ 1`);
  return finiteNonNegative("gammaGammaExpectedSpend", (p * (gamma + x * Math.max(0, spend))) / denominator);
}
