import { describe, expect, it } from "vitest";
import { MOMENT_DUE, MOMENT_NONE, MOMENT_NOT_DUE, MOMENT_OVERDUE, momentOfTruth } from "../../loaders/metrics/moment-of-truth.ts";
import { purchaseDays } from "../../loaders/metrics/repeat-summary.ts";

// Purchase days per customer, judged as of day 40 (two orders on one day are one purchase):
//   0: 0, 10, 30             gaps 10, 20     → median 15; 10 days since → not due (10 < 15)
//   1: −25, −15, −15, −5, 25 gaps 10, 10, 30 → median 10; 15 days since → due (10 ≤ 15 < 20)
//   2: 19, 26                gap 7           → 14 days since = 2 × 7 → overdue (bounds inclusive)
//   3: 25                    one purchase    → none, 15 days since
//   4: —                                     → none, −1
//   5: −10, 0, 100           day 100 is after as-of → gap 10; 40 days since → overdue
const history: number[][] = [[0, 10, 30], [-25, -15, -15, -5, 25], [19, 26], [25], [], [-10, 0, 100]];
const customer = history.flatMap((days, c) => days.map(() => c));
const day = history.flat();
const purchases = purchaseDays(customer, day, day.map(() => 10), history.length);

describe("momentOfTruth", () => {
  it("classifies by the median gap with due ×1 and overdue ×2", () => {
    const result = momentOfTruth(purchases, 40);
    expect([...result.status]).toEqual([MOMENT_NOT_DUE, MOMENT_DUE, MOMENT_OVERDUE, MOMENT_NONE, MOMENT_NONE, MOMENT_OVERDUE]);
    expect([...result.interval]).toEqual([15, 10, 7, NaN, NaN, 10]);
    expect([...result.daysSince]).toEqual([10, 15, 14, 15, -1, 40]);
    expect(result.counts).toEqual([2, 1, 1, 2]);
  });

  it("moves the thresholds with the factors", () => {
    // customer 1 as of 35: 10 days since, interval 10 → due at factor 1; not due at factor 1.5
    expect(momentOfTruth(purchases, 35).status[1]).toBe(MOMENT_DUE);
    expect(momentOfTruth(purchases, 35, { dueFactor: 1.5, overdueFactor: 3 }).status[1]).toBe(MOMENT_NOT_DUE);
    // as of 45: 20 days since → overdue at 2 × 10, only due with overdueFactor 3
    expect(momentOfTruth(purchases, 45).status[1]).toBe(MOMENT_OVERDUE);
    expect(momentOfTruth(purchases, 45, { overdueFactor: 3 }).status[1]).toBe(MOMENT_DUE);
  });

  it("rejects factors out of order", () => {
    expect(() => momentOfTruth(purchases, 40, { dueFactor: 2, overdueFactor: 1 })).toThrow(/dueFactor ≤ overdueFactor/);
    expect(() => momentOfTruth(purchases, 40, { dueFactor: 0 })).toThrow(/0 < dueFactor/);
  });

  it("takes the median of many gaps (more than a short list's sort) and of an even count", () => {
    // 19 gaps: 1, 2, …, 19 in shuffled order (median 10); then 18 gaps 1..18 (median (9 + 10) / 2).
    const order = [7, 19, 3, 11, 1, 15, 9, 5, 17, 13, 2, 18, 4, 10, 6, 16, 8, 14, 12];
    const running = (gaps: number[]) => {
      const days = [0];
      for (const gap of gaps) days.push(days.at(-1)! + gap);
      return days;
    };
    const odd = running(order);
    const even = running(order.filter((g) => g !== 19));
    const p = purchaseDays([...odd.map(() => 0), ...even.map(() => 1)], [...odd, ...even], [...odd, ...even].map(() => 1), 2);
    const result = momentOfTruth(p, 400);
    expect([...result.interval]).toEqual([10, 9.5]);
    expect([...result.daysSince]).toEqual([400 - 190, 400 - 171]);
  });
});

