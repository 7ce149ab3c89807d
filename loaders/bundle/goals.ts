/**
 * The `goals` section of the bundle: takes `data/goals.yaml` as read and checked by
 * `sources/goals-file.ts`, checks every goal against the
 * series in the bundle (a goal on a missing metric is an error, not a blank card), resolves
 * baseline and target, and tracks each goal month by month (`goalTracking`).
 */
import { monthKey, parseMonthKey } from "../lib/months.ts";
import { GOAL_STATUSES, type GoalCurrent, type GoalRow, type GoalStatus, goalTracking } from "../metrics/goal-tracking.ts";
import type { Goal, GoalRules } from "../schemas/goals.ts";
import { type GoalProblem, goalsError, type Locate, type ParsedGoals } from "../sources/goals-file.ts";
import type { SectionBuilder } from "./build-bundle.ts";
import type { Series, Unit } from "./types.ts";

/** One goal as the site and the digest see it: its SMART fields plus its tracking. */
export interface GoalReport {
  id: string;
  title: string;
  description: string;
  metric: string;
  /** The series' Dutch label and unit, for the card. */
  metricLabel: string;
  unit: Unit;
  owner: string;
  agreedBy: string;
  rationale: string;
  start: string;
  deadline: string;
  direction: "up" | "down";
  baseline: { month: string; value: number; fromData: boolean };
  /** The resolved target value and how the file gave it. */
  target: { value: number; kind: "value" | "change" | "delta"; given: number };
  rows: GoalRow[];
  current: GoalCurrent | null;
  history: { month: string; status: GoalStatus }[];
}

/** `bundle.sections.goals`. */
export interface GoalsSection {
  rules: GoalRules;
  /** Last month of the data the statuses are computed at. */
  asOf: string;
  goals: GoalReport[];
  /** Number of goals per current status; `pending` = no actual since start yet. */
  counts: Record<GoalStatus | "pending", number>;
}

/** Resolves one goal against its series; returns the problems instead when it cannot. */
function resolveGoal(goal: Goal, index: number, series: Series | undefined, known: readonly Series[], months: readonly string[], locate: Locate) {
  const at = (...path: PropertyKey[]) => locate(["goals", index, ...path]);
  if (!series) {
    const family = goal.metric.split(".")[0]!;
    const near = known.map((s) => s.id).filter((id) => id.split(".")[0] === family).slice(0, 8);
    const problem: GoalProblem = (t) => `${at("metric")(t)}: ${t.schema.seriesMissing(goal.metric, near)}`;
    return { problems: [problem] };
  }
  const problems: GoalProblem[] = [];
  const baselineIndex = months.indexOf(goal.baseline.month);
  const fromData = goal.baseline.value === undefined;
  const baseline = goal.baseline.value ?? (baselineIndex < 0 ? null : (series.values[baselineIndex] ?? null));
  if (baseline === null) {
    problems.push((t) => `${at("baseline", "month")(t)}: ${t.schema.noBaselineValue(goal.metric, goal.baseline.month)}`);
    return { problems };
  }
  const kind = goal.target.value !== undefined ? "value" : goal.target.change !== undefined ? "change" : "delta";
  const given = goal.target.value ?? goal.target.change ?? goal.target.delta!;
  // 12 significant digits: 10 423 × 1.1 is 11 465.3, not 11 465.300000000001.
  const target = kind === "value" ? given : Number((kind === "change" ? baseline * (1 + given) : baseline + given).toPrecision(12));
  const direction = goal.direction ?? (series.better !== "none" ? series.better : target >= baseline ? "up" : "down");
  if (target === baseline) problems.push((t) => `${at("target")(t)}: ${t.schema.targetIsBaseline(baseline)}`);
  else if ((direction === "up") !== target > baseline) {
    problems.push((t) => `${at("target")(t)}: ${t.schema.targetWrongSide(target, baseline, target > baseline, direction === "up")}`);
  }
  return { problems, baseline, fromData, kind, given, target, direction } as const;
}

/**
 * Builds `bundle.sections.goals` from the checked goals file (`parseGoals`) and the bundle's
 * series, with statuses as of the last of `months` (or `options.asOf`). Throws a `LoadError`
 * listing every problem, placed in the file.
 */
export function goalsSection(parsed: ParsedGoals, series: readonly Series[], months: readonly string[], options: { asOf?: string } = {}): GoalsSection {
  const { goals: file, locate } = parsed;
  const byId = new Map(series.map((s) => [s.id, s]));
  const first = months.length > 0 ? parseMonthKey(months[0]!) : 0;
  const asOfKey = options.asOf ?? months.at(-1) ?? "1970-01";
  const asOf = parseMonthKey(asOfKey);
  const problems: GoalProblem[] = [];
  const goals: GoalReport[] = [];
  for (const [index, goal] of file.goals.entries()) {
    const s = byId.get(goal.metric);
    const r = resolveGoal(goal, index, s, series, months, locate);
    problems.push(...r.problems);
    if (r.problems.length > 0 || !s || r.baseline === undefined) continue;
    const plan = {
      baselineMonth: parseMonthKey(goal.baseline.month),
      baseline: r.baseline,
      target: r.target,
      start: parseMonthKey(goal.start),
      deadline: parseMonthKey(goal.deadline),
      direction: r.direction === "up" ? (1 as const) : (-1 as const),
    };
    const tracking = goalTracking(plan, first, s.values, asOf, file.rules);
    goals.push({
      id: goal.id,
      title: goal.title,
      description: goal.description,
      metric: goal.metric,
      metricLabel: s.label,
      unit: s.unit,
      owner: goal.owner,
      agreedBy: goal.agreedBy,
      rationale: goal.rationale,
      start: goal.start,
      deadline: goal.deadline,
      direction: r.direction,
      baseline: { month: goal.baseline.month, value: r.baseline, fromData: r.fromData },
      target: { value: r.target, kind: r.kind, given: r.given },
      ...tracking,
    });
  }
  if (problems.length > 0) goalsError(problems);
  const counts = Object.fromEntries([...GOAL_STATUSES, "pending"].map((k) => [k, 0])) as GoalsSection["counts"];
  for (const g of goals) counts[g.current?.status ?? "pending"]++;
  return { rules: file.rules, asOf: monthKey(asOf), goals, counts };
}

/**
 * The section builder for `loaders/bundle/sections.ts` (register it last: goals read every
 * series). Statuses are computed as of the newest *complete* month, so a month holding only
 * the first days of data never makes a goal look off track.
 */
export const goalsBuilder: SectionBuilder = {
  name: "goals",
  build({ further, months, last, period, series }) {
    if (!further.goals) return {};
    const asOf = period.partial ? last - 1 : last;
    return { section: goalsSection(further.goals, series, months, { asOf: monthKey(asOf) }) };
  },
};
