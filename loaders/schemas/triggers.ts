import { z } from "zod";
import { code } from "./issue-code.ts";
import { SIGNAL_TYPES } from "./signal-types.ts";

/**
 * Triggers as data: the `triggers:` block of `data/klantbeeld.yaml` is a rule table of "moments
 * of truth" — situations in which a fitting offer is accepted more often (a bundle almost used,
 * usage rising fast, repeated calls to customer service, long silence, an overdue repurchase).
 * Each rule has a Dutch and English name and an action; `offerWithinDays` says how soon an offer
 * must follow to count as "at the moment". Rules are evaluated per customer per day.
 */

const signal = z.enum(SIGNAL_TYPES, { error: code("signalType") });

/** `threshold`: the latest value of `signal` is at least `atLeast` (e.g. bundle usage ≥ 0.8). */
export const ThresholdRuleSchema = z
  .object({
    rule: z.literal("threshold"),
    signal,
    /** Lowest value that triggers; for `usage` a share of the bundle above 0 and at most 3. */
    atLeast: z.number().gt(0, code("thresholdAbove0")),
  })
  .strict()
  .refine((r) => r.signal !== "usage" || r.atLeast <= 3, { message: code("usageThreshold"), path: ["atLeast"] });

/** `rising`: a reading's pace (value ÷ day of the month) is at least `factor` × the customer's own median pace of the previous `baselineDays`. */
export const RisingRuleSchema = z
  .object({
    rule: z.literal("rising"),
    signal,
    /** How much faster than the customer's baseline, e.g. 1.5 = 50 % faster; must be above 1. */
    factor: z.number().gt(1, code("factorAbove1")).max(100),
    /** Days of earlier readings that form the customer's baseline. */
    baselineDays: z.number().int().min(7).max(730).default(90),
    /** Fewest earlier readings needed for a baseline. */
    minReadings: z.number().int().min(1).max(100).default(3),
  })
  .strict();

/** `count`: at least `atLeast` signals of `signal` within `withinDays` days (the day itself included). */
export const CountRuleSchema = z
  .object({
    rule: z.literal("count"),
    signal,
    atLeast: z.number().int().min(1, code("atLeastOneSignal")),
    withinDays: z.number().int().min(1, code("windowAtLeastDay")).max(3650),
  })
  .strict();

/** `silence`: no signal of any type and no purchase for `days` days. */
export const SilenceRuleSchema = z
  .object({
    rule: z.literal("silence"),
    days: z.number().int().min(1, code("atLeastOneDay")).max(3650),
  })
  .strict();

/** `overdue`: the repurchase model's "overdue" (days since the last purchase ≥ overdueFactor × the usual interval). */
export const OverdueRuleSchema = z.object({ rule: z.literal("overdue") }).strict();

/** One rule's condition. */
export const TriggerConditionSchema = z.discriminatedUnion("rule", [ThresholdRuleSchema, RisingRuleSchema, CountRuleSchema, SilenceRuleSchema, OverdueRuleSchema]);

/** One trigger: an id, names, an action and its condition. */
export const TriggerRuleSchema = z
  .object({
    /** Stable id (lowercase letters, digits, `-`), used in series ids and export file names. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, code("triggerId")),
    /** Dutch name, shown on the site. */
    nameNl: z.string().min(1),
    /** English name. */
    nameEn: z.string().min(1),
    /** What to do when a customer enters the trigger (Dutch). */
    action: z.string().min(1),
    /** The action in English, for the English site (without it the English page shows `action`, marked as Dutch). */
    actionEn: z.string().min(1).optional(),
    when: TriggerConditionSchema,
  })
  .strict();

/** The whole `triggers:` block. */
export const TriggerSettingsSchema = z
  .object({
    /** An offer within this many days after entering a trigger (the entry day is day 0) is "at the moment". */
    offerWithinDays: z.number().int().min(0).max(365).default(14),
    /** A customer without any signal or purchase for this many days is "silent" (Klantprofiel). */
    silentDays: z.number().int().min(1).max(3650).default(90),
    rules: z.array(TriggerRuleSchema).default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: "custom", path: ["rules", i, "id"], message: code("duplicateTriggerId"), params: { id: r.id } });
      seen.add(r.id);
    });
  });

export type TriggerCondition = z.output<typeof TriggerConditionSchema>;
export type TriggerRule = z.output<typeof TriggerRuleSchema>;
export type TriggerSettings = z.output<typeof TriggerSettingsSchema>;
