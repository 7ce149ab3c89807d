/** repurchaseSection on the whole CDNOW 1/10 sample (the hand-worked fixtures are in test/bundle/repurchase.test.ts). */
import { describe, expect, it } from "vitest";
import { repurchaseSection } from "../../../loaders/bundle/repurchase.ts";
import { parseMonthKey } from "../../../loaders/lib/months.ts";
import { rfm } from "../../../loaders/metrics/rfm.ts";
import { describeRepurchaseOnCdnow } from "../../bundle/repurchase-cdnow.ts";
import { configOf } from "../../charts/rfm-fixtures.ts";
import { readCdnowSample } from "../../metrics/cdnow.ts";
import { storeOf, type OrderRow } from "../../metrics/rfm-store.ts";

describe("repurchaseSection on the CDNOW sample as of 1998-06: the published calibration fit", () => {
  const c = readCdnowSample();
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const rows: OrderRow[] = Array.from(c.customer, (id, i) => [`s${id}`, iso(c.day[i]!), c.amount[i]!]);
  const store = storeOf(rows);
  const JUN98 = parseMonthKey("1998-06");
  const segments = rfm(store, JUN98).segment;
  // A 9-month holdout puts the calibration end on 1997-09-30: the published 39-week split.
  const { section, warnings } = repurchaseSection(store, configOf({ repurchase: { holdoutMonths: 9 } }), JUN98, segments);

  it("reproduces the published BG/NBD estimates in the calibration fit", () => {
    expect(warnings).toEqual([]);
    const cal = section.calibration!;
    expect([cal.calibrationEnd, cal.holdoutEnd]).toEqual(["1997-09-30", "1998-06-30"]);
    const { r, alpha, a, b } = cal.fit.params;
    expect([r!.toPrecision(3), alpha!.toPrecision(3), a!.toPrecision(3), b!.toPrecision(3)]).toEqual(["0.243", "4.41", "0.793", "2.43"]);
    expect(Math.abs(cal.fit.logLikelihood! - -9582.43)).toBeLessThanOrEqual(0.01);
    expect(cal.points).toHaveLength(39);
    // Holdout purchases of the 2357 customers: within 20 % of the prediction.
    expect(Math.abs(cal.relativeError!)).toBeLessThan(0.2);
    expect(cal.actualTotal).toBe(cal.points.at(-1)!.actual);
  });
});

describeRepurchaseOnCdnow("the CDNOW sample", readCdnowSample());
