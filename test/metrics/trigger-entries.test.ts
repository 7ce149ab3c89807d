/** The rule table over all customers: entries sorted by day, rule, customer; nothing after as-of. */
import { describe, expect, it } from "vitest";
import { triggerEntries } from "../../loaders/metrics/trigger-entries.ts";
import type { TriggerRule } from "../../loaders/schemas/triggers.ts";
import { tl } from "./moment-fixtures.ts";

const rules: TriggerRule[] = [
  { id: "bundel", nameNl: "Bundel", nameEn: "Bundle", action: "a", when: { rule: "threshold", signal: "usage", atLeast: 0.8 } },
  { id: "service", nameNl: "Service", nameEn: "Service", action: "b", when: { rule: "count", signal: "service_contact", atLeast: 2, withinDays: 30 } },
];

describe("triggerEntries", () => {
  it("lists every entry of every customer, by day, then rule, then customer", () => {
    const t = tl(3, [
      [2, 5, "usage", 0.9],
      [1, 5, "service_contact"],
      [1, 5, "service_contact"],
      [0, 5, "usage", 0.85],
      [0, 9, "usage", 0.2],
      [0, 12, "usage", 0.95],
      [1, 40, "usage", 0.99],
    ]);
    const e = triggerEntries(t, rules, { asOf: 39, overdueFactor: 2 });
    expect([...e.day]).toEqual([5, 5, 5, 12]);
    expect([...e.rule]).toEqual([0, 0, 1, 0]);
    expect([...e.customer]).toEqual([0, 2, 1, 0]);
    expect(e.length).toBe(4);
  });
});
