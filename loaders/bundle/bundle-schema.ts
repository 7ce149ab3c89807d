/**
 * The bundle's contract at its one read boundary (`readBundle`): a zod schema whose output type is
 * `Bundle`, so the schema and the TypeScript types cannot drift apart without `tsc` failing.
 * The envelope (version, axis, series, period, row accounts, warnings) is checked field by field;
 * each feature section is checked to be an object under a known name (an unknown name is an
 * error), its inner shape being the writer's `loaders/bundle/<section>.ts` type of this version.
 */
import { z } from "zod";
import type { BusinessSection } from "./business.ts";
import type { CrossUpsellSection, DigitalShareSection } from "./commercial.ts";
import type { ExperimentsSection } from "./experiments.ts";
import type { GoalsSection } from "./goals.ts";
import type { JourneysSection } from "./journeys.ts";
import type { MomentsSection } from "./moment-section.ts";
import type { ProfileSection } from "./profile-section.ts";
import type { RepurchaseSection } from "./repurchase.ts";
import type { RfmSection } from "./rfm.ts";
import { BUNDLE_VERSION, type Bundle, type BundleSections } from "./types.ts";

const monthKey = z.string().regex(/^\d{4}-\d{2}$/, "expected a month yyyy-mm");
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day yyyy-mm-dd");
const value = z.number().nullable();

const SeriesSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string(),
  unit: z.enum(["count", "currency", "percent", "ratio", "days"]),
  better: z.enum(["up", "down", "none"]),
  values: z.array(value),
  sameDays: z.strictObject({ previous: value, yearAgo: value }).optional(),
  start: z.strictObject({ from: monthKey, windowMonths: z.number().int(), reason: z.string() }).optional(),
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

/** A feature section: an object (its fields are the section type of this bundle version). */
function sectionOf<T extends object>(name: string) {
  return z.custom<T>((v) => typeof v === "object" && v !== null && !Array.isArray(v), { message: `section "${name}" must be an object` }).optional();
}

const SectionsSchema = z.strictObject({
  rfm: sectionOf<RfmSection>("rfm"),
  repurchase: sectionOf<RepurchaseSection>("repurchase"),
  crossUpsell: sectionOf<CrossUpsellSection>("crossUpsell"),
  digitalShare: sectionOf<DigitalShareSection>("digitalShare"),
  journeys: sectionOf<JourneysSection>("journeys"),
  experiments: sectionOf<ExperimentsSection>("experiments"),
  moments: sectionOf<MomentsSection>("moments"),
  profile: sectionOf<ProfileSection>("profile"),
  business: sectionOf<BusinessSection>("business"),
  goals: sectionOf<GoalsSection>("goals"),
}) satisfies z.ZodType<BundleSections>;

/** The bundle file's schema; its output is a `Bundle` (checked by `tsc` through the annotation). */
export const BundleSchema: z.ZodType<Bundle> = z.strictObject({
  version: z.literal(BUNDLE_VERSION),
  title: z.string(),
  locale: z.string(),
  currency: z.string(),
  timeZone: z.string(),
  dataAsOf: day.nullable(),
  period: PeriodSchema.optional(),
  inputsId: z.string(),
  minGroupSize: z.number().int().positive(),
  freshnessDays: z.number().int().nonnegative(),
  months: z.array(monthKey),
  series: z.array(SeriesSchema),
  sections: SectionsSchema,
  accounts: z.array(FileAccountSchema),
  warnings: z.array(z.strictObject({ code: z.string(), message: z.string() })),
  languages: z.array(z.enum(["nl", "en"])).optional(),
  kpi: z.strictObject({ activeWindowMonths: z.number().int().positive(), topShare: z.number().positive().max(1), lapsedDays: z.number().int().positive() }).optional(),
  channelLabels: z.partialRecord(z.enum(["nl", "en"]), z.record(z.string(), z.string())).optional(),
});
