import { describe, expect, it } from "vitest";
import { commercialSettings, CommercialSettingsSchema } from "../../loaders/schemas/commercial.ts";
import { LoadError } from "../../loaders/model/load-error.ts";

describe("CommercialSettingsSchema", () => {
  it("fills the documented defaults when the block is absent", () => {
    expect(commercialSettings({})).toEqual({
      upsell: { priceRatio: 1.2, useTiers: true },
      pairs: { minCount: 10, top: 20 },
      confidenceLevel: 0.95,
      experiments: { alpha: 0.05, srmAlpha: 0.001 },
      sampleSize: { alpha: 0.05, power: 0.8, relativeMde: 0.1, variants: 2 },
    });
  });

  it("takes partial overrides", () => {
    const parsed = CommercialSettingsSchema.parse({ upsell: { priceRatio: 1.5 }, sampleSize: { power: 0.9 } });
    expect(parsed.upsell).toEqual({ priceRatio: 1.5, useTiers: true });
    expect(parsed.sampleSize.power).toBe(0.9);
  });

  it.each([
    ["a price ratio of 1 (every equal price an upsell)", { upsell: { priceRatio: 1 } }],
    ["a power of 0.4", { sampleSize: { power: 0.4 } }],
    ["an SRM alpha of 0", { experiments: { srmAlpha: 0 } }],
    ["a fractional pair minimum", { pairs: { minCount: 2.5 } }],
    ["an unknown key", { upsel: {} }],
  ])("rejects %s", (_, input) => {
    expect(CommercialSettingsSchema.safeParse(input).success).toBe(false);
  });

  it("names the bad field in a LoadError", () => {
    expect(() => commercialSettings({ commercial: { upsell: { priceRatio: "1,2" } } })).toThrow(LoadError);
    expect(() => commercialSettings({ commercial: { upsell: { priceRatio: "1,2" } } })).toThrow(/commercial is not valid:\n {2}upsell\.priceRatio: /);
  });
});
