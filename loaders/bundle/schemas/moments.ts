/** The zod schema of `bundle.sections.moments` (`MomentsSection`); `tsc` fails when the two drift apart. */
import { z } from "zod";
import type { AcceptanceComparison, AcceptanceGroup } from "../../metrics/moment-acceptance.ts";
import type { MomentsSection, MomentTrigger, PublishedCoverage } from "../moment-section.ts";
import { IntervalSchema, named, nullableNumber, values } from "./common.ts";

const GroupSchema: z.ZodType<AcceptanceGroup> = z.strictObject({
  offers: z.number(),
  accepted: z.number(),
  rate: nullableNumber,
  interval: IntervalSchema.nullable(),
});

const AcceptanceSchema: z.ZodType<AcceptanceComparison> = z.strictObject({
  moment: GroupSchema,
  otherwise: GroupSchema,
  lift: nullableNumber,
  liftInterval: IntervalSchema.nullable(),
  difference: nullableNumber,
  differenceInterval: IntervalSchema.nullable(),
  p: nullableNumber,
  significant: z.boolean(),
  chanceHigher: nullableNumber,
});

const CoverageSchema: z.ZodType<PublishedCoverage> = z.strictObject({ entries: values, coverage: values, medianDays: values, never: values });

const WindowSchema: z.ZodType<MomentTrigger["window"]> = z.strictObject({
  entries: nullableNumber,
  coverage: nullableNumber,
  medianDays: nullableNumber,
  never: nullableNumber,
});

const TriggerSchema: z.ZodType<MomentTrigger> = z.strictObject({
  id: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  action: z.string(),
  actionEn: z.string().nullable(),
  rule: z.string(),
  ruleEn: z.string(),
  months: CoverageSchema,
  window: WindowSchema,
  acceptance: AcceptanceSchema.nullable(),
});

/** `bundle.sections.moments`. */
export const MomentsSectionSchema: z.ZodType<MomentsSection> = z.strictObject({
  asOf: z.string(),
  month: z.string(),
  withinDays: z.number(),
  level: z.number(),
  minGroupSize: z.number(),
  windowFrom: z.string(),
  months: z.array(z.string()),
  triggers: z.array(TriggerSchema),
  total: CoverageSchema,
  window: WindowSchema,
  acceptance: AcceptanceSchema.nullable(),
  bySegment: z.array(named({ entries: nullableNumber, coverage: nullableNumber, acceptance: AcceptanceSchema.nullable() })),
});
