/**
 * Small, exact-enough statistics for conversion data, without sampling (so results are
 * deterministic): the normal distribution, the regularised incomplete gamma function (for the
 * chi-squared test and the normal tails), the Wilson interval, the two-proportion z-test and the
 * Bayesian chance that one conversion rate beats another.
 */
import betaln from "@stdlib/math-base-special-betaln";
import gammainc from "@stdlib/math-base-special-gammainc";
import { normalQuantile } from "./normal-quantile.ts";

export { normalQuantile } from "./normal-quantile.ts";

/**
 * Regularised lower incomplete gamma P(a, x), from `@stdlib/math-base-special-gammainc`
 * (measured against the former hand-written series/continued fraction: equal to 1e-13 relative
 * on the test points, P(100, 90) included; Q(½, z²/2) for 200,000 z: 98 ms against 87 ms).
 * @example regularizedGammaP(1, 2) === 1 - Math.exp(-2)
 */
export function regularizedGammaP(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return Number.NaN;
  return gammainc(x, a);
}

/** Regularised upper incomplete gamma Q(a, x) = 1 − P(a, x), accurate in the far tail too. */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return Number.NaN;
  return gammainc(x, a, true, true);
}

/** Survival function of the chi-squared distribution: P(X ≥ x) with `df` degrees of freedom. */
export function chiSquaredSf(x: number, df: number): number {
  if (x <= 0) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}

/**
 * Standard normal cumulative distribution Φ(z), through Φ(z) = ½·Q(½, z²/2) for z < 0
 * (the same incomplete gamma), so the lower tail keeps its relative precision.
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const tail = 0.5 * regularizedGammaQ(0.5, (z * z) / 2);
  return z < 0 ? tail : 1 - tail;
}

/** Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|) = Q(½, z²/2). */
export function twoSidedP(z: number): number {
  return regularizedGammaQ(0.5, (z * z) / 2);
}

/** The two-sided critical value z for a confidence level, e.g. 1.96 for 0.95. */
export function zFor(level: number): number {
  return normalQuantile(1 - (1 - level) / 2);
}

/** A confidence interval. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score interval for a proportion `successes / trials`: stays inside [0, 1] and behaves
 * for small samples and rates near 0 or 1, unlike the Wald interval. Null for 0 trials.
 * @example wilson(20, 100, 0.95) ≈ { low: 0.1334, high: 0.2888 }
 */
export function wilson(successes: number, trials: number, level = 0.95): Interval | null {
  if (trials <= 0) return null;
  const z = zFor(level);
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const center = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / trials + (z * z) / (4 * trials * trials));
  // At 0 or n successes the bound is exactly 0 or 1; float noise would leave 1e-17.
  return { low: successes <= 0 ? 0 : Math.max(0, center - half), high: successes >= trials ? 1 : Math.min(1, center + half) };
}

/** Result of a two-proportion z-test. */
export interface ZTest {
  /** (p₂ − p₁) ÷ pooled standard error. */
  z: number;
  /** Two-sided p-value. */
  p: number;
}

/**
 * Two-proportion z-test of H₀: p₁ = p₂ with the pooled standard error
 * √(p̄(1−p̄)(1/n₁ + 1/n₂)), p̄ = (x₁ + x₂)/(n₁ + n₂). Null when it is undefined (no trials, or
 * p̄ is 0 or 1).
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): ZTest | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return null;
  const z = (x2 / n2 - x1 / n1) / se;
  return { z, p: twoSidedP(z) };
}

/**
 * Confidence interval of the difference p₂ − p₁ with the unpooled (Wald) standard error
 * √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂).
 */
export function differenceInterval(x1: number, n1: number, x2: number, n2: number, level = 0.95): Interval | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const half = zFor(level) * Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  return { low: p2 - p1 - half, high: p2 - p1 + half };
}

/**
 * Confidence interval of the relative lift p₂/p₁ − 1, from the log of the risk ratio with
 * the delta-method standard error √((1−p₁)/x₁ + (1−p₂)/x₂) (Katz). Null when either side has
 * no conversions.
 */
export function relativeLiftInterval(x1: number, n1: number, x2: number, n2: number, level = 0.95): Interval | null {
  if (x1 <= 0 || x2 <= 0 || n1 <= 0 || n2 <= 0) return null;
  const logRatio = Math.log(x2 / n2 / (x1 / n1));
  const half = zFor(level) * Math.sqrt((1 - x1 / n1) / x1 + (1 - x2 / n2) / x2);
  return { low: Math.exp(logRatio - half) - 1, high: Math.exp(logRatio + half) - 1 };
}

/** Above this many terms the exact sum gives way to the normal approximation. */
export const EXACT_BETA_TERMS = 50_000;

/**
 * P(θ_B > θ_A) for independent θ_A ~ Beta(aA, bA), θ_B ~ Beta(aB, bB) with integer a's. Exact
 * closed-form sum (Evan Miller, "Formulas for Bayesian A/B testing", 2015)
 *   Σ_{i=0}^{aB−1} B(aA+i, bA+bB) / ((bB+i) · B(1+i, bB) · B(aA, bA)),
 * summed over the smaller of aA and aB (using P(B > A) = 1 − P(A > B)); when both exceed
 * `EXACT_BETA_TERMS` it uses the normal approximation of the two Betas (means and variances),
 * whose error is far below the displayed precision at such sizes.
 */
export function probabilityBetaGreater(aA: number, bA: number, aB: number, bB: number): number {
  if (Math.min(aA, aB) > EXACT_BETA_TERMS) {
    const mean = (a: number, b: number) => a / (a + b);
    const variance = (a: number, b: number) => (a * b) / ((a + b) ** 2 * (a + b + 1));
    return normalCdf((mean(aB, bB) - mean(aA, bA)) / Math.sqrt(variance(aA, bA) + variance(aB, bB)));
  }
  if (aB > aA) return 1 - probabilityBetaGreater(aB, bB, aA, bA);
  const base = betaln(aA, bA);
  let sum = 0;
  for (let i = 0; i < aB; i++) {
    sum += Math.exp(betaln(aA + i, bA + bB) - Math.log(bB + i) - betaln(1 + i, bB) - base);
  }
  return Math.min(1, Math.max(0, sum));
}

/**
 * Bayesian chance that variant B's conversion rate beats A's, with a uniform Beta(1, 1) prior on
 * each rate: posteriors Beta(1 + x, 1 + n − x).
 */
export function chanceToBeat(xA: number, nA: number, xB: number, nB: number): number {
  return probabilityBetaGreater(1 + xA, 1 + nA - xA, 1 + xB, 1 + nB - xB);
}

/**
 * Chi-squared goodness-of-fit test of observed counts against expected shares (normalised to
 * sum to 1), df = groups − 1. Used for the sample-ratio-mismatch check.
 */
export function chiSquaredTest(observed: readonly number[], shares: readonly number[]): { statistic: number; df: number; p: number } {
  const total = observed.reduce((s, v) => s + v, 0);
  const shareSum = shares.reduce((s, v) => s + v, 0);
  let statistic = 0;
  for (let i = 0; i < observed.length; i++) {
    const expected = (total * shares[i]!) / shareSum;
    statistic += (observed[i]! - expected) ** 2 / expected;
  }
  const df = observed.length - 1;
  return { statistic, df, p: chiSquaredSf(statistic, df) };
}

/**
 * Least-squares slope of `values` against their index (per step, e.g. per month), skipping
 * nulls; null with fewer than two values.
 * @example slope([0.1, 0.2, null, 0.4]) ≈ 0.1
 */
export function slope(values: readonly (number | null)[]): number | null {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  values.forEach((y, x) => {
    if (y === null || !Number.isFinite(y)) return;
    n++;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  });
  const denominator = n * sxx - sx * sx;
  return n < 2 || denominator === 0 ? null : (n * sxy - sx * sy) / denominator;
}
