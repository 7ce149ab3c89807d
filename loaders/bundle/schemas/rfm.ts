/** The zod schema of `bundle.sections.rfm` (`RfmSection`); `tsc` fails when the two drift apart. */
import { z } from "zod";
import { SEGMENT_IDS } from "../../metrics/rfm-segments.ts";
import type { RfmAlert, RfmMatrix, RfmSection, RfmSegmentInfo, RfmTableRow } from "../rfm.ts";
import { nullableNumber, values } from "./common.ts";

const SegmentIdSchema = z.enum(SEGMENT_IDS);

const SegmentInfoSchema: z.ZodType<RfmSegmentInfo> = z.strictObject({
  id: SegmentIdSchema,
  name: z.string(),
  nameNl: z.string(),
  color: z.string(),
  action: z.string(),
});

const TableRowSchema: z.ZodType<RfmTableRow> = z.strictObject({
  id: SegmentIdSchema,
  customers: nullableNumber,
  share: nullableNumber,
  revenue: nullableNumber,
  revenueShare: nullableNumber,
  windowRevenue: nullableNumber,
  windowRevenueShare: nullableNumber,
  averageOrderValue: nullableNumber,
  customersDelta: nullableNumber,
  customersDeltaRelative: nullableNumber,
  action: z.string(),
});

const MatrixSchema: z.ZodType<RfmMatrix> = z.strictObject({
  from: z.string(),
  to: z.string(),
  fromAsOf: z.string().optional(),
  toAsOf: z.string().optional(),
  rows: z.array(z.string()),
  cols: z.array(z.string()),
  counts: z.array(values),
});

const AlertSchema: z.ZodType<RfmAlert> = z.strictObject({
  from: z.array(SegmentIdSchema),
  to: z.array(SegmentIdSchema),
  label: z.string(),
  latest: nullableNumber,
  months: values,
});

const range = z.tuple([z.number(), z.number()]);

/** `bundle.sections.rfm`. */
export const RfmSectionSchema: z.ZodType<RfmSection> = z.strictObject({
  rulesVersion: z.number(),
  windowMonths: z.number(),
  minGroupSize: z.number(),
  months: z.array(z.string()),
  month: z.string(),
  asOf: z.string(),
  fullFrom: z.string(),
  startReason: z.string().nullable(),
  segments: z.array(SegmentInfoSchema),
  rules: z.array(z.strictObject({ segment: SegmentIdSchema, r: range, fm: range })),
  grid: z.array(values),
  table: z.array(TableRowSchema),
  totals: z.strictObject({ customers: nullableNumber, revenue: z.number(), windowRevenue: nullableNumber }),
  migrations: z.array(z.strictObject({ month: z.string(), previous: MatrixSchema, yearAgo: MatrixSchema })),
  alerts: z.array(AlertSchema),
});
