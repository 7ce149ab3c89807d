import { describe, expect, it } from "vitest";
import { bgNbd, bgNbdConditionalExpected, bgNbdPredict, type BgNbdParams, distinctRfm } from "../../loaders/metrics/bg-nbd.ts";
import { calibrationDays, holdoutCalibration } from "../../loaders/metrics/holdout-calibration.ts";
import { purchaseDays, repeatSummaryFromArrays } from "../../loaders/metrics/repeat-summary.ts";
import { isoToDay, readSampleExtract } from "./cdnow.ts";

const PUBLISHED: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe("calibrationDays", () => {
  it("steps 7 days from the calibration end and ends on the holdout end", () => {
    expect(calibrationDays(35, 50)).toEqual([42, 49, 50]);
    expect(calibrationDays(35, 49)).toEqual([42, 49]);
    expect(calibrationDays(35, 36)).toEqual([36]);
    expect(() => calibrationDays(35, 35)).toThrow(/after the calibration end/);
  });
});

describe("holdoutCalibration", () => {
  // Calibration ends on day 35, holdout on day 50 (points 42, 49, 50).
  //   customer 0: 10, 17, 31 | 40, 49 | 60 (after the holdout)  → x 2, t_x 3, T 25/7
  //   customer 1: 35 | 50                                      → x 0, T 0
  //   customer 2: first purchase 36, after the calibration end → not in the summary, not counted
  const table: [number, number][] = [[0, 10], [0, 17], [0, 31], [0, 40], [0, 49], [0, 60], [1, 35], [1, 50], [2, 36], [2, 45]];
  const customer = table.map((r) => r[0]);
  const day = table.map((r) => r[1]);
  const amount = table.map(() => 10);
  const summary = repeatSummaryFromArrays(customer, day, amount, 3, 35, 50);
  const purchases = purchaseDays(customer, day, amount, 3, 50);

  it("counts the summary's customers' purchase days cumulatively per point", () => {
    const points = holdoutCalibration(PUBLISHED, summary, purchases, 35, 50);
    expect(points.map((p) => [p.day, p.weeks, p.actual])).toEqual([
      [42, 1, 1], // customer 0 on day 40
      [49, 2, 2], // customer 0 on day 49
      [50, 15 / 7, 3], // customer 1 on day 50
    ]);
  });

  it("counts a purchase on every day of the holdout at the first point on or after it", () => {
    // One customer with a first purchase on day 0 and one purchase on each day 1..80; calibration ends on 30, holdout on 75.
    const days = Array.from({ length: 81 }, (_, d) => d);
    const every = repeatSummaryFromArrays(days.map(() => 0), days, days.map(() => 5), 1, 30, 75);
    const points = holdoutCalibration(null, every, purchaseDays(days.map(() => 0), days, days.map(() => 5), 1, 80), 30, 75);
    // Points 37, 44, …, 72 and 75: the purchases on days 31..p are counted by point p, i.e. p − 30 of them.
    expect(points.map((p) => p.day)).toEqual([37, 44, 51, 58, 65, 72, 75]);
    expect(points.map((p) => p.actual)).toEqual([7, 14, 21, 28, 35, 42, 45]);
    expect(points.every((p) => p.predicted === 0)).toBe(true);
  });

  it("predicts Σ E[Y(t) | x, t_x, T] over the summary's customers at t = weeks since the calibration end", () => {
    const points = holdoutCalibration(PUBLISHED, summary, purchases, 35, 50);
    for (const p of points) {
      const want = bgNbdConditionalExpected(PUBLISHED, p.weeks, 2, 3, 25 / 7) + bgNbdConditionalExpected(PUBLISHED, p.weeks, 0, 0, 0);
      expect(p.predicted).toBeCloseTo(want, 12);
    }
  });

  it("ends, on the CDNOW sample extract's 39-week holdout (300 customers, test/fixtures/cdnow), at the total of the per-customer predictions and the holdout purchases", () => {
    const c = readSampleExtract();
    const calEnd = isoToDay("1997-09-30");
    const end = isoToDay("1998-06-30");
    const s = repeatSummaryFromArrays(c.customer, c.day, c.amount, c.customerCount, calEnd, end);
    const fit = bgNbd(s);
    const points = holdoutCalibration(fit.params, s, purchaseDays(c.customer, c.day, c.amount, c.customerCount, end), calEnd, end);
    expect(points).toHaveLength(39);
    expect(points.at(-1)!.actual).toBe(s.holdoutX.reduce((a, b) => a + b, 0));
    expect(points.at(-1)!.predicted).toBeCloseTo(bgNbdPredict(fit.params, s, 39).total, 8);
    // Cumulative: never decreasing.
    for (let j = 1; j < points.length; j++) {
      expect(points[j]!.actual).toBeGreaterThanOrEqual(points[j - 1]!.actual);
      expect(points[j]!.predicted).toBeGreaterThan(points[j - 1]!.predicted);
    }
  });

  it("sums weight × E[Y] over the distinct rows in their order, the rows passed or grouped itself (CDNOW extract)", () => {
    const c = readSampleExtract();
    const calEnd = isoToDay("1997-09-30");
    const end = isoToDay("1997-12-31");
    const s = repeatSummaryFromArrays(c.customer, c.day, c.amount, c.customerCount, calEnd, end);
    const p = purchaseDays(c.customer, c.day, c.amount, c.customerCount, end);
    const rows = distinctRfm(s);
    const points = holdoutCalibration(PUBLISHED, s, p, calEnd, end, rows);
    expect(holdoutCalibration(PUBLISHED, s, p, calEnd, end)).toEqual(points);
    for (const point of points) {
      // One row at a time, as many times as customers share it: the same additions in the same order.
      let want = 0;
      for (let g = 0; g < rows.x.length; g++) want += rows.weight[g]! * bgNbdConditionalExpected(PUBLISHED, point.weeks, rows.x[g]!, rows.tx[g]!, rows.T[g]!);
      expect(point.predicted).toBe(want);
      // Per customer (another summation order): equal to rounding.
      let perCustomer = 0;
      for (let i = 0; i < s.x.length; i++) perCustomer += bgNbdConditionalExpected(PUBLISHED, point.weeks, s.x[i]!, s.tx[i]!, s.T[i]!);
      expect(point.predicted).toBeCloseTo(perCustomer, 9);
    }
  });
});
