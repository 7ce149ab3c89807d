/**
 * The repurchase models never crash the load and never claim too much: degenerate data is "not
 * converged", a large a falls back to the untransformed series, and every public function gives
 * a finite, non-negative value or a `ModelRangeError` — for any finite parameters (fast-check).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bgNbd, bgNbdConditionalExpected, bgNbdExpected, bgNbdProbabilityAlive } from "../../loaders/metrics/bg-nbd.ts";
import { clv } from "../../loaders/metrics/clv.ts";
import { gammaGammaExpectedSpend, gammaGammaPopulationMean } from "../../loaders/metrics/gamma-gamma.ts";
import { holdoutCalibration } from "../../loaders/metrics/holdout-calibration.ts";
import { ModelRangeError } from "../../loaders/metrics/model-error.ts";

/** Σ (r)ₙ (b)ₙ / ((c)ₙ n!) zⁿ summed directly until the terms vanish (independent of `hyp2f1`). */
function plainSeries(r: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 100_000 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
    term *= ((r + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
  }
  return sum;
}

describe("degenerate data", () => {
  it("calls a fit on data where nobody bought again, or nobody was observed, not converged", () => {
    // 100 customers whose only purchase is on the as-of day: x = 0, t_x = 0, T = 0.
    const zeros = new Array<number>(100).fill(0);
    const allToday = bgNbd({ x: zeros, tx: zeros, T: zeros });
    expect(allToday.converged).toBe(false);
    expect(allToday.iterations).toBe(0);
    expect(bgNbd({ x: [0, 0], tx: [0, 0], T: [3, 8] }).converged).toBe(false);
  });

  it("never uses the parameters of a failed fit for the holdout: predictions are 0, actual purchases still counted", () => {
    // Customer 0 bought on days 10 (first), 20 (calibration end) and 24, 40 in the holdout.
    const summary = { customer: Int32Array.of(0), x: Float64Array.of(1), tx: Float64Array.of(10 / 7), T: Float64Array.of(10 / 7), spend: Float64Array.of(5) };
    const purchases = { offsets: Int32Array.of(0, 4), days: Int32Array.of(10, 20, 24, 40) };
    const points = holdoutCalibration(null, summary as never, purchases as never, 20, 34);
    expect(points.map((p) => [p.day, p.predicted, p.actual])).toEqual([
      [27, 0, 1],
      [34, 0, 1],
    ]);
  });
});

describe("large a", () => {
  it("agrees with the untransformed series at a = 800 (α = 5, t = 52, T = 30), where Euler's form fails", () => {
    const params = { r: 0.243, alpha: 5, a: 800, b: 2.426 };
    const z = 52 / (5 + 30 + 52);
    const c = params.a + params.b - 1;
    // FHL eq. 10 with x = 0: (c/(a−1)) · (1 − (1−z)^r · 2F1(r, b; c; z)).
    const expected = (c / (params.a - 1)) * (1 - (1 - z) ** params.r * plainSeries(params.r, params.b, c, z));
    expect(bgNbdConditionalExpected(params, 52, 0, 0, 30)).toBeCloseTo(expected, 10);
  });

  it("tends to P(at least one purchase) as a → ∞ (every customer drops out after a purchase)", () => {
    // a = 1e6, r = 2, α = 5, T = 30, t = 52: 1 − ((α+T)/(α+T+t))^r = 1 − (35/87)² = 0.83815…
    expect(bgNbdConditionalExpected({ r: 2, alpha: 5, a: 1e6, b: 2 }, 52, 0, 0, 30)).toBeCloseTo(1 - (35 / 87) ** 2, 5);
  });
});

describe("guards", () => {
  it("refuses invalid parameters and a non-finite spend with a ModelRangeError, never NaN", () => {
    expect(() => bgNbdExpected({ r: -1, alpha: 1, a: 1, b: 1 }, 10)).toThrow(ModelRangeError);
    expect(() => bgNbdProbabilityAlive({ r: 1, alpha: Number.NaN, a: 1, b: 1 }, 1, 1, 2)).toThrow(ModelRangeError);
    expect(() => gammaGammaExpectedSpend({ p: 6.25, q: 3.74, gamma: 15.44 }, 2, Number.POSITIVE_INFINITY)).toThrow(ModelRangeError);
    const data = { x: [2], tx: [30.43], T: [38.86], spend: [Number.NaN] };
    expect(() => clv({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { p: 6.25, q: 3.74, gamma: 15.44 }, data)).toThrow(ModelRangeError);
  });

  it("names the first bad BG/NBD parameter and its value, for 0, ∞ and NaN alike", () => {
    const good = { r: 1, alpha: 1, a: 1, b: 1 };
    expect(() => bgNbdProbabilityAlive({ ...good, a: 0 }, 1, 1, 2)).toThrow("bgNbdProbabilityAlive expects a finite and > 0, got 0");
    expect(() => bgNbdConditionalExpected({ ...good, alpha: Number.POSITIVE_INFINITY }, 52, 1, 1, 2)).toThrow("bgNbdConditionalExpected expects alpha finite and > 0, got Infinity");
    expect(() => bgNbdProbabilityAlive({ ...good, r: Number.NaN, b: -1 }, 1, 1, 2)).toThrow("bgNbdProbabilityAlive expects r finite and > 0, got NaN");
    expect(bgNbdProbabilityAlive(good, 0, 0, 2)).toBe(1);
  });

  it("takes a net-negative mean spend as 0, so CLV is not negative", () => {
    // p(γ + x·0)/(px + q − 1) = 6.25 × 15.44 / 15.24 = 96.5 / 15.24
    expect(gammaGammaExpectedSpend({ p: 6.25, q: 3.74, gamma: 15.44 }, 2, -40)).toBeCloseTo(96.5 / 15.24, 12);
  });
});

/** A finite number over many orders of magnitude, positive, or any finite. */
const positive = fc.double({ min: 1e-8, max: 1e8, noNaN: true });
const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
/** Mostly valid parameters (so the formulas run), sometimes any finite number (so the guards do). */
const param = fc.oneof({ arbitrary: positive, weight: 9 }, { arbitrary: anyFinite, weight: 1 });
const history = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 500, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }))
  .map(([x, u, v]) => ({ x, tx: x === 0 ? 0 : Math.min(u, v), T: Math.max(u, v) }));

/** Runs `f`; true when it gives a finite value ≥ 0 or throws a ModelRangeError. */
function finiteOrTyped(f: () => number): boolean {
  try {
    const value = f();
    return Number.isFinite(value) && value >= 0;
  } catch (error) {
    if (error instanceof ModelRangeError) return true;
    throw error;
  }
}

describe("public model functions, any finite parameters (fast-check)", () => {
  it("BG/NBD: P(alive) and expected purchases are finite and ≥ 0, or a ModelRangeError", () => {
    fc.assert(
      fc.property(param, param, param, param, history, fc.double({ min: 0, max: 520, noNaN: true }), (r, alpha, a, b, h, t) => {
        const params = { r, alpha, a, b };
        return finiteOrTyped(() => bgNbdProbabilityAlive(params, h.x, h.tx, h.T)) && finiteOrTyped(() => bgNbdConditionalExpected(params, t, h.x, h.tx, h.T));
      }),
      { numRuns: 500, seed: 13 },
    );
  });

  it("Gamma-Gamma and CLV: finite and ≥ 0, or a ModelRangeError", () => {
    fc.assert(
      fc.property(param, param, param, history, anyFinite, (p, q, gamma, h, spend) => {
        const gg = { p, q, gamma };
        const bg = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
        return (
          finiteOrTyped(() => gammaGammaPopulationMean(gg)) &&
          finiteOrTyped(() => gammaGammaExpectedSpend(gg, h.x, spend)) &&
          finiteOrTyped(() => clv(bg, gg, { x: [h.x], tx: [h.tx], T: [h.T], spend: [spend] }, { months: 3 }).total)
        );
      }),
      { numRuns: 500, seed: 13 },
    );
  });
});
