import betaln from "@stdlib/math-base-special-betaln";
import { describe, expect, it } from "vitest";
import {
  bgNbd,
  bgNbdConditionalExpected,
  bgNbdConditionalExpectedRows,
  bgNbdExpected,
  bgNbdExpectedCumulative,
  bgNbdLogLikelihood,
  bgNbdPredict,
  bgNbdProbabilityAlive,
  distinctRfm,
  sumByGroup,
  type BgNbdParams,
} from "../../loaders/metrics/bg-nbd.ts";
import { readSampleCalibration } from "./cdnow.ts";

/** Published CDNOW-sample estimates (Fader, Hardie & Lee 2005). */
const PUBLISHED: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** The 1/10 sample's calibration summary (x, t_x, T per customer), from test/fixtures/cdnow/sample-calibration.csv. */
const sampleSummary = readSampleCalibration;

/**
 * E[X(t)] by quadrature: ∫₀¹ (1/p)(1 − (α/(α + pt))^r) Beta(p; a, b) dp (FHL 2005: E[X(t) | λ, p] =
 * (1 − e^(−λpt))/p, and E[e^(−λpt)] = (α/(α + pt))^r over λ ~ Gamma(r, α)). Substituting p = u^k,
 * k = 1/min(a, 1), turns p^(a−1) dp into k·u^(ka−1) du (bounded); Simpson's rule on u.
 */
function expectedByQuadrature({ r, alpha, a, b }: BgNbdParams, t: number): number {
  const steps = 200_000;
  const k = 1 / Math.min(a, 1);
  const f = (u: number): number => {
    const weight = k * (k * a === 1 ? 1 : u ** (k * a - 1));
    const p = u ** k;
    const rate = p === 0 ? (r * t) / alpha : (1 - (alpha / (alpha + p * t)) ** r) / p; // → rt/α as p → 0
    return rate * (1 - p) ** (b - 1) * weight;
  };
  let sum = f(0) + f(1);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * f(i / steps);
  return sum / (3 * steps) / Math.exp(betaln(a, b));
}

describe("bgNbd on the CDNOW sample (its calibration summary, test/fixtures/cdnow)", () => {
  const summary = sampleSummary();
  const fit = bgNbd(summary);

  it("reproduces the published estimates and log-likelihood", () => {
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(2357);
    expect(fit.params.r.toPrecision(3)).toBe("0.243");
    expect(fit.params.alpha.toPrecision(3)).toBe("4.41");
    expect(fit.params.a.toPrecision(3)).toBe("0.793");
    expect(fit.params.b.toPrecision(3)).toBe("2.43");
    expect(Math.abs(fit.logLikelihood - -9582.43)).toBeLessThan(0.01);
    // The published (rounded) parameters give the same log-likelihood to 0.01 as well.
    expect(Math.abs(bgNbdLogLikelihood(PUBLISHED, distinctRfm(summary)) - -9582.43)).toBeLessThan(0.01);
    expect(fit.distinct).toBeLessThan(fit.customers);
  });

  it("expects 1.226 purchases in 39 weeks for x = 2, t_x = 30.43, T = 38.86 (the paper's example)", () => {
    expect(bgNbdConditionalExpected(PUBLISHED, 39, 2, 30.43, 38.86).toFixed(3)).toBe("1.226");
    expect(bgNbdConditionalExpected(fit.params, 39, 2, 30.43, 38.86).toFixed(3)).toBe("1.226");
  });

  it("reports a fit cut short as not converged", () => {
    expect(bgNbd(summary, { maxIterations: 3 }).converged).toBe(false);
  });

  it("reports a fit without an interior maximum as not converged", () => {
    // Nobody bought twice (Σx = 0): the likelihood rises as the purchase rate r/α goes to 0, so the fit is not even run.
    const fit = bgNbd({ x: [0, 0, 0], tx: [0, 0, 0], T: [10, 20, 30] });
    expect(fit.converged).toBe(false);
    expect(fit.iterations).toBe(0);
  });
});

describe("bgNbd closed forms", () => {
  it("gives P(alive) = 1 for x = 0 whatever t_x and T", () => {
    expect(bgNbdProbabilityAlive(PUBLISHED, 0, 0, 38.86)).toBe(1);
    expect(bgNbdPredict(PUBLISHED, { x: [0, 0], tx: [0, 0], T: [5, 30] }, 10).pAlive).toEqual(Float64Array.of(1, 1));
  });

  it("gives P(alive) = (b + x − 1)/(a + b + x − 1) when the last purchase is at T", () => {
    // x = 2: (2.426 + 1)/(0.793 + 2.426 + 1) = 3.426/4.219 = 0.812041…
    expect(bgNbdProbabilityAlive(PUBLISHED, 2, 20, 20)).toBeCloseTo(3.426 / 4.219, 12);
  });

  it("makes P(alive) fall the longer a customer has been silent", () => {
    const p = [38.86, 30, 10, 0.5].map((tx) => bgNbdProbabilityAlive(PUBLISHED, 2, tx, 38.86));
    expect(p).toEqual([...p].sort((u, v) => v - u));
  });

  it("has E[X(t)] = the conditional expectation of a fresh customer (x = t_x = T = 0)", () => {
    expect(bgNbdExpected(PUBLISHED, 39)).toBe(bgNbdConditionalExpected(PUBLISHED, 39, 0, 0, 0));
  });

  it.each([1, 39, 78, 200])("matches E[X(%s)] computed by numerical integration", (t) => {
    expect(bgNbdExpected(PUBLISHED, t)).toBeCloseTo(expectedByQuadrature(PUBLISHED, t), 5);
    const other = { r: 0.5, alpha: 2, a: 2.5, b: 3 };
    expect(bgNbdExpected(other, t)).toBeCloseTo(expectedByQuadrature(other, t), 5);
  });

  it("starts at E[X(t)] ≈ r t / α for small t (the mean purchase rate r/α)", () => {
    // 0.243 / 4.414 × 0.001 = 5.5052e-5
    expect(bgNbdExpected(PUBLISHED, 0.001) / 0.001).toBeCloseTo(0.243 / 4.414, 4);
    expect(bgNbdConditionalExpected(PUBLISHED, 0, 3, 10, 20)).toBe(0);
  });

  it("stays finite at a = 1 (0/0 in the closed form) and between its neighbours", () => {
    const at = (a: number): number => bgNbdExpected({ ...PUBLISHED, a }, 39);
    expect(at(1)).toBeGreaterThan(at(1.01));
    expect(at(1)).toBeLessThan(at(0.99));
    expect(at(1)).toBeCloseTo(expectedByQuadrature({ ...PUBLISHED, a: 1 }, 39), 5);
  });

  it("sums E[X(max(0, T + h))] over customers for the calibration chart", () => {
    const T = [10, 20, 20];
    const [h0, h5, hBack] = bgNbdExpectedCumulative(PUBLISHED, T, [0, 5, -15]);
    const e = (t: number): number => bgNbdExpected(PUBLISHED, t);
    expect(h0).toBeCloseTo(e(10) + 2 * e(20), 12);
    expect(h5).toBeCloseTo(e(15) + 2 * e(25), 12);
    expect(hBack).toBeCloseTo(0 + 2 * e(5), 12);
  });

  it("predicts per customer once per distinct row and totals per group", () => {
    const data = { x: [2, 0, 2], tx: [30.43, 0, 30.43], T: [38.86, 10, 38.86] };
    const pred = bgNbdPredict(PUBLISHED, data, 39);
    const one = bgNbdConditionalExpected(PUBLISHED, 39, 2, 30.43, 38.86);
    const zero = bgNbdConditionalExpected(PUBLISHED, 39, 0, 0, 10);
    expect([...pred.expected]).toEqual([one, zero, one]);
    expect(pred.total).toBeCloseTo(2 * one + zero, 12);
    expect(sumByGroup(pred.expected, [1, 0, 1], 2)).toEqual([zero, one + one]);
  });

  it("rejects inconsistent rows", () => {
    expect(() => distinctRfm({ x: [1], tx: [5], T: [4] })).toThrow(/row 0/);
    expect(() => distinctRfm({ x: [0], tx: [2], T: [4] })).toThrow(/row 0/);
    expect(() => distinctRfm({ x: [1.5], tx: [2], T: [4] })).toThrow(/row 0/);
  });
});

describe("bgNbdConditionalExpectedRows", () => {
  const rows = distinctRfm(sampleSummary());
  it("equals bgNbdConditionalExpected bit for bit on every distinct CDNOW row and horizon", () => {
    for (const params of [PUBLISHED, { r: 1.3, alpha: 80, a: 0.09, b: 0.97 }]) {
      const ts = [0.5, 1, 13, 39, 52 / 12];
      const batch = bgNbdConditionalExpectedRows(params, ts, rows);
      ts.forEach((t, j) => {
        for (let g = 0; g < rows.x.length; g++) expect(batch[j]![g]).toBe(bgNbdConditionalExpected(params, t, rows.x[g]!, rows.tx[g]!, rows.T[g]!));
      });
    }
  });

  it("keeps the single-row path for a ≈ 1 and t = 0, and its error for t < 0", () => {
    const params = { ...PUBLISHED, a: 1 + 1e-8 };
    const [at13, at0] = bgNbdConditionalExpectedRows(params, [13, 0], rows);
    for (let g = 0; g < rows.x.length; g += 50) {
      expect(at13![g]).toBe(bgNbdConditionalExpected(params, 13, rows.x[g]!, rows.tx[g]!, rows.T[g]!));
      expect(at0![g]).toBe(0);
    }
    expect(() => bgNbdConditionalExpectedRows(PUBLISHED, [-1], rows)).toThrow(RangeError);
  });
});
