import { describe, expect, it } from "vitest";
import { bgNbdConditionalExpected, type BgNbdParams } from "../../loaders/metrics/bg-nbd.ts";
import { clv } from "../../loaders/metrics/clv.ts";
import type { GammaGammaParams } from "../../loaders/metrics/gamma-gamma.ts";

const BG: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
// Customer 0: the paper's example (x = 2, t_x = 30.43, T = 38.86, mean spend 30);
// customer 1: a one-off buyer (x = 0, T = 20), valued at the population mean spend.
const DATA = { x: [2, 0], tx: [30.43, 0], T: [38.86, 20], spend: [30, 0] };
const E = (weeks: number, i: number): number => bgNbdConditionalExpected(BG, weeks, DATA.x[i]!, DATA.tx[i]!, DATA.T[i]!);

describe("clv", () => {
  it("telescopes to E[Y(52 weeks)] without discounting over 12 months", () => {
    const result = clv(BG, GG, DATA, { monthlyDiscountRate: 0 });
    expect(result.discountedPurchases[0]).toBeCloseTo(E(52, 0), 12);
    expect(result.discountedPurchases[1]).toBeCloseTo(E(52, 1), 12);
  });

  it("discounts each month's expected purchases by (1 + d)^k", () => {
    // H = 2, d = 1%, month = 52/12 weeks: E(t₁)/1.01 + (E(t₂) − E(t₁))/1.0201
    const t1 = 52 / 12;
    const t2 = 104 / 12;
    const result = clv(BG, GG, DATA, { months: 2 });
    expect(result.discountedPurchases[0]).toBeCloseTo(E(t1, 0) / 1.01 + (E(t2, 0) - E(t1, 0)) / 1.0201, 12);
  });

  it("multiplies by margin and the Gamma-Gamma expected spend", () => {
    const result = clv(BG, GG, DATA, { months: 24, margin: 0.3 });
    // expected spend: x = 2, m = 30 → 6.25 × 75.44 / 15.24; x = 0 → 6.25 × 15.44 / 2.74
    expect(result.expectedSpend[0]).toBeCloseTo(471.5 / 15.24, 12);
    expect(result.expectedSpend[1]).toBeCloseTo(96.5 / 2.74, 12);
    for (const i of [0, 1]) {
      expect(result.clv[i]).toBeCloseTo(0.3 * result.expectedSpend[i]! * result.discountedPurchases[i]!, 12);
    }
    expect(result.total).toBeCloseTo(result.clv[0]! + result.clv[1]!, 12);
  });

  it("lets a longer horizon and a lower discount rate only add value", () => {
    const base = clv(BG, GG, DATA).clv[0]!;
    expect(clv(BG, GG, DATA, { months: 36 }).clv[0]).toBeGreaterThan(base);
    expect(clv(BG, GG, DATA, { monthlyDiscountRate: 0.005 }).clv[0]).toBeGreaterThan(base);
  });

  it("rejects a horizon that is not a whole number of months", () => {
    expect(() => clv(BG, GG, DATA, { months: 0 })).toThrow(/months/);
    expect(() => clv(BG, GG, DATA, { months: 1.5 })).toThrow(/months/);
    expect(() => clv(BG, GG, { ...DATA, spend: [1] })).toThrow(/equal length/);
  });
});
