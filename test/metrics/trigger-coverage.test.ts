/**
 * Coverage at the boundaries of "within N days": an offer on the entry day and on day e + N
 * covers it, day e + N + 1 does not (but is not "never"), an offer before the entry does not
 * count; an entry whose N days are not over by as-of is open, not judged, even when it already has an offer.
 */
import { describe, expect, it } from "vitest";
import { offerDays } from "../../loaders/metrics/offer-days.ts";
import { triggerCoverage } from "../../loaders/metrics/trigger-coverage.ts";
import type { TriggerEntries } from "../../loaders/metrics/trigger-entries.ts";
import { d, mo } from "./moment-fixtures.ts";

function entries(list: [rule: number, customer: number, day: number][]): TriggerEntries {
  const sorted = [...list].sort((a, b) => a[2] - b[2] || a[0] - b[0] || a[1] - b[1]);
  return { length: sorted.length, rule: Int16Array.from(sorted, (x) => x[0]), customer: Int32Array.from(sorted, (x) => x[1]), day: Int32Array.from(sorted, (x) => x[2]) };
}
const offer = (customer: number, day: number) => ({ customer, day, accepted: false, acceptedDay: null });

describe("triggerCoverage", () => {
  const e = d("2026-03-01");
  const N = 14;
  const asOf = d("2026-04-30");
  // Customers 0..5 enter rule 0 on 1 March; customer 6 enters rule 1 on 25 April (open: its 14 days end 9 May).
  const E = entries([[0, 0, e], [0, 1, e], [0, 2, e], [0, 3, e], [0, 4, e], [0, 5, e], [1, 6, d("2026-04-25")]]);
  const offers = [
    offer(0, e), // day 0: covered
    offer(1, e + N), // day N: covered
    offer(2, e + N + 1), // day N + 1: late
    offer(3, e - 1), // before the entry: does not count → never
    offer(4, e + 30), // late
    // customer 5: no offer at all → never
  ];
  const c = triggerCoverage(E, offerDays(offers, 7, asOf), { first: mo("2026-03"), last: mo("2026-04"), asOf, withinDays: N, ruleCount: 2, windowFrom: d("2026-01-01"), group: [0, 0, 0, 1, 1, 1, 1], groupCount: 2 });

  it("counts entries, judged, covered, never and the median days per rule and month", () => {
    expect(c.rules[0]).toEqual({ entries: [6, 0], judged: [6, 0], covered: [2, 0], never: [2, 0], medianDays: [(N + N + 1) / 2, null] });
    // Waits 0, 14, 15, 30: median (14 + 15) / 2.
    expect(c.rules[1]).toEqual({ entries: [0, 1], judged: [0, 0], covered: [0, 0], never: [0, 1], medianDays: [null, null] });
    expect(c.total.entries).toEqual([6, 1]);
    expect(c.window).toMatchObject({ entries: [7], judged: [6], covered: [2], never: [3] });
    expect(c.byRule.entries).toEqual([6, 1]);
  });

  it("splits by group over the window", () => {
    expect(c.byGroup).toEqual({ entries: [3, 4], judged: [3, 3], covered: [2, 0], never: [0, 3], medianDays: [14, 30] });
  });

  it("an offer on day N covers an entry whose window closes on the as-of day; without it the entry is judged uncovered", () => {
    const one = entries([[0, 0, e]]);
    const at = (days: number[]) => triggerCoverage(one, offerDays(days.map((x) => offer(0, x)), 1, e + N), { first: mo("2026-03"), last: mo("2026-03"), asOf: e + N, withinDays: N, ruleCount: 1, windowFrom: 0 }).rules[0]!;
    expect(at([e + N])).toMatchObject({ judged: [1], covered: [1] });
    expect(at([])).toMatchObject({ judged: [1], covered: [0], never: [1] });
    const open = triggerCoverage(one, offerDays([], 1, e + N - 1), { first: mo("2026-03"), last: mo("2026-03"), asOf: e + N - 1, withinDays: N, ruleCount: 1, windowFrom: 0 }).rules[0]!;
    expect(open).toMatchObject({ entries: [1], judged: [0], covered: [0] });
    const early = triggerCoverage(one, offerDays([offer(0, e)], 1, e + N - 1), { first: mo("2026-03"), last: mo("2026-03"), asOf: e + N - 1, withinDays: N, ruleCount: 1, windowFrom: 0 }).rules[0]!;
    expect(early).toMatchObject({ entries: [1], judged: [0], covered: [0], never: [0], medianDays: [0] });
  });
});
