import { describe, expect, it } from "vitest";
import { parseMonthKey } from "../../loaders/lib/months.ts";
import { type GoalPlan, goalStatus, goalTracking, linearTrend, plannedPath } from "../../loaders/metrics/goal-tracking.ts";

const RULES = { tolerance: 0.1, atRisk: 0.25, minTrendMonths: 3 };
const m = parseMonthKey;

describe("linearTrend", () => {
  it("recovers an exact line", () => {
    expect(linearTrend([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }])).toEqual({ intercept: 1, slope: 2 });
  });
  it("fits least squares: (0,100) (1,108) (2,121) → slope 10.5, intercept 99.1667", () => {
    // mean x 1, mean y 109.667; Sxy = 9.667 + 11.333 = 21, Sxx = 2.
    const line = linearTrend([{ x: 0, y: 100 }, { x: 1, y: 108 }, { x: 2, y: 121 }])!;
    expect(line.slope).toBeCloseTo(10.5, 12);
    expect(line.intercept).toBeCloseTo(99.1666667, 6);
  });
  it("needs two distinct x", () => {
    expect(linearTrend([{ x: 0, y: 1 }])).toBeNull();
    expect(linearTrend([{ x: 2, y: 1 }, { x: 2, y: 3 }])).toBeNull();
  });
});

describe("an upward goal: 100 → 160 from 2026-01 to 2026-07", () => {
  const plan: GoalPlan = { baselineMonth: m("2026-01"), baseline: 100, target: 160, start: m("2026-01"), deadline: m("2026-07"), direction: 1 };
  const t = goalTracking(plan, m("2026-01"), [100, 108, 121, 126, 999], m("2026-04"), RULES);

  it("plans a straight path of +10 a month", () => {
    expect(t.rows.map((r) => r.path)).toEqual([100, 110, 120, 130, 140, 150, 160]);
  });
  it("stops actuals at the as-of month", () => {
    expect(t.rows.map((r) => r.actual)).toEqual([100, 108, 121, 126, null, null, null]);
  });
  it("computes progress as a fraction of the planned change", () => {
    expect(t.rows.slice(0, 4).map((r) => r.progress)).toEqual([0, 8 / 60, 21 / 60, 26 / 60]);
  });
  it("is on track while on the path, then at risk when the trend misses by 5.3/60 = 8.8 %", () => {
    // Jan/Feb: fewer than 3 actuals → no projection, behind ≤ 10 %. Mar: trend 99.17 + 10.5·6 = 162.2 ≥ 160.
    // Apr: trend over 100,108,121,126 → slope 45.5/5 = 9.1, intercept 113.75 − 13.65 = 100.1 → 154.7 at x = 6.
    expect(t.history).toEqual([
      { month: "2026-01", status: "on-track" },
      { month: "2026-02", status: "on-track" },
      { month: "2026-03", status: "on-track" },
      { month: "2026-04", status: "at-risk" },
    ]);
  });
  it("projects the April trend from April to the deadline", () => {
    const projection = t.rows.map((r) => r.projection);
    expect(projection.slice(0, 3)).toEqual([null, null, null]);
    [127.4, 136.5, 145.6, 154.7].forEach((v, i) => {
      expect(projection[3 + i]).toBeCloseTo(v, 9);
    });
  });
  it("summarises the latest month", () => {
    const c = t.current!;
    expect(c.month).toBe("2026-04");
    expect(c.actual).toBe(126);
    expect(c.status).toBe("at-risk");
    expect(c.requiredRate).toBeCloseTo(34 / 3, 12);
    expect(c.plannedRate).toBe(10);
    expect(c.projected).toBeCloseTo(154.7, 9);
    expect(c.monthsLeft).toBe(3);
  });
});

describe("a downward goal: 50 → 40, baseline 2025-12, start 2026-01, deadline 2026-05", () => {
  const plan: GoalPlan = { baselineMonth: m("2025-12"), baseline: 50, target: 40, start: m("2026-01"), deadline: m("2026-05"), direction: -1 };
  const values = [50, 49, null, 47, 44, 41];

  it("gives no status to the baseline month nor to a month without a value", () => {
    const t = goalTracking(plan, m("2025-12"), values, m("2026-05"), RULES);
    expect(t.rows.map((r) => r.status)).toEqual([null, "on-track", null, "off-track", "off-track", "off-track"]);
  });
  it("works out each month by hand", () => {
    // 2026-01: 49 vs path 48 → behind 1/10 = 0.10 ≤ tolerance, no trend yet → on track.
    // 2026-03: 47 vs path 44 → behind 0.3; two actuals only → no trend → 0.3 > 0.25 → off track.
    // 2026-04: trend over (0,49) (2,47) (3,44): slope −11/7, intercept 1035/21 → 43 at x = 4;
    //          miss (43 − 40)/10 = 0.3 ≥ 0.25 → off track.
    // 2026-05: deadline, 41 > 40 → missed → off track.
    expect(goalStatus(plan, m("2026-04"), 44, 43, RULES)).toBe("off-track");
    expect(goalStatus(plan, m("2026-04"), 44, 42, RULES)).toBe("at-risk");
    const t = goalTracking(plan, m("2025-12"), values, m("2026-05"), RULES);
    expect(t.current!.requiredRate).toBeNull();
    expect(t.current!.monthsLeft).toBe(0);
    // Trend over (0,49) (2,47) (3,44) (4,41): slope −17.25/8.75, intercept 45.25 + 2.25·17.25/8.75 → 41.8 at x = 4.
    expect(t.current!.projected).toBeCloseTo(41.8, 9);
    expect(t.rows.at(-1)!.projection).toBeCloseTo(41.8, 9);
  });
  it("is achieved as soon as the actual reaches the target, also before the deadline", () => {
    const t = goalTracking(plan, m("2025-12"), [50, 49, 39], m("2026-02"), RULES);
    expect(t.current!.status).toBe("achieved");
    expect(t.current!.progress).toBeCloseTo(1.1, 12);
  });
  it("has no current month when nothing since start has a value", () => {
    const t = goalTracking(plan, m("2025-12"), [50], m("2026-05"), RULES);
    expect(t.current).toBeNull();
    expect(t.history).toEqual([]);
  });
});

describe("goalStatus", () => {
  // Path 0 → 100 over 10 months, up: path(m) = 10·(m − base).
  const plan: GoalPlan = { baselineMonth: 0, baseline: 0, target: 100, start: 0, deadline: 10, direction: 1 };
  it.each([
    ["reached", 5, 100, null, "achieved"],
    ["behind 5 %, no projection", 5, 45, null, "on-track"],
    ["behind 20 %, no projection", 5, 30, null, "at-risk"],
    ["behind 30 %, no projection", 5, 20, null, "off-track"],
    ["on path, projection reaches", 5, 50, 100, "on-track"],
    ["on path, projection misses by 10 %", 5, 50, 90, "at-risk"],
    ["behind 40 %, projection reaches (steep trend)", 5, 10, 101, "at-risk"],
    ["on path, projection misses by 25 %", 5, 50, 75, "off-track"],
    ["deadline, short of target", 10, 99, 99, "off-track"],
  ] as const)("%s", (_, month, actual, projected, expected) => {
    expect(goalStatus(plan, month, actual, projected, RULES)).toBe(expected);
  });
  it("plans a straight line", () => {
    expect(plannedPath(plan, 3)).toBe(30);
  });
});
