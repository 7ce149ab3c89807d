/** The zod schema of `bundle.sections.goals` (`GoalsSection`); `tsc` fails when the two drift apart. */
import { z } from "zod";
import { GOAL_STATUSES, type GoalCurrent, type GoalRow } from "../../metrics/goal-tracking.ts";
import type { GoalRules } from "../../schemas/goals.ts";
import type { GoalReport, GoalsSection } from "../goals.ts";
import { nullableNumber, UnitSchema } from "./common.ts";

const StatusSchema = z.enum(GOAL_STATUSES);

/** The status rule as the load resolved it (every default filled in). */
const RulesSchema: z.ZodType<GoalRules> = z.strictObject({ tolerance: z.number(), atRisk: z.number(), minTrendMonths: z.number() });

const RowSchema: z.ZodType<GoalRow> = z.strictObject({
  month: z.string(),
  actual: nullableNumber,
  path: z.number(),
  projection: nullableNumber,
  progress: nullableNumber,
  status: StatusSchema.nullable(),
});

const CurrentSchema: z.ZodType<GoalCurrent> = z.strictObject({
  month: z.string(),
  actual: z.number(),
  progress: z.number(),
  status: StatusSchema,
  requiredRate: nullableNumber,
  plannedRate: z.number(),
  projected: nullableNumber,
  monthsLeft: z.number(),
});

const ReportSchema: z.ZodType<GoalReport> = z.strictObject({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  metric: z.string(),
  metricLabel: z.string(),
  unit: UnitSchema,
  owner: z.string(),
  agreedBy: z.string(),
  rationale: z.string(),
  start: z.string(),
  deadline: z.string(),
  direction: z.enum(["up", "down"]),
  baseline: z.strictObject({ month: z.string(), value: z.number(), fromData: z.boolean() }),
  target: z.strictObject({ value: z.number(), kind: z.enum(["value", "change", "delta"]), given: z.number() }),
  rows: z.array(RowSchema),
  history: z.array(z.strictObject({ month: z.string(), status: StatusSchema })),
  current: CurrentSchema.nullable(),
});

/** `bundle.sections.goals`. */
export const GoalsSectionSchema: z.ZodType<GoalsSection> = z.strictObject({
  rules: RulesSchema,
  asOf: z.string(),
  goals: z.array(ReportSchema),
  counts: z.record(z.enum([...GOAL_STATUSES, "pending"]), z.number()),
});
