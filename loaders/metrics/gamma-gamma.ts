/**
 * Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; Fader & Hardie's note
 * "The Gamma-Gamma model of monetary value", 2013): a customer's purchase values are
 * Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, independent of how often they buy.
 * Fitted on customers with x > 0 repeat purchases and a positive mean spend m_x.
 */
import gammaln from "@stdlib/math-base-special-gammaln";
import { restartedNelderMead } from "../lib/nelder-mead.ts";
import { isInterior } from "./bg-nbd.ts";

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

/**
 * log f(m_x | p, q, γ, x) = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + px ln x + (px−1) ln m_x
 * − (px+q) ln(γ + x m_x), summed over customers with x > 0 and m_x > 0.
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: SpendData): number {
  const { p, q, gamma } = params;
  if (!(p > 0 && q > 0 && gamma > 0)) return -Infinity;
  const constant = -gammaln(q) + q * Math.log(gamma);
  let sum = 0;
  for (let i = 0; i < data.x.length; i++) {
    const x = data.x[i]!;
    const m = data.spend[i]!;
    if (!(x > 0 && m > 0)) continue;
    const px = p * x;
    sum += constant + gammaln(px + q) - gammaln(px) + px * Math.log(x) + (px - 1) * Math.log(m) - (px + q) * Math.log(gamma + x * m);
  }
  return sum;
}

/**
 * Fits the Gamma-Gamma model by maximum likelihood (Nelder–Mead on log-parameters from
 * p = q = γ = 1); `converged: false` when the optimiser stops early or a parameter leaves [1e-6, 1e6].
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
  const toParams = (v: number[]): GammaGammaParams => ({ p: Math.exp(v[0]!), q: Math.exp(v[1]!), gamma: Math.exp(v[2]!) });
  const objective = (v: number[]): number => -gammaGammaLogLikelihood(toParams(v), data) / customers;
  const fit = restartedNelderMead(objective, [start.p, start.q, start.gamma].map(Math.log), options.maxIterations ?? 2000);
  const params = toParams(fit.x);
  const logLikelihood = gammaGammaLogLikelihood(params, data);
  const converged = fit.converged && Number.isFinite(logLikelihood) && Object.values(params).every(isInterior);
  return { params, logLikelihood, converged, iterations: fit.iterations, customers, excluded };
}

/** Population mean purchase value E[M] = pγ / (q − 1); NaN when q ≤ 1 (no finite mean). */
export function gammaGammaPopulationMean(params: GammaGammaParams): number {
  return params.q > 1 ? (params.p * params.gamma) / (params.q - 1) : NaN;
}

/**
 * E[M | p, q, γ, m_x, x] = p(γ + x m_x) / (px + q − 1): a weighted mean of the population mean and
 * the customer's own mean spend. For x = 0 it is the population mean. NaN when px + q ≤ 1.
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, x: number, spend: number): number {
  const { p, q, gamma } = params;
  const denominator = p * x + q - 1;
  return denominator > 0 ? (p * (gamma + x * spend)) / denominator : NaN;
}
