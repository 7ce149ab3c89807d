import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  applyLevers,
  businessCase,
  decodeScenario,
  parseScenario,
  encodeScenario,
  validateBusinessCase,
  type BusinessCaseInput,
} from "../../loaders/metrics/business-case.ts";

const INPUT: BusinessCaseInput = {
  baseline: {
    activeCustomers: 1000,
    retentionRate: 0.6,
    ordersPerCustomerPerYear: 6,
    averageOrderValue: 50,
    crossUpsellRate: 0.25,
    grossMargin: 0.4,
    fixedCostsPerYear: 24_000,
  },
  levers: { retentionPoints: 15, crossUpsellPct: 20, aovPct: 10, costPct: 25 },
};

describe("businessCase", () => {
  const result = businessCase(INPUT);

  it("applies the levers", () => {
    // retention 0.6 + 0.15 = 0.75; cross-/upsell 0.25 × 1.2 = 0.3; orders 6 × 0.75 / 0.7 = 6.428571…;
    // AOV 50 × 1.1 = 55; fixed costs 24 000 × 0.75 = 18 000
    const s = applyLevers(INPUT);
    expect(s.retentionRate).toBeCloseTo(0.75, 12);
    expect(s.crossUpsellRate).toBeCloseTo(0.3, 12);
    expect(s.ordersPerCustomerPerYear).toBeCloseTo(4.5 / 0.7, 12);
    expect(s.averageOrderValue).toBeCloseTo(55, 12);
    expect(s.fixedCostsPerYear).toBeCloseTo(18_000, 12);
    expect(applyLevers({ ...INPUT, levers: { ...INPUT.levers, retentionPoints: 50 } }).retentionRate).toBe(1);
  });

  it("computes month 1 and month 13 by hand", () => {
    // month 1 baseline: 1000 × 6/12 × 50 = 25 000 revenue; profit 0.4 × 25 000 − 24 000/12 = 8 000
    expect(result.baseline.revenue[0]).toBeCloseTo(25_000, 9);
    expect(result.baseline.profit[0]).toBeCloseTo(8_000, 9);
    // month 1 scenario: 1000 × (4.5/0.7)/12 × 55 = 29 464.2857…; profit 0.4 × that − 1 500 = 10 285.714…
    expect(result.scenario.revenue[0]).toBeCloseTo((1000 * (4.5 / 0.7) * 55) / 12, 9);
    expect(result.scenario.profit[0]).toBeCloseTo((0.4 * 1000 * (4.5 / 0.7) * 55) / 12 - 1500, 9);
    // month 13: a year of retention later, 1000 × 0.6 = 600 customers (scenario 750)
    expect(result.baseline.customers[12]).toBeCloseTo(600, 9);
    expect(result.scenario.customers[12]).toBeCloseTo(750, 9);
    expect(result.baseline.revenue[12]).toBeCloseTo(15_000, 9);
    expect(result.baseline.revenue).toHaveLength(36);
  });

  it("totals 12, 24 and 36 months as geometric series", () => {
    // Σ_{m=1..h} 25 000 ρ^(m−1) = 25 000 (1 − ρ^h)/(1 − ρ), ρ = 0.6^(1/12), ρ^12 = 0.6, ρ^24 = 0.36, ρ^36 = 0.216
    const rho = 0.6 ** (1 / 12);
    const rhoS = 0.75 ** (1 / 12);
    const month1S = (1000 * (4.5 / 0.7) * 55) / 12;
    const cases = [
      [12, 0.6, 0.75],
      [24, 0.36, 0.5625],
      [36, 0.216, 0.421875],
    ] as const;
    expect(result.totals.map((t) => t.months)).toEqual([12, 24, 36]);
    cases.forEach(([h, decayed, decayedS], i) => {
      const total = result.totals[i]!;
      const revenue = (25_000 * (1 - decayed)) / (1 - rho);
      const revenueS = (month1S * (1 - decayedS)) / (1 - rhoS);
      expect(total.baseline.revenue).toBeCloseTo(revenue, 6);
      expect(total.baseline.profit).toBeCloseTo(0.4 * revenue - 2000 * h, 6);
      expect(total.scenario.revenue).toBeCloseTo(revenueS, 6);
      expect(total.scenario.profit).toBeCloseTo(0.4 * revenueS - 1500 * h, 6);
      expect(total.difference.profit).toBeCloseTo(0.4 * revenueS - 1500 * h - (0.4 * revenue - 2000 * h), 6);
    });
  });

  it("equals the baseline when no lever moves", () => {
    const still = businessCase({ ...INPUT, levers: { retentionPoints: 0, crossUpsellPct: 0, aovPct: 0, costPct: 0 } });
    expect(still.scenario).toEqual(still.baseline);
    expect(still.totals[2]!.difference).toEqual({ revenue: 0, profit: 0 });
  });

  it("lists its assumptions in Dutch with the inputs filled in", () => {
    expect(result.assumptions[0]).toContain("1.000 actieve klanten");
    expect(result.assumptions[1]).toContain("Jaarretentie 60% (scenario 75%)");
    // Intl puts a no-break space after the euro sign.
    expect(result.assumptions.join(" ").replace(/\s/g, " ")).toContain("Vaste kosten € 24.000,00 per jaar (scenario € 18.000,00)");
  });

  it("refuses invalid input with the field named", () => {
    const bad = { ...INPUT, baseline: { ...INPUT.baseline, retentionRate: 1.2 } };
    expect(validateBusinessCase(bad)).toEqual([{ field: "baseline.retentionRate", rule: "share" }]);
    expect(() => businessCase(bad)).toThrow("businessCase: expected baseline.retentionRate between 0 and 1");
    // 0.25 × (1 + 300%) = 1: no core orders left; reported on the lever that moves it, only once the fields are valid
    expect(validateBusinessCase({ ...INPUT, levers: { ...INPUT.levers, crossUpsellPct: 300 } })).toEqual([{ field: "levers.crossUpsellPct", rule: "scenarioShare" }]);
    expect(validateBusinessCase({ ...INPUT, levers: { ...INPUT.levers, crossUpsellPct: 299 } })).toEqual([]);
    const several = { baseline: { ...INPUT.baseline, grossMargin: -0.1, fixedCostsPerYear: Number.NaN }, levers: { ...INPUT.levers, costPct: 101, crossUpsellPct: 900 } };
    expect(validateBusinessCase(several)).toEqual([
      { field: "baseline.grossMargin", rule: "share" },
      { field: "baseline.fixedCostsPerYear", rule: "nonNegative" },
      { field: "levers.costPct", rule: "atMost100" },
    ]);
    expect(() => businessCase(INPUT, [12, 0])).toThrow(/horizons/);
  });

  it("imports nothing, so it runs in the browser", () => {
    const source = readFileSync(new URL("../../loaders/metrics/business-case.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/^\s*import\s/m);
  });
});

describe("encodeScenario / decodeScenario", () => {
  it("round-trips every field exactly", () => {
    const odd: BusinessCaseInput = {
      baseline: { ...INPUT.baseline, averageOrderValue: 0.1 + 0.2, retentionRate: 2 / 3 },
      levers: { ...INPUT.levers, retentionPoints: -2.5 },
    };
    const query = encodeScenario(odd);
    expect(query.startsWith("n=1000&ret=")).toBe(true);
    expect(decodeScenario(query, INPUT)).toEqual({ input: odd, invalid: [] });
    expect(decodeScenario(`?${query}`, INPUT).input).toEqual(odd);
  });

  it("falls back per key on missing, non-numeric and out-of-range values", () => {
    const { input, invalid } = decodeScenario("ret=1.5&n=abc&dret=5&aov=", INPUT);
    expect(invalid).toEqual(["n", "ret", "aov"]);
    expect(input.baseline).toEqual(INPUT.baseline);
    expect(input.levers).toEqual({ ...INPUT.levers, retentionPoints: 5 });
  });
});

describe("parseScenario", () => {
  it("reads back exactly what encodeScenario wrote", () => {
    const odd: BusinessCaseInput = { baseline: { ...INPUT.baseline, retentionRate: 2 / 3 }, levers: { ...INPUT.levers, aovPct: 7.5 } };
    expect(parseScenario(encodeScenario(odd))).toEqual(odd);
  });

  it("is null when a key is missing, blank, not a number or out of range", () => {
    const query = encodeScenario(INPUT);
    expect(parseScenario(query.replace(/&fc=[^&]*/, ""))).toBeNull();
    expect(parseScenario(query.replace(/ret=[^&]*/, "ret="))).toBeNull();
    expect(parseScenario(query.replace(/aov=[^&]*/, "aov=abc"))).toBeNull();
    expect(parseScenario(query.replace(/ret=[^&]*/, "ret=1.5"))).toBeNull();
  });
});
