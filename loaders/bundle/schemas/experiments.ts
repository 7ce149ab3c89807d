/** The zod schema of `bundle.sections.experiments` (`ExperimentsSection`); `tsc` fails when the two drift apart. */
import { z } from "zod";
import type { Comparison, ExperimentResult, SrmCheck, VariantResult } from "../../metrics/ab-test.ts";
import type { Verdict } from "../../metrics/ab-verdict.ts";
import type { ExperimentsSection } from "../experiments.ts";
import { IntervalSchema, nullableNumber, SampleSizeSchema } from "./common.ts";

const ComparisonSchema: z.ZodType<Comparison> = z.strictObject({
  absolute: z.number(),
  absoluteInterval: IntervalSchema.nullable(),
  relative: nullableNumber,
  relativeInterval: IntervalSchema.nullable(),
  p: nullableNumber,
  chanceToBeat: z.number(),
  significant: z.boolean(),
});

const VariantSchema: z.ZodType<VariantResult> = z.strictObject({
  name: z.string(),
  control: z.boolean(),
  visitors: z.number(),
  conversions: z.number(),
  rate: nullableNumber,
  interval: IntervalSchema.nullable(),
  revenue: nullableNumber,
  revenuePerVisitor: nullableNumber,
  plannedShare: z.number(),
  observedShare: nullableNumber,
  comparison: ComparisonSchema.nullable(),
});

const SrmSchema: z.ZodType<SrmCheck> = z.strictObject({
  statistic: z.number(),
  df: z.number(),
  p: z.number(),
  flagged: z.boolean(),
  assumedEqual: z.boolean(),
});

const VerdictSchema: z.ZodType<Verdict> = z.strictObject({
  code: z.enum(["invalid", "no_data", "srm", "winner", "loser", "no_difference", "inconclusive"]),
  text: z.string(),
});

const ResultSchema: z.ZodType<ExperimentResult> = z.strictObject({
  name: z.string(),
  start: z.string(),
  end: z.string(),
  days: z.number(),
  running: z.boolean(),
  alpha: z.number(),
  variants: z.array(VariantSchema),
  srm: SrmSchema.nullable(),
  detectableRelativeEffect: nullableNumber,
  problems: z.array(z.string()),
  verdict: VerdictSchema,
});

/** `bundle.sections.experiments`. */
export const ExperimentsSectionSchema: z.ZodType<ExperimentsSection> = z.strictObject({
  asOf: z.string(),
  level: z.number(),
  alpha: z.number(),
  srmAlpha: z.number(),
  power: z.number(),
  results: z.array(ResultSchema),
  sampleSize: SampleSizeSchema,
});
