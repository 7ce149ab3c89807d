import { describe, expect, it } from "vitest";
import { BusinessSettingsSchema } from "../../loaders/schemas/business.ts";

describe("BusinessSettingsSchema", () => {
  it("fills the defaults: no margin or costs (placeholders apply later), no overrides, scenario +5 pt, +10 %, +5 %, −5 %", () => {
    expect(BusinessSettingsSchema.parse({})).toEqual({
      baseline: {},
      scenario: { retentionPoints: 5, crossUpsellPct: 10, aovPct: 5, costPct: 5 },
    });
  });

  it("accepts margin, monthly costs, overrides and a partial scenario", () => {
    const parsed = BusinessSettingsSchema.parse({ grossMargin: 0.35, fixedCostsPerMonth: 12_500, baseline: { retentionRate: 0.7 }, scenario: { aovPct: 0 } });
    expect(parsed).toEqual({
      grossMargin: 0.35,
      fixedCostsPerMonth: 12_500,
      baseline: { retentionRate: 0.7 },
      scenario: { retentionPoints: 5, crossUpsellPct: 10, aovPct: 0, costPct: 5 },
    });
  });

  it.each([
    ["a margin above 1", { grossMargin: 1.2 }],
    ["negative costs", { fixedCostsPerMonth: -1 }],
    ["both cost forms", { fixedCostsPerMonth: 1000, fixedCostShare: 0.2 }],
    ["a cross-/upsell share of 1", { baseline: { crossUpsellRate: 1 } }],
    ["fractional customers", { baseline: { activeCustomers: 10.5 } }],
    ["a cost cut above 100 %", { scenario: { costPct: 120 } }],
    ["an unknown key", { margin: 0.4 }],
    ["an unknown scenario key", { scenario: { retention: 5 } }],
  ])("rejects %s", (_, input) => {
    expect(BusinessSettingsSchema.safeParse(input).success).toBe(false);
  });
});
