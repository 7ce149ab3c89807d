/**
 * The bundle's contract at its one read boundary (`readBundle`): a zod schema whose output type is
 * `Bundle`, so the schema and the TypeScript types cannot drift apart without `tsc` failing.
 * The envelope (version, axis, series, period, row accounts, warnings) is checked field by field
 * here; each feature section by its own schema in `loaders/bundle/schemas/<section>.ts`, annotated
 * with the writer's section type, strict where the type is closed (an unknown key is an error).
 * Keys are listed in the order the writer inserts them: zod's output follows the schema's order,
 * and a bundle must read back byte-identical under `stableJson` (tested).
 */
import { z } from "zod";
import { BusinessSectionSchema } from "./schemas/business.ts";
import { CrossUpsellSectionSchema, DigitalShareSectionSchema } from "./schemas/commercial.ts";
import { UnitSchema } from "./schemas/common.ts";
import { ExperimentsSectionSchema } from "./schemas/experiments.ts";
import { GoalsSectionSchema } from "./schemas/goals.ts";
import { JourneysSectionSchema } from "./schemas/journeys.ts";
import { MomentsSectionSchema } from "./schemas/moments.ts";
import { ProfileSectionSchema } from "./schemas/profile.ts";
import { RepurchaseSectionSchema } from "./schemas/repurchase.ts";
import { RfmSectionSchema } from "./schemas/rfm.ts";
import { BUNDLE_VERSION, type Bundle, type BundleSections } from "./types.ts";

const monthKey = z.string().regex(/^\d{4}-\d{2}$/, "expected a month yyyy-mm");
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day yyyy-mm-dd");
const value = z.number().nullable();

const SeriesSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string(),
  unit: UnitSchema,
  better: z.enum(["up", "down", "none"]),
  values: z.array(value),
  start: z.strictObject({ from: monthKey, windowMonths: z.number().int(), reason: z.string() }).optional(),
  sameDays: z.strictObject({ previous: value, yearAgo: value }).optional(),
});

const count = z.number().int().nonnegative();

const PeriodSchema = z.strictObject({
  firstDay: day,
  dataLastDay: day,
  asOf: day,
  lastCompleteDay: day,
  pinned: z.boolean(),
  lastCompleteMonth: monthKey.nullable(),
  partial: z.strictObject({ month: monthKey, throughDay: day, days: count, daysInMonth: count }).nullable(),
  comparison: z.literal("same-days"),
  excluded: z.strictObject({ orders: count, lines: count, journeyRows: count, experiments: count, momentRows: count }),
});

const RejectionSchema = z.strictObject({
  file: z.string(),
  line: count,
  column: z.string().nullable(),
  reason: z.string(),
  expected: z.string(),
  key: z.string().optional(),
});

const FileAccountSchema = z.strictObject({
  file: z.string(),
  source: z.string(),
  kind: z.string(),
  sha256: z.string(),
  bytes: count,
  rowsRead: count,
  rowsAccepted: count,
  rowsRejected: count,
  reasons: z.record(z.string(), count),
  rejections: z.array(RejectionSchema),
  warnings: z.array(z.string()),
});

/** The feature sections, each optional and checked field by field by its schema in `./schemas/`. */
const SectionsSchema = z.strictObject({
  crossUpsell: CrossUpsellSectionSchema.optional(),
  digitalShare: DigitalShareSectionSchema.optional(),
  journeys: JourneysSectionSchema.optional(),
  experiments: ExperimentsSectionSchema.optional(),
  rfm: RfmSectionSchema.optional(),
  repurchase: RepurchaseSectionSchema.optional(),
  moments: MomentsSectionSchema.optional(),
  profile: ProfileSectionSchema.optional(),
  business: BusinessSectionSchema.optional(),
  goals: GoalsSectionSchema.optional(),
}) satisfies z.ZodType<BundleSections>;

/** The bundle file's schema; its output is a `Bundle` (checked by `tsc` through the annotation). */
export const BundleSchema: z.ZodType<Bundle> = z.strictObject({
  version: z.literal(BUNDLE_VERSION),
  title: z.string(),
  locale: z.string(),
  languages: z.array(z.enum(["nl", "en"])).optional(),
  currency: z.string(),
  timeZone: z.string(),
  dataAsOf: day.nullable(),
  period: PeriodSchema.optional(),
  inputsId: z.string(),
  minGroupSize: z.number().int().positive(),
  kpi: z.strictObject({ activeWindowMonths: z.number().int().positive(), topShare: z.number().positive().max(1), lapsedDays: z.number().int().positive() }).optional(),
  freshnessDays: z.number().int().nonnegative(),
  channelLabels: z.partialRecord(z.enum(["nl", "en"]), z.record(z.string(), z.string())).optional(),
  months: z.array(monthKey),
  series: z.array(SeriesSchema),
  sections: SectionsSchema,
  accounts: z.array(FileAccountSchema),
  warnings: z.array(z.strictObject({ code: z.string(), message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })),
});
