/** The zod schema of `bundle.sections.repurchase` (`RepurchaseSection`); `tsc` fails when the two drift apart. */
import { z } from "zod";
import type { RepurchaseSettings } from "../../schemas/repurchase.ts";
import type { FitDiagnostics, RepurchaseCalibration, RepurchaseGroup, RepurchaseSection } from "../repurchase.ts";
import { nullableNumber, values } from "./common.ts";

/** The settings as the load resolved them (every default filled in, so none is optional here). */
const SettingsSchema: z.ZodType<RepurchaseSettings> = z.strictObject({
  horizonMonths: z.number(),
  monthlyDiscount: z.number(),
  margin: z.number(),
  dueFactor: z.number(),
  overdueFactor: z.number(),
  holdoutMonths: z.number(),
  pAliveBins: z.number(),
});

const FitSchema: z.ZodType<FitDiagnostics> = z.strictObject({
  converged: z.boolean(),
  logLikelihood: nullableNumber,
  params: z.record(z.string(), z.number()),
  iterations: z.number(),
  customers: z.number(),
});

const GroupSchema: z.ZodType<RepurchaseGroup> = z.strictObject({
  id: z.string(),
  customers: nullableNumber,
  pAlive: values.nullable(),
  meanPAlive: nullableNumber,
  expectedPurchases: nullableNumber,
  expectedPurchasesPerCustomer: nullableNumber,
  clv: nullableNumber,
  clvPerCustomer: nullableNumber,
  moment: values,
});

const CalibrationSchema: z.ZodType<RepurchaseCalibration> = z.strictObject({
  calibrationEnd: z.string(),
  holdoutEnd: z.string(),
  fit: FitSchema,
  points: z.array(z.strictObject({ day: z.string(), weeks: z.number(), predicted: nullableNumber, actual: z.number() })),
  predictedTotal: nullableNumber,
  actualTotal: z.number(),
  relativeError: nullableNumber,
});

/** `bundle.sections.repurchase`. */
export const RepurchaseSectionSchema: z.ZodType<RepurchaseSection> = z.strictObject({
  month: z.string(),
  asOf: z.string(),
  minGroupSize: z.number(),
  settings: SettingsSchema,
  horizonWeeks: z.number(),
  published: z.boolean(),
  clvPublished: z.boolean(),
  fits: z.strictObject({ bgNbd: FitSchema.nullable(), gammaGamma: FitSchema.nullable() }),
  pAliveBins: z.array(z.number()),
  momentStatuses: z.tuple([z.literal("none"), z.literal("not-due"), z.literal("due"), z.literal("overdue")]),
  groups: z.array(GroupSchema),
  total: z.strictObject({ customers: nullableNumber, expectedPurchases: nullableNumber, clv: nullableNumber, moment: values }),
  calibration: CalibrationSchema.nullable(),
});
