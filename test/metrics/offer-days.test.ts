/** Offer days per customer and the "first offer on or after" lookup. */
import { describe, expect, it } from "vitest";
import { firstOfferFrom, offerDays } from "../../loaders/metrics/offer-days.ts";

const o = (customer: number, day: number) => ({ customer, day, accepted: false, acceptedDay: null });

describe("offerDays", () => {
  it("sorts each customer's days, drops days after as-of, and finds the first on or after a day", () => {
    const od = offerDays([o(1, 30), o(0, 20), o(1, 10), o(1, 99)], 3, 50);
    expect([...od.offsets]).toEqual([0, 1, 3, 3]);
    expect([...od.days]).toEqual([20, 10, 30]);
    expect(firstOfferFrom(od, 1, 10)).toBe(10);
    expect(firstOfferFrom(od, 1, 11)).toBe(30);
    expect(firstOfferFrom(od, 1, 31)).toBeNull();
    expect(firstOfferFrom(od, 2, 0)).toBeNull();
  });
});
