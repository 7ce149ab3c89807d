/** The zod schema of `bundle.sections.journeys` (`JourneysSection`); `tsc` fails when the two drift apart. */
import { z } from "zod";
import type { RateChange } from "../../metrics/journey-conversion.ts";
import type { JourneyEntry, JourneyLatest, JourneyPlanning, JourneysSection } from "../journeys.ts";
import { nullableNumber, SampleSizeSchema, values } from "./common.ts";

const ChangeSchema: z.ZodType<RateChange> = z.strictObject({
  base: z.number(),
  absolute: z.number(),
  relative: nullableNumber,
  p: nullableNumber,
  significant: z.boolean(),
});

const LatestSchema: z.ZodType<JourneyLatest> = z.strictObject({
  month: z.string(),
  visitors: z.number(),
  conversions: z.number(),
  rate: z.number(),
  low: z.number(),
  high: z.number(),
  mom: ChangeSchema.nullable(),
  yoy: ChangeSchema.nullable(),
});

const EntrySchema: z.ZodType<JourneyEntry> = z.strictObject({
  journey: z.string(),
  segment: z.string().nullable(),
  slug: z.string(),
  visitors: values,
  rate: values,
  low: values,
  high: values,
  latest: LatestSchema.nullable(),
});

const PlanningSchema: z.ZodType<JourneyPlanning> = z.strictObject({
  journey: z.string(),
  baseline: z.number(),
  dailyVisitors: z.number(),
  relativeMde: z.number(),
  perVariant: nullableNumber,
  days: nullableNumber,
});

/** `bundle.sections.journeys`. */
export const JourneysSectionSchema: z.ZodType<JourneysSection> = z.strictObject({
  month: z.string(),
  level: z.number(),
  minGroupSize: z.number(),
  entries: z.array(EntrySchema),
  planning: z.array(PlanningSchema),
  sampleSize: SampleSizeSchema,
});
