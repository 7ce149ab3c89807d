/** bgNbd on the whole CDNOW_master.csv (the published sample figures are checked on fixtures in test/metrics/bg-nbd.test.ts). */
import { describe, expect, it } from "vitest";
import { bgNbd, bgNbdPredict } from "../../../loaders/metrics/bg-nbd.ts";
import { repeatSummaryFromArrays } from "../../../loaders/metrics/repeat-summary.ts";
import { isoToDay, readCdnowMaster } from "../../metrics/cdnow.ts";

const CALIBRATION_END = isoToDay("1997-09-30");
const HOLDOUT_END = isoToDay("1998-06-30");

describe("bgNbd on the CDNOW master file (calibration to 1997-09-30, holdout to 1998-06-30)", () => {
  it("predicts the 39-week holdout total within 20% of what happened", () => {
    const c = readCdnowMaster();
    const summary = repeatSummaryFromArrays(c.customer, c.day, c.amount, c.customerCount, CALIBRATION_END, HOLDOUT_END);
    expect(summary.customer.length).toBe(23_570);
    const fit = bgNbd(summary);
    expect(fit.converged).toBe(true);
    // The holdout is 1997-10-01 .. 1998-06-30: 273 days = 39 weeks.
    expect((HOLDOUT_END - CALIBRATION_END) / 7).toBe(39);
    const predicted = bgNbdPredict(fit.params, summary, 39).total;
    const actual = summary.holdoutX.reduce((a, b) => a + b, 0);
    // Independently: distinct (customer, day) sales in the holdout (every CDNOW customer started in Q1 1997).
    const holdoutDays = new Set<string>();
    c.day.forEach((d, i) => {
      if (d > CALIBRATION_END && d <= HOLDOUT_END && c.amount[i]! >= 0) holdoutDays.add(`${c.customer[i]} ${d}`);
    });
    expect(actual).toBe(holdoutDays.size);
    expect(Math.abs(predicted - actual) / actual).toBeLessThan(0.2);
  });
});
