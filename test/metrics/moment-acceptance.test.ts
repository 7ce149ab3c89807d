/**
 * Acceptance at the moment vs otherwise: the boundaries of "within N days" (entry day and day N
 * in, day N + 1 and the day before out), acceptances after as-of not counted, and the statistics
 * worked out by hand (Python, math.erfc) and equal to what the A/B-test evaluation gives.
 */
import { describe, expect, it } from "vitest";
import { abTest } from "../../loaders/metrics/ab-test.ts";
import { atMoment, compareAcceptance, momentAcceptance } from "../../loaders/metrics/moment-acceptance.ts";
import type { TriggerEntries } from "../../loaders/metrics/trigger-entries.ts";

const entries: TriggerEntries = { length: 5, rule: Int16Array.from([0, 0, 0, 0, 1]), customer: Int32Array.from([0, 1, 2, 3, 4]), day: Int32Array.from([100, 100, 100, 100, 100]) };
const offers = [
  { customer: 0, day: 100, accepted: true, acceptedDay: 101 }, // entry day: moment
  { customer: 1, day: 114, accepted: false, acceptedDay: null }, // day N = 14: moment
  { customer: 2, day: 115, accepted: true, acceptedDay: null }, // day N + 1: otherwise (accepted, no date)
  { customer: 3, day: 99, accepted: false, acceptedDay: null }, // the day before: otherwise
  { customer: 0, day: 200, accepted: true, acceptedDay: 250 }, // otherwise; accepted after as-of 240
];
const options = { fromDay: 0, toDay: 240, asOf: 240, withinDays: 14, level: 0.95, alpha: 0.05 };

describe("atMoment", () => {
  it("marks offers on entry … entry + N of the same customer", () => {
    expect(atMoment(offers, entries, 14)).toEqual([true, true, false, false, false]);
    expect(atMoment([{ customer: 4, day: 105, accepted: false, acceptedDay: null }], entries, 14, 0)).toEqual([false]);
    expect(atMoment([{ customer: 4, day: 105, accepted: false, acceptedDay: null }], entries, 14, 1)).toEqual([true]);
  });
});

describe("momentAcceptance", () => {
  const r = momentAcceptance(offers, entries, options, { group: [0, 0, 1, 1, 1], count: 2 });
  it("counts 1 of 2 at the moment and 1 of 3 otherwise, with lift +50 %", () => {
    expect(r.all.moment).toMatchObject({ offers: 2, accepted: 1, rate: 0.5 });
    expect(r.all.otherwise).toMatchObject({ offers: 3, accepted: 1, rate: 1 / 3 });
    expect(r.all.lift).toBeCloseTo(0.5, 12);
    expect(r.all.difference).toBeCloseTo(1 / 6, 12);
    // Pooled z = (1/2 − 1/3) / √(0.4 · 0.6 · (1/3 + 1/2)) = 0.372678; p = erfc(z/√2) = 0.709388 (Katz interval −0.8194 … 11.459).
    expect(r.all.p).toBeCloseTo(0.7093881150142263, 9);
    expect(r.all.liftInterval!.low).toBeCloseTo(-0.8194121565407151, 6);
    expect(r.all.liftInterval!.high).toBeCloseTo(11.459310421453043, 4);
    expect(r.all.significant).toBe(false);
  });
  it("splits by group and respects the window of offer days", () => {
    expect(r.byGroup[0]!.moment).toMatchObject({ offers: 2, accepted: 1 });
    expect(r.byGroup[0]!.otherwise).toMatchObject({ offers: 1, accepted: 0 });
    expect(r.byGroup[1]!.otherwise).toMatchObject({ offers: 2, accepted: 1 });
    expect(momentAcceptance(offers, entries, { ...options, fromDay: 100, toDay: 114 }).all.otherwise.offers).toBe(0);
  });
  it("uses exactly the A/B-test statistics: 300 of 1000 at the moment against 240 of 1000", () => {
    const c = compareAcceptance(240, 1000, 300, 1000, 0.95, 0.05);
    // By hand: z = 3.021989, p = 0.0025112, Katz interval 0.0809 … 0.4456.
    expect(c.p).toBeCloseTo(0.0025111932001979044, 9);
    expect(c.liftInterval!.low).toBeCloseTo(0.0808942761147291, 8);
    expect(c.liftInterval!.high).toBeCloseTo(0.44556228534801856, 8);
    expect(c.significant).toBe(true);
    const ab = abTest(
      { name: "x", start: 0, end: 1, file: "x", variants: [
        { name: "anders", control: true, plannedShare: null, visitors: 1000, conversions: 240, revenue: null, line: 2 },
        { name: "moment", control: false, plannedShare: null, visitors: 1000, conversions: 300, revenue: null, line: 3 },
      ] },
      { asOfDay: 1, level: 0.95, alpha: 0.05, srmAlpha: 0.001, power: 0.8 },
    ).variants[1]!.comparison!;
    expect(c.lift).toBe(ab.relative);
    expect(c.liftInterval).toEqual(ab.relativeInterval);
    expect(c.p).toBe(ab.p);
    expect(c.chanceHigher).toBe(ab.chanceToBeat);
  });
});
