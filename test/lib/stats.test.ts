/**
 * The statistics against independently known values: closed forms worked by hand, textbook
 * examples, and reference values from scipy 1.17.1 (scipy.stats.norm / chi2 / beta with
 * scipy.integrate.quad), noted next to each number.
 */
import { describe, expect, it } from "vitest";
import {
  chanceToBeat,
  chiSquaredSf,
  chiSquaredTest,
  differenceInterval,
  EXACT_BETA_TERMS,
  normalCdf,
  normalQuantile,
  probabilityBetaGreater,
  regularizedGammaP,
  relativeLiftInterval,
  slope,
  twoProportionZTest,
  twoSidedP,
  wilson,
  zFor,
} from "../../loaders/lib/stats.ts";

describe("normal distribution", () => {
  it.each([
    [1.96, 0.9750021048517795], // scipy norm.cdf(1.96)
    [0, 0.5],
    [-1, 0.15865525393145705],
    [-5, 2.866515718791933e-7],
    [-10, 7.61985302416047e-24], // far tail keeps its relative precision
  ])("Φ(%s) = %s", (z, want) => {
    expect(normalCdf(z) / want).toBeCloseTo(1, 12);
  });

  it.each([
    [0.975, 1.959963984540054], // scipy norm.ppf
    [0.8, 0.8416212335729143],
    [0.5, 0],
    [1e-10, -6.361340902404056],
  ])("Φ⁻¹(%s) = %s", (p, want) => {
    expect(normalQuantile(p)).toBeCloseTo(want, 12);
  });

  it("round-trips Φ(Φ⁻¹(p)) and gives ±∞ at 0 and 1", () => {
    for (const p of [1e-300, 1e-8, 0.01, 0.3, 0.7, 0.999]) expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 10);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(zFor(0.95)).toBeCloseTo(1.959963984540054, 12);
  });
});

describe("incomplete gamma and chi-squared", () => {
  it("matches the closed forms P(1, x) = 1 − e^−x, df 2: e^−x/2, df 1: 2(1 − Φ(√x))", () => {
    for (const x of [0.01, 0.5, 2, 9, 40]) {
      expect(regularizedGammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 14);
      expect(chiSquaredSf(x, 2) / Math.exp(-x / 2)).toBeCloseTo(1, 12);
    }
    expect(chiSquaredSf(3.841458820694124, 1)).toBeCloseTo(0.05, 14); // the 95 % point of χ²₁
    expect(chiSquaredSf(25, 1)).toBeCloseTo(5.733031437583875e-7, 18); // scipy chi2.sf(25, 1)
    expect(chiSquaredSf(10, 3)).toBeCloseTo(0.01856613546304325, 14); // scipy chi2.sf(10, 3)
    expect(chiSquaredSf(0.5, 4)).toBeCloseTo(0.9735009788392561, 14); // (1 + x/2)e^−x/2 for df 4
    expect(chiSquaredSf(0, 3)).toBe(1);
  });

  it("tests a 50/25/25 split: 5000/2600/2400 gives χ² = 0 + 16/4·… = 8, p = e^−4", () => {
    // expected 5000/2500/2500: (0 + 100² + 100²)/2500 = 8; df 2 → p = e^−4.
    const test = chiSquaredTest([5000, 2600, 2400], [0.5, 0.25, 0.25]);
    expect(test.statistic).toBeCloseTo(8, 12);
    expect(test.df).toBe(2);
    expect(test.p).toBeCloseTo(Math.exp(-4), 14);
  });
});

describe("Wilson interval", () => {
  it("gives the textbook 20 of 100 → 13.34 % .. 28.88 %", () => {
    const interval = wilson(20, 100, 0.95)!;
    expect(interval.low).toBeCloseTo(0.1333669333, 9);
    expect(interval.high).toBeCloseTo(0.2888291656, 9);
  });

  it("stays inside [0, 1] at 0 of 10 (upper z²/(n + z²) = 3.8415/13.8415) and is null without trials", () => {
    const interval = wilson(0, 10, 0.95)!;
    expect(interval.low).toBe(0);
    expect(interval.high).toBeCloseTo(3.841458820694124 / 13.841458820694124, 12);
    expect(wilson(10, 10, 0.95)!.high).toBe(1);
    expect(wilson(0, 0)).toBeNull();
  });
});

describe("two proportions", () => {
  // 100/1000 against 130/1000, worked by hand:
  // p̄ = 230/2000 = 0.115, SE = √(0.115·0.885·0.002) = 0.0142671, z = 0.03/SE = 2.102741.
  it("z-test: z = 2.102741, two-sided p = 0.035488 (scipy 2·norm.sf(z))", () => {
    const test = twoProportionZTest(100, 1000, 130, 1000)!;
    expect(test.z).toBeCloseTo(2.102740605622114, 10);
    expect(test.p).toBeCloseTo(0.03548845046647471, 12);
    expect(twoSidedP(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoProportionZTest(0, 10, 0, 10)).toBeNull();
  });

  it("difference interval 0.03 ± 1.96·√(0.09/1000 + 0.1131/1000) and Katz relative-lift interval", () => {
    const diff = differenceInterval(100, 1000, 130, 1000, 0.95)!;
    expect(diff.low).toBeCloseTo(0.0020679344393763656, 12);
    expect(diff.high).toBeCloseTo(0.057932065560623636, 12);
    // exp(ln 1.3 ± 1.96·√(0.9/100 + 0.87/130)) − 1
    const relative = relativeLiftInterval(100, 1000, 130, 1000, 0.95)!;
    expect(relative.low).toBeCloseTo(0.01698427097104549, 12);
    expect(relative.high).toBeCloseTo(0.6617759470226023, 12);
    expect(relativeLiftInterval(0, 1000, 130, 1000)).toBeNull();
  });
});

describe("chance to beat (Beta posteriors, no sampling)", () => {
  it("is 5/6 for Beta(2, 1) against Beta(1, 2): ∫∫_{x>y} 2x · 2(1−y) = 4/3 − 1/2", () => {
    expect(probabilityBetaGreater(1, 2, 2, 1)).toBeCloseTo(5 / 6, 14);
    expect(probabilityBetaGreater(2, 1, 1, 2)).toBeCloseTo(1 / 6, 14);
    // 1 of 1 against 0 of 1 under Beta(1, 1): the same posteriors.
    expect(chanceToBeat(0, 1, 1, 1)).toBeCloseTo(5 / 6, 14);
  });

  it("is ½ for identical data and matches numerical integration", () => {
    expect(chanceToBeat(37, 400, 37, 400)).toBeCloseTo(0.5, 12);
    // scipy: quad(lambda t: beta(4, 8).pdf(t) · beta(2, 10).cdf(t), 0, 1) = 337/399
    expect(chanceToBeat(1, 10, 3, 10)).toBeCloseTo(337 / 399, 12);
    // scipy quad for 100/1000 against 130/1000 = 0.9821650661163506
    expect(chanceToBeat(100, 1000, 130, 1000)).toBeCloseTo(0.9821650661163506, 10);
  });

  it("switches to the normal approximation for huge counts, continuous with the exact sum", () => {
    const n = 2_000_000;
    const x = EXACT_BETA_TERMS + 1; // both above the limit → normal approximation
    const approx = chanceToBeat(x, n, x + 300, n);
    const exact = chanceToBeat(EXACT_BETA_TERMS - 1, n, EXACT_BETA_TERMS + 299, n); // same gap, exact path
    expect(approx).toBeGreaterThan(0.8);
    expect(Math.abs(approx - exact)).toBeLessThan(0.001);
  });
});

describe("slope", () => {
  it("fits a least-squares line through the non-null values", () => {
    expect(slope([0.1, 0.2, null, 0.4])).toBeCloseTo(0.1, 12);
    expect(slope([1, 3, 2])).toBeCloseTo(0.5, 12); // x̄ = 1, ȳ = 2: Σ(x−x̄)(y−ȳ) / Σ(x−x̄)² = 1/2
    expect(slope([null, 5])).toBeNull();
  });
});
