/** Fields against revenue and activity (descriptive): with the field against without, from the latest snapshot. */
import { describe, expect, it } from "vitest";
import { profileValue } from "../../loaders/metrics/profile-value.ts";

describe("profileValue", () => {
  it("compares mean revenue and the active share of customers with and without each field", () => {
    const asOf = 1000;
    const snaps = [
      { customer: 0, day: 900, filled: 0b00 }, // older snapshot of customer 0
      { customer: 0, day: 950, filled: 0b01 },
      { customer: 1, day: 950, filled: 0b11 },
      { customer: 2, day: 950, filled: 0b00 },
      { customer: 3, day: 1001, filled: 0b11 }, // after as-of
    ];
    // Active = a purchase on days 911 … 1000 (activeDays 90): customer 0 (990) yes, customer 1 (910) no.
    const r = profileValue(snaps, 2, [100, 300, 0, 999], [990, 910, -1, 1000], { asOf, activeDays: 90 });
    expect(r[0]).toEqual({
      field: 0,
      with: { customers: 2, meanRevenue: 200, active: 1, activeShare: 0.5 },
      without: { customers: 1, meanRevenue: 0, active: 0, activeShare: 0 },
      revenueRatio: null,
      activeDifference: 0.5,
    });
    expect(r[1]).toEqual({
      field: 1,
      with: { customers: 1, meanRevenue: 300, active: 0, activeShare: 0 },
      without: { customers: 2, meanRevenue: 50, active: 1, activeShare: 0.5 },
      revenueRatio: 6,
      activeDifference: -0.5,
    });
  });
});
