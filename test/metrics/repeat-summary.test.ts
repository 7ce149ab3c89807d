import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { purchaseDays, repeatSummary, repeatSummaryFromArrays, repeatSummaryOfDays } from "../../loaders/metrics/repeat-summary.ts";
import type { Orders } from "../../loaders/model/store.ts";
import { isoToDay, readSampleExtract } from "./cdnow.ts";

// Orders deliberately out of day order. Calibration ends on day 35, holdout on day 50.
//   customer 0: day 10 (20 + 5, merged to 25), 17 (30), 20 (return −5, ignored), 31 (10), 40 (7, holdout), 60 (after holdout)
//   customer 1: day 35 only (the calibration end itself)
//   customer 2: first purchase on day 36, after the calibration end → left out
//   customer 3: no orders; unregistered sale (−1) ignored
const table = [
  [0, 17, 30],
  [0, 10, 20],
  [1, 35, 12],
  [-1, 11, 99],
  [0, 31, 10],
  [0, 10, 5],
  [0, 20, -5],
  [2, 36, 8],
  [0, 40, 7],
  [0, 60, 3],
] as const;
const customer = table.map((r) => r[0]);
const day = table.map((r) => r[1]);
const amount = table.map((r) => r[2]);

describe("purchaseDays", () => {
  it("merges same-day sales per customer, drops returns and unregistered sales, sorts by day", () => {
    const p = purchaseDays(customer, day, amount, 4);
    expect([...p.offsets]).toEqual([0, 5, 6, 7, 7]);
    expect([...p.days]).toEqual([10, 17, 31, 40, 60, 35, 36]);
    expect([...p.totals]).toEqual([25, 30, 10, 7, 3, 12, 8]);
  });

  it("keeps only days up to `upTo`", () => {
    const p = purchaseDays(customer, day, amount, 4, 31);
    expect([...p.offsets]).toEqual([0, 3, 3, 3, 3]);
    expect([...p.days]).toEqual([10, 17, 31]);
  });

  it("merges same-day orders: 9 orders on 8 distinct days give arrays of exactly 8, the same values", () => {
    // Customer 1: days 3, 3 (merged: 2 + 4), 5; customer 0: days 1, 2, 4, 6, 7, 9 (day-sorted, as the store's orders are).
    const c = [0, 0, 1, 1, 0, 1, 0, 0, 0];
    const d = [1, 2, 3, 3, 4, 5, 6, 7, 9];
    const a = [1, 2, 2, 4, 5, 6, 7, 8, 9];
    const p = purchaseDays(c, d, a, 2);
    expect([...p.offsets]).toEqual([0, 6, 8]);
    expect([...p.days]).toEqual([1, 2, 4, 6, 7, 9, 3, 5]);
    expect([...p.totals]).toEqual([1, 2, 5, 7, 8, 9, 6, 6]);
    // Counted before they are filled: no unused slot, no copy.
    expect(p.days.buffer.byteLength).toBe(8 * 4);
    expect(p.totals.buffer.byteLength).toBe(8 * 8);
  });

  it("rejects misaligned arrays and customer indices beyond the count", () => {
    expect(() => purchaseDays([0], [1, 2], [1], 1)).toThrow(/equal length/);
    expect(() => purchaseDays([5], [1], [1], 2)).toThrow(/below 2/);
    // Unsorted: the first offending order in input order; orders left out (return, after upTo) are not checked.
    expect(() => purchaseDays([0, 7, 9], [5, 3, 1], [1, 1, 1], 2)).toThrow(/got 7 at order 1/);
    expect(() => purchaseDays([0, 7, 9], [5, 3, 1], [1, -1, 1], 2)).toThrow(/got 9 at order 2/);
    expect(purchaseDays([0, 7], [5, 9], [1, 1], 2, 6).days).toEqual(Int32Array.of(5));
  });

  it("equals grouping each customer's orders by day one by one (fast-check, sorted and unsorted orders)", () => {
    const order = fc.tuple(fc.integer({ min: -1, max: 5 }), fc.integer({ min: -3, max: 40 }), fc.oneof(fc.integer({ min: -50, max: 900 }), fc.double({ min: -1, max: 100, noNaN: true })));
    fc.assert(
      fc.property(fc.array(order, { maxLength: 200 }), fc.boolean(), fc.integer({ min: 0, max: 45 }), (orders, sort, upTo) => {
        const list = sort ? [...orders].sort((p, q) => p[1] - q[1]) : orders;
        const got = purchaseDays(list.map((o) => o[0]), list.map((o) => o[1]), list.map((o) => o[2]), 6, upTo);
        // Reference: per customer, the kept orders stably by day; a day's total summed in that order.
        const offsets = [0];
        const days: number[] = [];
        const totals: number[] = [];
        for (let c = 0; c < 6; c++) {
          const kept = list.map((o, i) => ({ o, i })).filter(({ o }) => o[0] === c && o[2] >= 0 && o[1] <= upTo).sort((p, q) => p.o[1] - q.o[1] || p.i - q.i);
          for (const { o } of kept) {
            if (days.length > offsets[c]! && days.at(-1) === o[1]) totals[totals.length - 1]! += o[2];
            else {
              days.push(o[1]);
              totals.push(o[2]);
            }
          }
          offsets.push(days.length);
        }
        expect(Array.from(got.offsets)).toEqual(offsets);
        expect(Array.from(got.days)).toEqual(days);
        expect(Array.from(got.totals)).toEqual(totals);
      }),
      { numRuns: 300 },
    );
  });
});

describe("repeatSummaryFromArrays", () => {
  it("computes x, t_x, T (weeks) and the repeat spend per calibration customer", () => {
    const s = repeatSummaryFromArrays(customer, day, amount, 4, 35, 50);
    expect([...s.customer]).toEqual([0, 1]);
    // customer 0: days 10, 17, 31 → x = 2, t_x = (31 − 10)/7 = 3, T = (35 − 10)/7 = 25/7, spend = (30 + 10)/2 = 20, holdout: day 40
    // customer 1: day 35 → x = 0, t_x = 0, T = 0, spend 0, no holdout purchase
    expect([...s.x]).toEqual([2, 0]);
    expect([...s.tx]).toEqual([3, 0]);
    expect([...s.T]).toEqual([25 / 7, 0]);
    expect([...s.spend]).toEqual([20, 0]);
    expect([...s.firstDay]).toEqual([10, 35]);
    expect([...s.holdoutX]).toEqual([1, 0]);
  });

  it("serves several calibration ends from one set of purchase days (repeatSummaryOfDays)", () => {
    const p = purchaseDays(customer, day, amount, 4, 50);
    // Up to day 50 with the calibration ending on day 35: the summary above, holdout day 40 included.
    expect(repeatSummaryOfDays(p, 35)).toEqual(repeatSummaryFromArrays(customer, day, amount, 4, 35, 50));
    // Calibration ending on day 17: customer 0 only (days 10, 17 → x = 1, t_x = T = 1 week; holdout days 31, 40).
    const early = repeatSummaryOfDays(p, 17);
    expect([...early.customer, ...early.x, ...early.tx, ...early.T, ...early.spend, ...early.holdoutX]).toEqual([0, 1, 1, 1, 30, 2]);
    // The calibration end equal to the last day: no holdout.
    expect(repeatSummaryOfDays(p, 50)).toEqual(repeatSummaryFromArrays(customer, day, amount, 4, 50));
  });

  it("has no holdout purchases without a holdout end", () => {
    expect([...repeatSummaryFromArrays(customer, day, amount, 4, 35).holdoutX]).toEqual([0, 0]);
  });

  it("reads the store's Orders the same way", () => {
    const order = day.map((_, i) => i).sort((i, j) => day[i]! - day[j]! || i - j);
    const orders: Orders = {
      length: order.length,
      customer: Int32Array.from(order, (i) => customer[i]!),
      day: Int32Array.from(order, (i) => day[i]!),
      amount: Float64Array.from(order, (i) => amount[i]!),
      channel: new Uint16Array(order.length),
    };
    expect(repeatSummary({ orders, customerCount: 4 }, 35, 50)).toEqual(repeatSummaryFromArrays(customer, day, amount, 4, 35, 50));
  });

  it("matches an independent count on the CDNOW sample extract (300 customers, test/fixtures/cdnow)", () => {
    const cdnow = readSampleExtract();
    const end = isoToDay("1997-09-30");
    const s = repeatSummaryFromArrays(cdnow.customer, cdnow.day, cdnow.amount, cdnow.customerCount, end);
    // Independent: a set of distinct days per customer, in a Map.
    const daysOf = new Map<number, Set<number>>();
    cdnow.customer.forEach((c, i) => {
      if (cdnow.day[i]! > end) return;
      if (!daysOf.has(c)) daysOf.set(c, new Set());
      daysOf.get(c)!.add(cdnow.day[i]!);
    });
    const repeats = [...daysOf.values()].map((d) => d.size - 1);
    expect(cdnow.customerCount).toBe(300);
    expect(s.customer.length).toBe(daysOf.size);
    expect(s.x.filter((x) => x > 0).length).toBe(repeats.filter((x) => x > 0).length);
    expect(s.x.reduce((a, b) => a + b, 0)).toBe(repeats.reduce((a, b) => a + b, 0));
    expect([...s.x].sort((a, b) => a - b)).toEqual(repeats.sort((a, b) => a - b));
    // The extract's first customer bought on 1997-01-01: T = 272/7 = 38.857 weeks.
    expect(Math.max(...s.T)).toBeCloseTo(38.857, 3);
  });
});
