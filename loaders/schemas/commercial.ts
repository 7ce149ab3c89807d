import { z } from "zod";
import { LoadError } from "../model/load-error.ts";
import { issueLines } from "../lib/config-issues.ts";

/**
 * The commercial settings an analyst may write under `commercial:` in `data/klantbeeld.yaml`.
 * Every field has a default, so no `commercial:` block at all gives the documented definitions.
 */

/** When a purchase in a category the customer bought before counts as an upsell. */
export const UpsellSettingsSchema = z
  .object({
    /**
     * Price rule, used when the tier rule cannot decide: a line is an upsell when its unit price
     * (amount ÷ quantity) is at least this factor times the highest unit price the customer paid
     * in that category before. 1.2 = at least 20 % dearer.
     */
    priceRatio: z.number().gt(1).default(1.2),
    /** Use product tiers from the products export when the product and the earlier purchases have one. */
    useTiers: z.boolean().default(true),
  })
  .strict();

/** The "bought X, then Y" category pairs. */
export const PairSettingsSchema = z
  .object({
    /** A pair is shown only when at least this many customers bought X before Y (never below `minGroupSize`). */
    minCount: z.number().int().min(1).default(10),
    /** How many pairs the page lists, by lift. */
    top: z.number().int().min(1).max(200).default(20),
  })
  .strict();

/** A/B-test evaluation. */
export const ExperimentSettingsSchema = z
  .object({
    /** Significance level of the two-sided test (Bonferroni-divided over the treatment variants). */
    alpha: z.number().gt(0).lt(0.5).default(0.05),
    /** The sample-ratio-mismatch check flags a test when the chi-squared p-value is below this. */
    srmAlpha: z.number().gt(0).lt(0.5).default(0.001),
  })
  .strict();

/** The sample-size pre-calculation for planned tests. */
export const SampleSizeSettingsSchema = z
  .object({
    /** Significance level (two-sided). */
    alpha: z.number().gt(0).lt(0.5).default(0.05),
    /** Power: the chance to detect an effect of exactly the MDE. */
    power: z.number().gt(0.5).lt(1).default(0.8),
    /** Minimum detectable effect, relative to the baseline rate (0.1 = +10 %), for the per-journey table. */
    relativeMde: z.number().gt(0).max(10).default(0.1),
    /** Number of variants including control, for the days needed. */
    variants: z.number().int().min(2).max(10).default(2),
  })
  .strict();

/** All commercial settings. */
export const CommercialSettingsSchema = z
  .object({
    upsell: UpsellSettingsSchema.default(UpsellSettingsSchema.parse({})),
    pairs: PairSettingsSchema.default(PairSettingsSchema.parse({})),
    /** Confidence level of every interval (journey conversion, A/B lifts). */
    confidenceLevel: z.number().gt(0.5).lt(1).default(0.95),
    experiments: ExperimentSettingsSchema.default(ExperimentSettingsSchema.parse({})),
    sampleSize: SampleSizeSettingsSchema.default(SampleSizeSettingsSchema.parse({})),
  })
  .strict();

export type UpsellSettings = z.output<typeof UpsellSettingsSchema>;
export type PairSettings = z.output<typeof PairSettingsSchema>;
export type ExperimentSettings = z.output<typeof ExperimentSettingsSchema>;
export type SampleSizeSettings = z.output<typeof SampleSizeSettingsSchema>;
export type CommercialSettings = z.output<typeof CommercialSettingsSchema>;

/** Reads `commercial:` from a (loose) config object; throws a `LoadError` naming the bad field. */
export function commercialSettings(config: { readonly [key: string]: unknown }): CommercialSettings {
  const result = CommercialSettingsSchema.safeParse(config["commercial"] ?? {}, { reportInput: true });
  if (!result.success) throw new LoadError((t) => `${t.load.invalid("data/klantbeeld.yaml, commercial")}\n${issueLines("data/klantbeeld.yaml", result.error, undefined, [], t).join("\n")}`);
  return result.data;
}
