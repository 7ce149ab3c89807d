/**
 * Gauss hypergeometric function 2F1(a, b; c; z) for real z < 1, by its power series.
 * Negative z is first mapped into [0, 1) by Pfaff's transformation
 * 2F1(a, b; c; z) = (1 − z)^(−a) · 2F1(a, c − b; c; z / (z − 1)), so the series always runs on
 * 0 ≤ z < 1, where it converges (slowly as z → 1: about log(ε) / log(z) terms).
 *
 * Kept instead of `@stdlib/math-base-special-hyp2f1` (0.1.1, its only release) for a measured
 * reason: stdlib returns NaN for arguments the BG/NBD meets with a large dropout shape, e.g.
 * 2F1(500, 3; 520; 0.99) and 2F1(20, 517; 520; 0.99), where this series gives 10802.588551351
 * (agreeing with Euler's transformation to 3e-14, test/lib/hyp2f1.test.ts), and a NaN cannot
 * drive the large-a fallback in loaders/metrics/bg-nbd-checks.ts, which needs a RangeError. It
 * was also slower: 200,000 BG/NBD-like calls took 327 ms against 255 ms here.
 */

/** Largest number of series terms before `hyp2f1` gives up. */
export const HYP2F1_MAX_TERMS = 1_000_000;

const EPSILON = 1e-15;

/**
 * 2F1(a, b; c; z) = Σₙ (a)ₙ (b)ₙ / ((c)ₙ n!) zⁿ for z < 1; throws outside that domain, for c a
 * non-positive integer, or when the series has not converged after `HYP2F1_MAX_TERMS` terms.
 * @example hyp2f1(1, 1, 2, 0.5) // = −ln(0.5) / 0.5 ≈ 1.386294
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c) && Number.isFinite(z))) throw new RangeError(`hyp2f1 expects finite arguments, got (${a}, ${b}, ${c}, ${z})`);
  if (!(z < 1)) throw new RangeError(`hyp2f1 expects z < 1, got z = ${z}`);
  if (c <= 0 && Number.isInteger(c)) throw new RangeError(`hyp2f1 expects c not a non-positive integer, got c = ${c}`);
  if (z < 0) return (1 - z) ** -a * series(a, c - b, c, z / (z - 1));
  return series(a, b, c, z);
}

/** The plain series on 0 ≤ z < 1. */
function series(a: number, b: number, c: number, z: number): number {
  if (z === 0) return 1;
  let term = 1;
  let sum = 1;
  for (let n = 0; n < HYP2F1_MAX_TERMS; n++) {
    const ratio = ((a + n) * (b + n)) / ((c + n) * (n + 1));
    term *= ratio * z;
    sum += term;
    // A polynomial (a or b a non-positive integer) ends exactly.
    if (term === 0) return sum;
    // Once the term ratio is below 1 the remaining terms shrink at least geometrically with
    // rate ρ = max(ratio·z, z), since the ratio tends to z; bound the tail by term·ρ/(1−ρ).
    const rho = Math.max(Math.abs(ratio * z), z);
    if (Math.abs(ratio * z) < 1 && (Math.abs(term) * rho) / (1 - rho) <= EPSILON * Math.abs(sum)) return sum;
    if (!Number.isFinite(sum)) break;
  }
  throw new RangeError(`hyp2f1(${a}, ${b}; ${c}; ${z}) did not converge`);
}
