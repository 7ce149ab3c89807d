/** holdoutCalibration on the whole CDNOW 1/10 sample; the same check runs on its extract in test/metrics/holdout-calibration.test.ts. */
import { describe, expect, it } from "vitest";
import { bgNbd, bgNbdPredict } from "../../../loaders/metrics/bg-nbd.ts";
import { holdoutCalibration } from "../../../loaders/metrics/holdout-calibration.ts";
import { purchaseDays, repeatSummaryFromArrays } from "../../../loaders/metrics/repeat-summary.ts";
import { isoToDay, readCdnowSample } from "../../metrics/cdnow.ts";

describe("holdoutCalibration on the CDNOW sample", () => {
  it("ends, on the CDNOW sample's 39-week holdout, at the total of the per-customer predictions and the holdout purchases", () => {
    const c = readCdnowSample();
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
});
