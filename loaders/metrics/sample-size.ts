/**
 * Sample size of a planned A/B test on a conversion rate, by the formula of Evan Miller's
 * calculator (evanmiller.org/ab-testing/sample-size.html), so analysts can check it there:
 *
 *   n = (z₁₋α/₂ · √(2p(1−p)) + z₁₋β · √(p(1−p) + (p+δ)(1−p−δ)))² ÷ δ²  per variant,
 *
 * p the baseline rate (folded to 1 − p above 0.5, as that calculator does), δ the absolute
 * minimum detectable effect. Pure; runs in the browser island too.
 */
import { normalQuantile } from "../lib/normal-quantile.ts";

/** The inputs of a sample-size calculation. */
export interface SampleSizeInput {
  /** Baseline conversion rate, 0 < p < 1. */
  baseline: number;
  /** Minimum detectable effect: absolute (0.01 = 1 percentage point) or relative (0.1 = +10 %). */
  mde: number;
  relative: boolean;
  /** Two-sided significance level (0.05). */
  alpha: number;
  /** Power (0.8). */
  power: number;
}

/** Visitors per variant: the formula's value and the whole number to plan with (rounded up). */
export interface SampleSize {
  exact: number;
  perVariant: number;
  /** The absolute effect δ used. */
  delta: number;
}

/** The formula's n for baseline `p` and absolute effect `delta`. */
function formula(p: number, delta: number, alpha: number, power: number): number {
  const q = p > 0.5 ? 1 - p : p;
  const zAlpha = normalQuantile(1 - alpha / 2);
  const zBeta = normalQuantile(power);
  const sd1 = Math.sqrt(2 * q * (1 - q));
  const sd2 = Math.sqrt(q * (1 - q) + (q + delta) * (1 - q - delta));
  return (zAlpha * sd1 + zBeta * sd2) ** 2 / (delta * delta);
}

/**
 * Visitors needed per variant, or null when the inputs make no sense (baseline outside (0, 1),
 * an effect of 0, or a target rate outside (0, 1)).
 * @example sampleSize({ baseline: 0.2, mde: 0.05, relative: false, alpha: 0.05, power: 0.8 }).exact ≈ 1030.2
 */
export function sampleSize(input: SampleSizeInput): SampleSize | null {
  const { baseline, mde, relative, alpha, power } = input;
  if (!(baseline > 0 && baseline < 1) || !(mde > 0) || !(alpha > 0 && alpha < 1) || !(power > 0 && power < 1)) return null;
  const delta = relative ? baseline * mde : mde;
  const folded = baseline > 0.5 ? 1 - baseline : baseline;
  if (!(folded + delta < 1)) return null;
  const exact = formula(baseline, delta, alpha, power);
  return { exact, perVariant: Math.ceil(exact - 1e-9), delta };
}

/**
 * The smallest absolute effect δ the formula detects with `perVariant` visitors per variant (the
 * inverse of `sampleSize`, by bisection), or null when even δ → 1 − p needs more visitors.
 */
export function detectableEffect(baseline: number, perVariant: number, alpha: number, power: number): number | null {
  if (!(baseline > 0 && baseline < 1) || !(perVariant > 0)) return null;
  const folded = baseline > 0.5 ? 1 - baseline : baseline;
  let low = 0;
  let high = 1 - folded - 1e-12;
  if (formula(baseline, high, alpha, power) > perVariant) return null;
  for (let i = 0; i < 100; i++) {
    const mid = (low + high) / 2;
    if (formula(baseline, mid, alpha, power) > perVariant) low = mid;
    else high = mid;
  }
  return high;
}

/**
 * Whole days until every variant has `perVariant` visitors when `dailyVisitors` enter the test
 * in total and are split evenly over `variants`; null without traffic.
 */
export function daysNeeded(perVariant: number, variants: number, dailyVisitors: number): number | null {
  if (!(dailyVisitors > 0)) return null;
  return Math.ceil((perVariant * variants) / dailyVisitors);
}
