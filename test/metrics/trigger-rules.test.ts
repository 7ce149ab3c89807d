/** Each trigger rule at its boundaries, worked out by hand (and "overdue" against the repurchase model). */
import { describe, expect, it } from "vitest";
import { momentOfTruth, MOMENT_OVERDUE } from "../../loaders/metrics/moment-of-truth.ts";
import { purchaseDays } from "../../loaders/metrics/repeat-summary.ts";
import { ruleEntries } from "../../loaders/metrics/trigger-rules.ts";
import { d, tl } from "./moment-fixtures.ts";

const FAR = 100_000;

describe("threshold", () => {
  const t = tl(1, [
    [0, 10, "usage", 0.5],
    [0, 20, "usage", 0.8], // exactly the threshold: enters
    [0, 25, "usage", 0.9], // still in: no new entry
    [0, 40, "usage", 0.3], // out
    [0, 50, "usage", 0.79], // just below
    [0, 55, "usage", 0.8], // enters again
    [0, 60, "usage", 0.2],
    [0, 70, "usage", 0.9], // same day: the day's last reading counts
    [0, 70, "usage", 0.1],
    [0, 71, "web_visit", 5], // other types do not count
  ]);
  const rule = { rule: "threshold", signal: "usage", atLeast: 0.8 } as const;
  it("enters on the day the latest reading reaches the threshold, once per stretch", () => {
    expect(ruleEntries(t, 0, rule, FAR, 2)).toEqual([20, 55]);
  });
  it("ignores readings after as-of", () => {
    expect(ruleEntries(t, 0, rule, 54, 2)).toEqual([20]);
    expect(ruleEntries(t, 0, rule, 19, 2)).toEqual([]);
  });
});

describe("rising", () => {
  // Pace = value ÷ day of the month: 0.5 on the 10th = 0.05 a day.
  const base: [number, number, "usage", number][] = [
    [0, d("2026-01-10"), "usage", 0.5],
    [0, d("2026-01-20"), "usage", 1.0],
    [0, d("2026-02-10"), "usage", 0.5],
  ];
  const rule = { rule: "rising", signal: "usage", factor: 2, baselineDays: 90, minReadings: 3 } as const;
  it("enters when the pace reaches factor × the median pace of the earlier readings", () => {
    expect(ruleEntries(tl(1, [...base, [0, d("2026-02-20"), "usage", 2.0]]), 0, rule, FAR, 2)).toEqual([d("2026-02-20")]);
    expect(ruleEntries(tl(1, [...base, [0, d("2026-02-20"), "usage", 1.99]]), 0, rule, FAR, 2)).toEqual([]);
  });
  it("needs minReadings earlier readings inside baselineDays", () => {
    expect(ruleEntries(tl(1, [...base, [0, d("2026-02-20"), "usage", 2.0]]), 0, { ...rule, minReadings: 4 }, FAR, 2)).toEqual([]);
    // 2026-01-10 lies 41 days before 2026-02-20: with a 40-day baseline only two readings remain.
    expect(ruleEntries(tl(1, [...base, [0, d("2026-02-20"), "usage", 2.0]]), 0, { ...rule, baselineDays: 40 }, FAR, 2)).toEqual([]);
    expect(ruleEntries(tl(1, [...base, [0, d("2026-02-20"), "usage", 2.0]]), 0, { ...rule, baselineDays: 41 }, FAR, 2)).toEqual([d("2026-02-20")]);
  });
});

describe("count", () => {
  const rule = { rule: "count", signal: "service_contact", atLeast: 2, withinDays: 30 } as const;
  const entries = (days: number[]) => ruleEntries(tl(1, days.map((x) => [0, x, "service_contact"] as const)), 0, rule, FAR, 2);
  it("counts the window of withinDays days ending on the day (both ends in)", () => {
    expect(entries([0, 29])).toEqual([29]);
    expect(entries([0, 30])).toEqual([]);
  });
  it("enters once while the count stays high, again after it dropped", () => {
    expect(entries([0, 10, 20])).toEqual([10]);
    expect(entries([0, 10, 100, 100])).toEqual([10, 100]);
    // Day 30: 0 drops out (window 1..30 holds only 10): out. Day 39: 10 and 39 — in. Day 40: 10 drops out — out. Day 41: 39 and 41 — in.
    expect(entries([0, 10, 39, 41])).toEqual([10, 39, 41]);
    expect(entries([0, 10, 60, 89])).toEqual([10, 89]);
  });
});

describe("silence", () => {
  const rule = { rule: "silence", days: 90 } as const;
  it("enters on lastActivity + days when nothing happens until then (signals and purchases both count)", () => {
    expect(ruleEntries(tl(1, [[0, 0, "web_visit"], [0, 91, "web_visit"]]), 0, rule, 180, 2)).toEqual([90]);
    expect(ruleEntries(tl(1, [[0, 0, "web_visit"], [0, 91, "web_visit"]]), 0, rule, 181, 2)).toEqual([90, 181]);
    expect(ruleEntries(tl(1, [[0, 0, "web_visit"], [0, 90, "web_visit"]]), 0, rule, 179, 2)).toEqual([]);
    expect(ruleEntries(tl(1, [[0, 0, "web_visit"]], [[0, 50]]), 0, rule, FAR, 2)).toEqual([140]);
  });
  it("enters only by as-of, and never without a first activity", () => {
    expect(ruleEntries(tl(1, [[0, 200, "email_open"]]), 0, rule, 290, 2)).toEqual([290]);
    expect(ruleEntries(tl(1, [[0, 200, "email_open"]]), 0, rule, 289, 2)).toEqual([]);
    expect(ruleEntries(tl(2, [[0, 200, "email_open"]]), 1, rule, FAR, 2)).toEqual([]);
  });
  it("judges silence only once the signals export covers all its days", () => {
    // A purchase on day 0, the export begins on day 1: the silence entered on day 90 spans days 1..90 — covered.
    expect(ruleEntries(tl(1, [], [[0, 0]]), 0, rule, FAR, 2, 1)).toEqual([90]);
    expect(ruleEntries(tl(1, [], [[0, 0]]), 0, rule, FAR, 2, 2)).toEqual([]);
  });
});

describe("overdue", () => {
  const rule = { rule: "overdue" } as const;
  it("enters on last purchase + ceil(factor × median gap), unless the next purchase comes first", () => {
    // After day 10 (gap 10) overdue from day 30, but day 20 comes first; after day 20 (median 10) from day 40.
    expect(ruleEntries(tl(1, [], [[0, 0], [0, 10], [0, 20]]), 0, rule, FAR, 2)).toEqual([40]);
    expect(ruleEntries(tl(1, [], [[0, 0], [0, 10], [0, 20], [0, 40]]), 0, rule, 59, 2)).toEqual([]);
    expect(ruleEntries(tl(1, [], [[0, 0], [0, 10], [0, 20], [0, 40]]), 0, rule, 60, 2)).toEqual([60]);
    expect(ruleEntries(tl(1, [], [[0, 0], [0, 10], [0, 20], [0, 41]]), 0, rule, 60, 2)).toEqual([40]);
    expect(ruleEntries(tl(1, [], [[0, 0], [0, 10], [0, 20]]), 0, rule, 39, 2)).toEqual([]);
    // Gaps 10 and 15: median 12.5; × 1.5 = 18.75 → day 25 + 19 = 44 (after day 10: 10 + 15 = 25, the next purchase's day: not overdue).
    expect(ruleEntries(tl(1, [], [[0, 0], [0, 10], [0, 25]]), 0, rule, FAR, 1.5)).toEqual([44]);
  });
  it("agrees with the repurchase model's overdue status on the entry day and not the day before", () => {
    const purchases = purchaseDays([0, 0, 0], [0, 10, 25], [1, 1, 1], 1);
    const entry = ruleEntries(tl(1, [], [[0, 0], [0, 10], [0, 25]]), 0, rule, FAR, 2).at(-1)!;
    expect(momentOfTruth(purchases, entry, { overdueFactor: 2 }).status[0]).toBe(MOMENT_OVERDUE);
    expect(momentOfTruth(purchases, entry - 1, { overdueFactor: 2 }).status[0]).not.toBe(MOMENT_OVERDUE);
  });
});
