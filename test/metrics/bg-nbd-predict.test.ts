import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bgNbdConditionalExpected,
  bgNbdExpectedParts,
  bgNbdPredict,
  bgNbdProbabilityAlive,
  bgNbdProbabilityAliveRows,
  type BgNbdParams,
  distinctRfm,
  expectedAt,
} from "../../loaders/metrics/bg-nbd.ts";
import { clv } from "../../loaders/metrics/clv.ts";
import { gammaGammaExpectedSpend, type GammaGammaParams } from "../../loaders/metrics/gamma-gamma.ts";
import { ModelRangeError } from "../../loaders/metrics/model-error.ts";

/** Published CDNOW-sample estimates (Fader, Hardie & Lee 2005) and a fit like the 1M benchmark's. */
const PUBLISHED: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const BENCH: BgNbdParams = { r: 1.246845850479616, alpha: 82.32400511678553, a: 0.09192521054609398, b: 0.9756798832403495 };
const GG: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };

/** Whole-day customer histories (x repeat purchases, last at t_x ≤ T weeks) with a mean spend, many sharing rows. */
const customers = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 500 })).map(([x, d1, d2, spend]) => ({
    x,
    tx: x === 0 ? 0 : Math.min(d1, d2) / 7,
    T: Math.max(d1, d2) / 7,
    spend: x === 0 ? 0 : spend / 4,
  })),
  { minLength: 1, maxLength: 400 },
);
const params = fc.constantFrom(PUBLISHED, BENCH, { r: 3.2, alpha: 0.4, a: 5, b: 0.3 }, { r: 0.5, alpha: 20, a: 1 + 1e-8, b: 2 });
const columns = (list: { x: number; tx: number; T: number; spend: number }[]) => ({ x: list.map((c) => c.x), tx: list.map((c) => c.tx), T: list.map((c) => c.T), spend: list.map((c) => c.spend) });

describe("bgNbdProbabilityAliveRows", () => {
  it("equals bgNbdProbabilityAlive on every distinct row bit for bit (fast-check)", () => {
    fc.assert(
      fc.property(customers, params, (list, p) => {
        const rows = distinctRfm(columns(list));
        const alive = bgNbdProbabilityAliveRows(p, rows);
        for (let g = 0; g < rows.x.length; g++) expect(alive[g]).toBe(bgNbdProbabilityAlive(p, rows.x[g]!, rows.tx[g]!, rows.T[g]!));
      }),
      { numRuns: 150 },
    );
  });

  it("keeps the last result per rows for the same parameter values, and recomputes for others", () => {
    const rows = distinctRfm({ x: [2, 0, 2], tx: [30, 0, 10], T: [38, 10, 38] });
    const first = bgNbdProbabilityAliveRows(PUBLISHED, rows);
    expect(bgNbdProbabilityAliveRows({ ...PUBLISHED }, rows)).toBe(first);
    const other = bgNbdProbabilityAliveRows(BENCH, rows);
    expect(other).not.toBe(first);
    expect(Array.from(other)).toEqual([bgNbdProbabilityAlive(BENCH, 2, 30, 38), 1, bgNbdProbabilityAlive(BENCH, 2, 10, 38)]);
  });

  it("rejects what bgNbdProbabilityAlive rejects", () => {
    const rows = { x: Float64Array.of(1), tx: Float64Array.of(1), T: Float64Array.of(Infinity), weight: Float64Array.of(1), row: Int32Array.of(0) };
    expect(() => bgNbdProbabilityAliveRows(PUBLISHED, rows)).toThrow(ModelRangeError);
    expect(() => bgNbdProbabilityAliveRows({ ...PUBLISHED, a: 0 }, distinctRfm({ x: [1], tx: [1], T: [2] }))).toThrow(ModelRangeError);
  });
});

describe("bgNbdExpectedParts", () => {
  it("gives bgNbdConditionalExpected of every row and horizon bit for bit, also on the a ≈ 1 path (fast-check)", () => {
    fc.assert(
      fc.property(customers, params, fc.array(fc.double({ min: 0.1, max: 60, noNaN: true }), { minLength: 1, maxLength: 5 }), (list, p, ts) => {
        const rows = distinctRfm(columns(list));
        const parts = bgNbdExpectedParts(p, ts, rows);
        ts.forEach((t, j) => {
          for (let g = 0; g < rows.x.length; g++) expect(expectedAt(parts, j, g)).toBe(bgNbdConditionalExpected(p, t, rows.x[g]!, rows.tx[g]!, rows.T[g]!));
        });
      }),
      { numRuns: 60 },
    );
  });

  it("shares one factor per distinct (x, T): rows differing only in t_x point to the same factors", () => {
    const rows = distinctRfm({ x: [2, 2, 1, 2], tx: [3, 1, 1, 3], T: [6, 6, 6, 5] });
    const parts = bgNbdExpectedParts(PUBLISHED, [4, 8], rows);
    expect(Array.from(parts.pair)).toEqual([0, 0, 1, 2]);
    expect(parts.factor.length).toBe(3 * 2);
  });
});

describe("grouped predictions equal per-customer ones", () => {
  it("bgNbdPredict, with or without the rows passed, gives each customer's own P(alive) and E[Y(t)] (fast-check)", () => {
    fc.assert(
      fc.property(customers, params, (list, p) => {
        const data = columns(list);
        const rows = distinctRfm(data);
        for (const prediction of [bgNbdPredict(p, data, 26), bgNbdPredict(p, data, 26, rows)]) {
          list.forEach((c, i) => {
            expect(prediction.pAlive[i]).toBe(bgNbdProbabilityAlive(p, c.x, c.tx, c.T));
            expect(prediction.expected[i]).toBe(bgNbdConditionalExpected(p, 26, c.x, c.tx, c.T));
          });
        }
      }),
      { numRuns: 60 },
    );
  });

  it("clv equals the formula per customer: Σₖ (E[Y(t_k)] − E[Y(t_{k−1})]) / (1 + d)^k × E[M] (fast-check)", () => {
    fc.assert(
      fc.property(customers, fc.constantFrom(PUBLISHED, BENCH), (list, p) => {
        const data = columns(list);
        const rows = distinctRfm(data);
        const grouped = clv(p, GG, data, { months: 6, monthlyDiscountRate: 0.01 }, rows);
        expect(Array.from(clv(p, GG, data, { months: 6, monthlyDiscountRate: 0.01 }).clv)).toEqual(Array.from(grouped.clv));
        list.forEach((c, i) => {
          let [previous, sum] = [0, 0];
          for (let k = 1; k <= 6; k++) {
            const cumulative = bgNbdConditionalExpected(p, k * (52 / 12), c.x, c.tx, c.T);
            sum += (cumulative - previous) / 1.01 ** k;
            previous = cumulative;
          }
          expect(grouped.discountedPurchases[i]).toBe(sum);
          expect(grouped.clv[i]).toBe(gammaGammaExpectedSpend(GG, c.x, c.spend) * sum);
        });
      }),
      { numRuns: 40 },
    );
  });

  it("rejects rows that are not its data's", () => {
    const data = { x: [1, 2], tx: [1, 2], T: [3, 3], spend: [5, 6] };
    const rows = distinctRfm({ x: [1], tx: [1], T: [3] });
    expect(() => bgNbdPredict(PUBLISHED, data, 10, rows)).toThrow(/distinct rows of its data/);
    expect(() => clv(PUBLISHED, GG, data, {}, rows)).toThrow(/distinct rows of its data/);
  });
});
