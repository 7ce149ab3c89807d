import { z } from "zod";
import { messages } from "../i18n/index.ts";
import { code } from "./issue-code.ts";
import { type Format, FormatSchema } from "./format.ts";
import { amountCell, countCell, dateCell, flagCell, shareCell, textCell } from "./export-cells.ts";

/**
 * The A/B-test export (`kind: experiments`): one row per experiment × variant with its visitors
 * and conversions over the whole test, the test's start and end date and the planned share of
 * traffic. Rows are totals per variant, never individual visitors.
 */

/** Which column of the experiments export holds which field (header names as in the file). */
export const ExperimentColumnsSchema = z
  .object({
    /** Experiment name or id; rows with the same value belong to one test. */
    experiment: z.string(),
    /** Variant name, unique within its experiment (`A`, `B`, `control` …). */
    variant: z.string(),
    /** Whether the row is the control: 1/0, true/false, ja/nee, yes/no, x/blank. Exactly one per experiment. */
    control: z.string().optional(),
    /** First day of the test (same on every row of the experiment). */
    start: z.string(),
    /** Last day of the test, or the day of the export while it runs (same on every row). */
    end: z.string(),
    /** Planned share of traffic: a fraction (0.5) or a percentage (50%); blank on all rows = equal split. */
    plannedShare: z.string().optional(),
    /** Visitors assigned to the variant: a whole number ≥ 0. */
    visitors: z.string(),
    /** Of those, how many converted: a whole number, at most `visitors`. */
    conversions: z.string(),
    /** Revenue of the variant's conversions (optional). */
    revenue: z.string().optional(),
  })
  .strict();

/** One experiments export: a file (or glob) under `data/` with its format and column map. */
export const ExperimentSourceSchema = z
  .object({
    /** Short name shown in the row account. */
    name: z.string().min(1),
    kind: z.literal("experiments"),
    /** File or glob relative to `data/`, e.g. `experiments/ab-tests.csv`. */
    files: z.string().min(1),
    /** Delimiter, separators, date format and encoding of the files. */
    format: FormatSchema.default(FormatSchema.parse({})),
    columns: ExperimentColumnsSchema,
    /** Name of the control variant when the export has no control column (e.g. `A`). */
    controlVariant: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => s.columns.control !== undefined || s.controlVariant !== undefined, {
    message: code("controlColumnOrVariant"),
  });

/** The cell rules of an experiments export in its format. */
export function experimentCells(format: Format, reportZone: string) {
  return {
    /** Experiment name: required. */
    experiment: textCell("missing_experiment", "an experiment name"),
    /** Variant name: required. */
    variant: textCell("missing_variant", "a variant name"),
    /** Control flag. */
    control: flagCell("invalid_control", "whether the variant is the control"),
    /** Start date → day number. */
    start: dateCell(format, reportZone, "invalid_start"),
    /** End date → day number. */
    end: dateCell(format, reportZone, "invalid_end"),
    /** Planned traffic share, blank allowed. */
    plannedShare: shareCell(format, "invalid_planned_share"),
    /** Visitors of the variant. */
    visitors: countCell(format, "invalid_visitors", "visitors"),
    /** Conversions of the variant. */
    conversions: countCell(format, "invalid_conversions", "conversions"),
    /** Revenue ≥ 0, blank allowed. */
    revenue: amountCell(format, "invalid_revenue", "revenue", true),
  };
}

/** One variant of an experiment, as read. */
export const VariantSchema = z.object({
  name: z.string(),
  control: z.boolean(),
  /** Planned share of traffic (0..1], or null when the export leaves it blank. */
  plannedShare: z.number().nullable(),
  visitors: z.number().int().min(0),
  conversions: z.number().int().min(0),
  /** Revenue, or null when the export has none. */
  revenue: z.number().nullable(),
  /** Physical line of the row (for messages). */
  line: z.number().int(),
});

/** One experiment: its dates and its variants in file order. */
export const ExperimentSchema = z.object({
  name: z.string(),
  /** First and last day (day numbers). */
  start: z.number().int(),
  end: z.number().int(),
  /** File the experiment was read from (relative to `data/`). */
  file: z.string(),
  variants: z.array(VariantSchema),
});

export type ExperimentColumns = z.output<typeof ExperimentColumnsSchema>;
export type ExperimentSource = z.output<typeof ExperimentSourceSchema>;
export type Variant = z.output<typeof VariantSchema>;
export type Experiment = z.output<typeof ExperimentSchema>;

/** A problem of a whole experiment: its kind (a key of the catalogue's `experiments.problems`), the experiment's name and the count it is about. */
export interface ExperimentIssue {
  kind: "controls" | "variants" | "shares";
  name: string;
  count: number;
}

/** Problems of whole experiments (names and counts only), e.g. no control or two controls. */
export function experimentIssues(experiment: Experiment): ExperimentIssue[] {
  const issues: ExperimentIssue[] = [];
  const { name, variants } = experiment;
  const controls = variants.filter((v) => v.control).length;
  if (controls !== 1) issues.push({ kind: "controls", name, count: controls });
  if (variants.length < 2) issues.push({ kind: "variants", name, count: variants.length });
  const shares = variants.filter((v) => v.plannedShare !== null).length;
  if (shares > 0 && shares < variants.length) issues.push({ kind: "shares", name, count: shares });
  return issues;
}

/** The Dutch sentence of an experiment's problem (the bundle's wording; readers get `experiments.problems` in their language). */
export function experimentProblemText(issue: ExperimentIssue, problems = messages("nl").experiments.problems): string {
  return issue.kind === "shares" ? problems.shares(issue.name) : problems[issue.kind](issue.name, issue.count);
}

/** Problems of whole experiments, one Dutch sentence each (names only), e.g. no control or two controls. */
export function experimentProblems(experiment: Experiment): string[] {
  return experimentIssues(experiment).map((issue) => experimentProblemText(issue));
}
