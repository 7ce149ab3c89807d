/** Customers in a trigger without an offer yet: entered on asOf − N … asOf, no offer since. */
import { describe, expect, it } from "vitest";
import { offerDays } from "../../loaders/metrics/offer-days.ts";
import { openTriggers } from "../../loaders/metrics/open-triggers.ts";

describe("openTriggers", () => {
  it("keeps entries of the last N days without a later offer, per rule, latest entry per customer", () => {
    const entries = { length: 6, rule: Int16Array.from([0, 0, 0, 1, 0, 0]), customer: Int32Array.from([0, 1, 2, 3, 4, 0]), day: Int32Array.from([85, 86, 90, 95, 99, 100]) };
    // asOf 100, N 14: day 86 is the first day inside; customer 2 got an offer on day 92; customer 4 one on day 98 (before its entry: no help).
    const offers = offerDays([{ customer: 2, day: 92, accepted: false, acceptedDay: null }, { customer: 4, day: 98, accepted: false, acceptedDay: null }], 5, 100);
    expect(openTriggers(entries, offers, 2, 100, 14)).toEqual([
      [{ customer: 0, entered: 100 }, { customer: 1, entered: 86 }, { customer: 4, entered: 99 }],
      [{ customer: 3, entered: 95 }],
    ]);
  });
});
