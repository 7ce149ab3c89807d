import { describe, expect, it } from "vitest";
import { RepurchaseSettingsSchema } from "../../loaders/schemas/repurchase.ts";

describe("RepurchaseSettingsSchema", () => {
  it("fills the defaults: 12 months, 1 % a month, revenue CLV, due ×1, overdue ×2, 6 months holdout, 10 bins", () => {
    expect(RepurchaseSettingsSchema.parse({})).toEqual({
      horizonMonths: 12,
      monthlyDiscount: 0.01,
      margin: 1,
      dueFactor: 1,
      overdueFactor: 2,
      holdoutMonths: 6,
      pAliveBins: 10,
    });
  });

  it("accepts other settings", () => {
    const parsed = RepurchaseSettingsSchema.parse({ horizonMonths: 24, monthlyDiscount: 0.005, margin: 0.4, dueFactor: 1.5, overdueFactor: 1.5, holdoutMonths: 3 });
    expect([parsed.horizonMonths, parsed.monthlyDiscount, parsed.margin, parsed.dueFactor, parsed.overdueFactor, parsed.holdoutMonths]).toEqual([24, 0.005, 0.4, 1.5, 1.5, 3]);
  });

  it.each([
    ["overdue before due", { dueFactor: 2, overdueFactor: 1 }],
    ["a horizon of 0 months", { horizonMonths: 0 }],
    ["a negative discount", { monthlyDiscount: -0.01 }],
    ["a margin of 0", { margin: 0 }],
    ["a fractional holdout", { holdoutMonths: 1.5 }],
    ["an unknown key", { horizon: 12 }],
  ])("rejects %s", (_, input) => {
    expect(RepurchaseSettingsSchema.safeParse(input).success).toBe(false);
  });
});
