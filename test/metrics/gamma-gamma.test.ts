import digamma from "@stdlib/math-base-special-digamma";
import gammaln from "@stdlib/math-base-special-gammaln";
import fc from "fast-check";
import { ModelRangeError } from "../../loaders/metrics/model-error.ts";
import { describe, expect, it } from "vitest";
import {
  gammaGamma,
  gammaGammaExpectedSpend,
  gammaGammaLogLikelihood,
  gammaGammaLogLikelihoodGradient,
  gammaGammaPopulationMean,
  type GammaGammaParams,
  prepareSpend,
} from "../../loaders/metrics/gamma-gamma.ts";
import { readSampleSpend } from "./cdnow.ts";

/** Published CDNOW-sample estimates (Fader & Hardie, "The Gamma-Gamma model of monetary value"). */
const PUBLISHED: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };

/**
 * log f(m | x) by integrating over the customer's scale ν: the mean of x Gamma(p, ν) values is
 * Gamma(px, rate νx), and ν ~ Gamma(q, rate γ). Trapezoid rule on y = ln ν over [−25, 10].
 */
function logDensityByQuadrature({ p, q, gamma }: GammaGammaParams, x: number, m: number): number {
  const logGammaDensity = (v: number, shape: number, rate: number): number =>
    shape * Math.log(rate) + (shape - 1) * Math.log(v) - rate * v - gammaln(shape);
  const steps = 35_000;
  const h = 35 / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const y = -25 + i * h;
    const nu = Math.exp(y);
    const value = Math.exp(logGammaDensity(m, p * x, nu * x) + logGammaDensity(nu, q, gamma) + y);
    sum += i === 0 || i === steps ? value / 2 : value;
  }
  return Math.log(sum * h);
}

describe("gammaGamma", () => {
  it("reproduces the published CDNOW-sample estimates on the 946 repeat customers (test/fixtures/cdnow/sample-spend.csv)", () => {
    const s = readSampleSpend();
    const fit = gammaGamma(s);
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(946);
    expect(fit.excluded).toBe(0);
    expect(fit.params.p.toPrecision(3)).toBe("6.25");
    expect(fit.params.q.toPrecision(3)).toBe("3.74");
    expect(fit.params.gamma.toPrecision(4)).toBe("15.44");
    expect(Math.abs(fit.logLikelihood - -4055.92)).toBeLessThan(0.01);
    expect(gammaGamma(s, { maxIterations: 3 }).converged).toBe(false);
  });

  it.each([
    [1, 20],
    [3, 40],
    [10, 12.5],
  ])("has a log-likelihood equal to the integral over ν (x = %s, m = %s)", (x, m) => {
    expect(gammaGammaLogLikelihood(PUBLISHED, { x: [x], spend: [m] })).toBeCloseTo(logDensityByQuadrature(PUBLISHED, x, m), 8);
  });

  it("skips customers without repeat purchases or with zero spend, and counts the latter", () => {
    const data = { x: [0, 2, 3], spend: [0, 0, 40] };
    expect(gammaGammaLogLikelihood(PUBLISHED, data)).toBe(gammaGammaLogLikelihood(PUBLISHED, { x: [3], spend: [40] }));
    const fit = gammaGamma({ x: [0, 2, 3, 1, 4], spend: [0, 0, 40, 25, 31] });
    expect(fit.customers).toBe(3);
    expect(fit.excluded).toBe(1);
  });

  it("shrinks a customer's mean spend towards the population mean", () => {
    // population mean pγ/(q − 1) = 6.25 × 15.44 / 2.74 = 96.5 / 2.74 = 35.2190…
    expect(gammaGammaPopulationMean(PUBLISHED)).toBeCloseTo(96.5 / 2.74, 12);
    // x = 2, m = 30: p(γ + x m)/(px + q − 1) = 6.25 × 75.44 / 15.24 = 471.5 / 15.24 = 30.9383…
    expect(gammaGammaExpectedSpend(PUBLISHED, 2, 30)).toBeCloseTo(471.5 / 15.24, 12);
    // x = 0: the population mean
    expect(gammaGammaExpectedSpend(PUBLISHED, 0, 0)).toBeCloseTo(96.5 / 2.74, 12);
    // no finite mean when q ≤ 1
    expect(() => gammaGammaPopulationMean({ p: 2, q: 0.8, gamma: 3 })).toThrow(ModelRangeError);
  });

  it("reports a fit without an interior maximum (one customer) as not converged", () => {
    expect(gammaGamma({ x: [1], spend: [20] }).converged).toBe(false);
  });

  it("rejects data without a usable customer", () => {
    expect(() => gammaGamma({ x: [0, 1], spend: [5, 0] })).toThrow(/at least one customer/);
    expect(() => gammaGamma({ x: [1], spend: [] })).toThrow(/equal length/);
  });
});

describe("gammaGammaLogLikelihoodGradient", () => {
  const prepared = prepareSpend(readSampleSpend());

  it("returns gammaGammaLogLikelihood and agrees with its central finite differences in log-parameters", () => {
    for (const params of [PUBLISHED, { p: 1, q: 1, gamma: 1 }, { p: 0.4, q: 12, gamma: 300 }]) {
      const gradient = [0, 0, 0];
      const value = gammaGammaLogLikelihoodGradient(params, prepared, gradient);
      expect(Math.abs(value - gammaGammaLogLikelihood(params, prepared))).toBeLessThan(1e-9 * Math.abs(value));
      (["p", "q", "gamma"] as const).forEach((name, i) => {
        const h = 1e-5;
        const up = gammaGammaLogLikelihood({ ...params, [name]: params[name] * Math.exp(h) }, prepared);
        const down = gammaGammaLogLikelihood({ ...params, [name]: params[name] * Math.exp(-h) }, prepared);
        const numeric = (up - down) / (2 * h);
        expect(Math.abs(gradient[i]! - numeric)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
      });
    }
  });

  it("is zero (within the fit's tolerance) at the fitted estimate", () => {
    const fit = gammaGamma({ x: Array.from(prepared.x), spend: Array.from(prepared.xm, (v, k) => v / prepared.x[k]!) });
    const gradient = [0, 0, 0];
    gammaGammaLogLikelihoodGradient(fit.params, prepared, gradient);
    for (const g of gradient) expect(Math.abs(g) / fit.customers).toBeLessThan(1e-6);
  });
});

describe("gammaGammaLogLikelihoodGradient in blocks of customers", () => {
  it("equals one plain loop over the customers bit for bit, on more customers than one block (fast-check)", () => {
    const customer = fc.tuple(fc.integer({ min: 0, max: 9 }), fc.double({ min: -5, max: 900, noNaN: true }));
    const params = fc.record({ p: fc.double({ min: 0.1, max: 20, noNaN: true }), q: fc.double({ min: 0.1, max: 40, noNaN: true }), gamma: fc.double({ min: 0.5, max: 2000, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(customer, { minLength: 1, maxLength: 2000 }), params, (list, { p, q, gamma }) => {
        const prepared = prepareSpend({ x: list.map((c) => c[0]), spend: list.map((c) => c[1]) });
        // The customers' terms in their order, as the loop read before it was split into blocks.
        let [sum, dp, dq, dg] = [0, 0, 0, 0];
        for (let k = 0; k < prepared.x.length; k++) {
          const [x, xm, lx, lm] = [prepared.x[k]!, prepared.xm[k]!, prepared.logX[k]!, prepared.logM[k]!];
          const [px, L] = [p * x, Math.log(gamma + xm)];
          sum += -gammaln(q) + q * Math.log(gamma) + gammaln(px + q) - gammaln(px) + px * lx + (px - 1) * lm - (px + q) * L;
          dp += x * (digamma(px + q) - digamma(px) + lx + lm - L);
          dq += digamma(px + q) - digamma(q) + Math.log(gamma) - L;
          dg += q / gamma - (px + q) * (1 / (gamma + xm));
        }
        const gradient = [0, 0, 0];
        expect(gammaGammaLogLikelihoodGradient({ p, q, gamma }, prepared, gradient)).toBe(sum);
        expect(gradient).toEqual([dp * p, dq * q, dg * gamma]);
      }),
      { numRuns: 40 },
    );
  });
});
