import { z } from "zod";
import { code } from "./issue-code.ts";

/**
 * The SMART goals a manager or analyst writes in `data/goals.yaml`. Each goal names one bundle
 * series (the *metric*), where it starts (baseline), where it must end (target) and by when.
 * Whether the metric exists, and the baseline value when it is taken from the data, are checked
 * against the bundle in `loaders/bundle/goals.ts`; this schema checks everything else.
 */

/** A calendar month `yyyy-mm`. */
export const MonthKeySchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: code("monthKey") });

/** Kebab-case identifier, stable across edits (used in links, history and the digest). */
const GoalIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: code("goalId") });

/** The starting point: a month, and the value in that month (taken from the data when absent). */
export const BaselineSchema = z
  .object({
    /** Month whose actual value is the baseline; the planned path starts here. */
    month: MonthKeySchema,
    /** Baseline value in the series' unit (percent as a fraction: 0.42 = 42 %); absent = the data's value that month. */
    value: z.number().finite().optional(),
  })
  .strict();

/**
 * The end point: exactly one of an absolute `value`, a relative `change` against the baseline
 * (`0.10` = +10 %, `-0.05` = −5 %) or an absolute `delta` against the baseline (`+250` customers).
 */
export const TargetSchema = z
  .object({
    /** Target value in the series' unit (percent as a fraction: 0.55 = 55 %). */
    value: z.number().finite().optional(),
    /** Target as a relative change of the baseline: target = baseline × (1 + change). */
    change: z.number().finite().gt(-1).optional(),
    /** Target as an absolute change of the baseline: target = baseline + delta. */
    delta: z.number().finite().optional(),
  })
  .strict()
  .refine((t) => [t.value, t.change, t.delta].filter((v) => v !== undefined).length === 1, {
    message: code("targetOneOf"),
  });

/** One SMART goal. */
export const GoalSchema = z
  .object({
    /** Specific: stable id. */
    id: GoalIdSchema,
    /** Specific: short Dutch title for the card. */
    title: z.string().min(1),
    /** Specific: what the goal is about, in a sentence or two. */
    description: z.string().min(1),
    /**
     * Measurable: the bundle series id. A filter is part of the id: `segment.champions.revenue`
     * (revenue of the Champions segment), `channel.web.revenue`, `digital.revenue_share`.
     */
    metric: z.string().regex(/^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/, { message: code("seriesId") }),
    /** Measurable: where the goal starts. */
    baseline: BaselineSchema,
    /** Measurable: where it must end. */
    target: TargetSchema,
    /** Whether higher (`up`) or lower (`down`) is better; absent = the series' own direction, else from target vs baseline. */
    direction: z.enum(["up", "down"]).optional(),
    /** Acceptable: who owns the goal (a role or name of a manager, never a customer). */
    owner: z.string().min(1),
    /** Acceptable: who agreed to it and when, e.g. "MT, 14 januari 2026". */
    agreedBy: z.string().min(1),
    /** Realistic: why the target is achievable. */
    rationale: z.string().min(1),
    /** Time-bound: first month that counts towards the goal. */
    start: MonthKeySchema,
    /** Time-bound: the month by whose end the target must be reached. */
    deadline: MonthKeySchema,
  })
  .strict()
  .refine((g) => g.baseline.month <= g.start, { message: code("baselineAfterStart"), path: ["baseline", "month"] })
  .refine((g) => g.start < g.deadline, { message: code("deadlineAfterStart"), path: ["deadline"] });

/** The thresholds of the status rule (see `goalTracking`), shared by all goals. */
export const GoalRulesSchema = z
  .object({
    /** On track allows the actual to lag the planned path by this share of the planned change (0.10 = 10 %). */
    tolerance: z.number().min(0).max(1).default(0.1),
    /** At risk: the projection misses the target by less than this share of the planned change; more is off track. */
    atRisk: z.number().min(0).max(5).default(0.25),
    /** Months of actuals since start needed before a trend projection is made. */
    minTrendMonths: z.number().int().min(2).max(24).default(3),
  })
  .strict();

/** The whole goals file. */
export const GoalsFileSchema = z
  .object({
    /** Version of this file's shape. */
    version: z.literal(1),
    /** Thresholds of the status rule; all have defaults. */
    rules: GoalRulesSchema.default(GoalRulesSchema.parse({})),
    /** The goals, in the order the goals page shows them. */
    goals: z.array(GoalSchema).default([]),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    for (const [index, goal] of file.goals.entries()) {
      if (seen.has(goal.id)) ctx.addIssue({ code: "custom", message: code("duplicateGoalId"), params: { id: goal.id }, path: ["goals", index, "id"] });
      seen.add(goal.id);
    }
  });

export type Baseline = z.output<typeof BaselineSchema>;
export type Target = z.output<typeof TargetSchema>;
export type Goal = z.output<typeof GoalSchema>;
export type GoalRules = z.output<typeof GoalRulesSchema>;
export type GoalsFile = z.output<typeof GoalsFileSchema>;
