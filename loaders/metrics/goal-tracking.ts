/**
 * Month-by-month tracking of one SMART goal: the actual value, the planned straight path from
 * baseline to target, progress, the run rate still needed, a trend projection to the deadline
 * and a status. Pure: the series values and the "as of" month come in as parameters.
 *
 * Status rule, evaluated for a month m with actual a (d = +1 when up is better, −1 when down is
 * better; distance = |target − baseline|):
 * 1. **achieved** when d·(a − target) ≥ 0;
 * 2. else **off track** when m is the deadline or later (the target was missed);
 * 3. behind = d·(path(m) − a) ÷ distance, the lag behind the planned path as a share of the
 *    planned change; miss = d·(target − projection) ÷ distance, the share by which the trend
 *    projection misses the target (no projection before `minTrendMonths` actuals since start);
 * 4. **on track** when behind ≤ tolerance and the projection reaches the target (miss ≤ 0, or no
 *    projection yet);
 * 5. **at risk** when miss < atRisk (or, without a projection, behind ≤ atRisk);
 * 6. **off track** otherwise.
 *
 * The projection is the ordinary least-squares line through the actuals from the start month up
 * to m (months without a value skipped), extended to the deadline.
 */
import { monthKey } from "../lib/months.ts";

/** The four statuses, in order from good to bad. */
export const GOAL_STATUSES = ["achieved", "on-track", "at-risk", "off-track"] as const;
/** A goal's status in one month. */
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** A goal in month indexes and numbers, after its baseline and target are resolved. */
export interface GoalPlan {
  baselineMonth: number;
  baseline: number;
  target: number;
  start: number;
  deadline: number;
  /** +1 when higher is better, −1 when lower is better. */
  direction: 1 | -1;
}

/** Thresholds of the status rule (fractions of the planned change). */
export interface StatusRules {
  tolerance: number;
  atRisk: number;
  minTrendMonths: number;
}

/** One month of a goal, baseline month to deadline. */
export interface GoalRow {
  month: string;
  /** The series' value, null after "as of" or where the data has none. */
  actual: number | null;
  /** The planned straight path from baseline to target. */
  path: number;
  /** The trend line from the latest actual to the deadline, null elsewhere. */
  projection: number | null;
  /** (actual − baseline) ÷ (target − baseline): 0 at baseline, 1 at target. */
  progress: number | null;
  /** Status as it stood in this month (from start; null without an actual). */
  status: GoalStatus | null;
}

/** The latest month with an actual, summarised. */
export interface GoalCurrent {
  month: string;
  actual: number;
  progress: number;
  status: GoalStatus;
  /** Change per month still needed to reach the target at the deadline; null at or after it. */
  requiredRate: number | null;
  /** Change per month of the planned path. */
  plannedRate: number;
  /** The trend projection at the deadline, null before `minTrendMonths` actuals. */
  projected: number | null;
  /** Months from this month to the deadline (0 = deadline month). */
  monthsLeft: number;
}

/** The tracking of one goal. */
export interface GoalTracking {
  rows: GoalRow[];
  /** Null when no month from start to "as of" has an actual. */
  current: GoalCurrent | null;
  /** Month and status for every month with a status, oldest first. */
  history: { month: string; status: GoalStatus }[];
}

/** A fitted line y = intercept + slope · x. */
export interface Line {
  intercept: number;
  slope: number;
}

/** Ordinary least-squares line through the points; null for fewer than two distinct x. */
export function linearTrend(points: readonly { x: number; y: number }[]): Line | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { intercept: my - slope * mx, slope };
}

/** The planned path's value in month m: a straight line from (baseline month, baseline) to (deadline, target). */
export function plannedPath(plan: GoalPlan, month: number): number {
  return plan.baseline + ((plan.target - plan.baseline) * (month - plan.baselineMonth)) / (plan.deadline - plan.baselineMonth);
}

/** The status in month m given its actual and the trend projection at the deadline (see the module comment). */
export function goalStatus(plan: GoalPlan, month: number, actual: number, projected: number | null, rules: StatusRules): GoalStatus {
  const d = plan.direction;
  if (d * (actual - plan.target) >= 0) return "achieved";
  if (month >= plan.deadline) return "off-track";
  const distance = Math.abs(plan.target - plan.baseline);
  const behind = (d * (plannedPath(plan, month) - actual)) / distance;
  const miss = projected === null ? null : (d * (plan.target - projected)) / distance;
  if (behind <= rules.tolerance && (miss === null || miss <= 0)) return "on-track";
  if (miss === null ? behind <= rules.atRisk : miss < rules.atRisk) return "at-risk";
  return "off-track";
}

/**
 * Tracks a goal over `values` (one per month from `firstMonth`) up to and including `asOf`.
 * The plan's target must differ from its baseline.
 */
export function goalTracking(plan: GoalPlan, firstMonth: number, values: readonly (number | null)[], asOf: number, rules: StatusRules): GoalTracking {
  if (plan.target === plan.baseline) throw new Error("goal target equals its baseline");
  const valueAt = (m: number): number | null => (m > asOf ? null : (values[m - firstMonth] ?? null));
  const trendUpTo = (m: number): Line | null => {
    const points: { x: number; y: number }[] = [];
    for (let k = plan.start; k <= m; k++) {
      const y = valueAt(k);
      if (y !== null) points.push({ x: k - plan.start, y });
    }
    return points.length >= rules.minTrendMonths ? linearTrend(points) : null;
  };
  const at = (line: Line | null, m: number) => (line === null ? null : line.intercept + line.slope * (m - plan.start));
  const span = plan.target - plan.baseline;
  const rows: GoalRow[] = [];
  const history: GoalTracking["history"] = [];
  let latest: number | null = null;
  for (let m = plan.baselineMonth; m <= plan.deadline; m++) {
    const actual = valueAt(m);
    let status: GoalStatus | null = null;
    if (actual !== null && m >= plan.start) {
      status = goalStatus(plan, m, actual, at(trendUpTo(m), plan.deadline), rules);
      history.push({ month: monthKey(m), status });
      latest = m;
    }
    rows.push({ month: monthKey(m), actual, path: plannedPath(plan, m), projection: null, progress: actual === null ? null : (actual - plan.baseline) / span, status });
  }
  if (latest === null) return { rows, current: null, history };
  const line = trendUpTo(latest);
  if (line !== null) for (let m = latest; m <= plan.deadline; m++) rows[m - plan.baselineMonth]!.projection = at(line, m);
  const row = rows[latest - plan.baselineMonth]!;
  const actual = row.actual!;
  const monthsLeft = plan.deadline - latest;
  return {
    rows,
    history,
    current: {
      month: row.month,
      actual,
      progress: row.progress!,
      status: row.status!,
      requiredRate: monthsLeft > 0 ? (plan.target - actual) / monthsLeft : null,
      plannedRate: span / (plan.deadline - plan.baselineMonth),
      projected: at(line, plan.deadline),
      monthsLeft,
    },
  };
}
