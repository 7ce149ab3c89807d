import betaln from "@stdlib/math-base-special-betaln";
import digamma from "@stdlib/math-base-special-digamma";
import gammaln from "@stdlib/math-base-special-gammaln";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BgNbdParams, bgNbdLogLikelihood, bgNbdLogLikelihoodGradient, distinctRfm } from "../../loaders/metrics/bg-nbd-likelihood.ts";
import { readSampleCalibration } from "./cdnow.ts";

/** The distinct (x, t_x, T) rows of the CDNOW sample's calibration summary (test/fixtures/cdnow). */
function cdnowRows() {
  return distinctRfm(readSampleCalibration());
}

/** ∂ log-likelihood / ∂ ln θ by central differences of `bgNbdLogLikelihood` (step h in log space). */
function finiteDifference(params: BgNbdParams, rows: ReturnType<typeof distinctRfm>, h = 1e-5): number[] {
  return (["r", "alpha", "a", "b"] as const).map((name) => {
    const up = bgNbdLogLikelihood({ ...params, [name]: params[name] * Math.exp(h) }, rows);
    const down = bgNbdLogLikelihood({ ...params, [name]: params[name] * Math.exp(-h) }, rows);
    return (up - down) / (2 * h);
  });
}

describe("bgNbdLogLikelihoodGradient", () => {
  const rows = cdnowRows();
  const points: BgNbdParams[] = [
    { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, // near the CDNOW optimum
    { r: 1, alpha: 1, a: 1, b: 1 }, // the fit's start
    { r: 3.2, alpha: 0.4, a: 5, b: 0.3 }, // far off, dropout branch dominant for many rows
  ];

  it("returns the same log-likelihood as bgNbdLogLikelihood (to rounding)", () => {
    for (const params of points) {
      const value = bgNbdLogLikelihoodGradient(params, rows, [0, 0, 0, 0]);
      expect(Math.abs(value - bgNbdLogLikelihood(params, rows))).toBeLessThan(1e-8 * Math.abs(value));
    }
  });

  it("agrees with central finite differences of the log-likelihood", () => {
    for (const params of points) {
      const gradient = [0, 0, 0, 0];
      bgNbdLogLikelihoodGradient(params, rows, gradient);
      const numeric = finiteDifference(params, rows);
      gradient.forEach((g, i) => {
        expect(Math.abs(g - numeric[i]!)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric[i]!)));
      });
    }
  });

  it("is zero (within the fit's tolerance) at the maximum-likelihood estimate of the CDNOW sample", () => {
    const gradient = [0, 0, 0, 0];
    // The fitted values (bgNbd on the same data; the published ones are these rounded to 3 digits).
    bgNbdLogLikelihoodGradient({ r: 0.24259452242948717, alpha: 4.413602018992219, a: 0.7929220172108734, b: 2.425906776777199 }, rows, gradient);
    for (const g of gradient) expect(Math.abs(g) / 2357).toBeLessThan(1e-8);
  });

  it("gives −∞ and a zero gradient outside the domain", () => {
    const gradient = [1, 1, 1, 1];
    expect(bgNbdLogLikelihoodGradient({ r: 0, alpha: 1, a: 1, b: 1 }, rows, gradient)).toBe(-Infinity);
    expect(gradient).toEqual([0, 0, 0, 0]);
  });
});

/**
 * The gradient as one plain loop over the rows in their order (the code before the row loop was
 * split into blocks): the same expressions in the same order, so the same bits are expected.
 */
function referenceGradient(params: BgNbdParams, rows: ReturnType<typeof distinctRfm>, gradient: number[]): number {
  const { r, alpha, a, b } = params;
  const xs = [...new Set(rows.x)];
  const xWeight = xs.map((x) => rows.x.reduce((s, v, g) => (v === x ? s + rows.weight[g]! : s), 0));
  const base = -gammaln(r) + r * Math.log(alpha) - betaln(a, b);
  let [sum, dr, dalpha, da, db] = [0, 0, 0, 0, 0];
  xs.forEach((x, k) => {
    const w = xWeight[k]!;
    sum += w * (base + gammaln(r + x) + betaln(a, b + x));
    dr += w * (digamma(r + x) - digamma(r) + Math.log(alpha));
    dalpha += (w * r) / alpha;
    if (x > 0) {
      da += w * (digamma(a + b) - digamma(a + b + x));
      db += w * (digamma(a + b) - digamma(b) + digamma(b + x) - digamma(a + b + x));
    }
  });
  for (let g = 0; g < rows.x.length; g++) {
    const [x, weight, lT, lTx] = [rows.x[g]!, rows.weight[g]!, Math.log(alpha + rows.T[g]!), Math.log(alpha + rows.tx[g]!)];
    const alive = -(r + x) * lT;
    if (x === 0) {
      sum += weight * alive;
      dr -= weight * lT;
      dalpha -= weight * (r + x) * (1 / (alpha + rows.T[g]!));
      continue;
    }
    const dropped = Math.log(a) - Math.log(b + x - 1) - (r + x) * lTx;
    const e = Math.exp(dropped > alive ? alive - dropped : dropped - alive);
    sum += weight * (Math.max(dropped, alive) + Math.log1p(e));
    const w = dropped > alive ? 1 / (1 + e) : e / (1 + e);
    dr -= weight * ((1 - w) * lT + w * lTx);
    dalpha -= weight * (r + x) * ((1 - w) * (1 / (alpha + rows.T[g]!)) + w * (1 / (alpha + rows.tx[g]!)));
    da += (weight * w) / a;
    db -= weight * w * (1 / (b + x - 1));
  }
  gradient.splice(0, 4, dr * r, dalpha * alpha, da * a, db * b);
  return sum;
}

describe("bgNbdLogLikelihoodGradient in blocks of rows", () => {
  it("equals one plain loop over the rows bit for bit, on more rows than one block (fast-check)", () => {
    // Whole-day histories: x repeat purchases within T days, the last at t_x days.
    const history = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 })).map(([x, a, b]) => {
      const T = Math.max(a, b);
      return { x, tx: x === 0 ? 0 : Math.min(a, b) / 7, T: T / 7 };
    });
    const params = fc.record({ r: fc.double({ min: 0.05, max: 5, noNaN: true }), alpha: fc.double({ min: 0.5, max: 200, noNaN: true }), a: fc.double({ min: 0.05, max: 5, noNaN: true }), b: fc.double({ min: 0.05, max: 5, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(history, { minLength: 1, maxLength: 3000 }), params, (customers, p) => {
        const rows = distinctRfm({ x: customers.map((c) => c.x), tx: customers.map((c) => c.tx), T: customers.map((c) => c.T) });
        const [got, want] = [[0, 0, 0, 0], [0, 0, 0, 0]];
        expect(bgNbdLogLikelihoodGradient(p, rows, got)).toBe(referenceGradient(p, rows, want));
        expect(got).toEqual(want);
      }),
      { numRuns: 40 },
    );
  });
});
