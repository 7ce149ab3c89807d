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

describe("distinctRfm", () => {
  it("groups whole-day weeks by number exactly as by text, in order of first appearance", () => {
    const data = { x: [0, 2, 2, 0, 2, 1], tx: [0, 3, 3, 0, 20 / 7, 1], T: [5, 6, 6, 5, 6, 40 / 7] };
    const rows = distinctRfm(data);
    expect(Array.from(rows.row)).toEqual([0, 1, 1, 0, 2, 3]);
    expect(Array.from(rows.weight)).toEqual([2, 2, 1, 1]);
    expect(Array.from(rows.tx)).toEqual([0, 3, 20 / 7, 1]);
    expect(Array.from(rows.T)).toEqual([5, 6, 6, 40 / 7]);
  });

  it("falls back to exact text keys for weeks that are not whole days (0.1 and 0.1 + 1e-12 stay apart)", () => {
    const rows = distinctRfm({ x: [1, 1, 1], tx: [0.1, 0.1 + 1e-12, 0.1], T: [1, 1, 1] });
    expect(Array.from(rows.row)).toEqual([0, 1, 0]);
    expect(Array.from(rows.weight)).toEqual([2, 1]);
  });
});
