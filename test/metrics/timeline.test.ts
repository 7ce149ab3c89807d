/** The timeline: signals per customer by day (file order within a day), and merged activity days. */
import { describe, expect, it } from "vitest";
import { activityDays } from "../../loaders/metrics/timeline.ts";
import { tl } from "./moment-fixtures.ts";

describe("timeline", () => {
  it("groups signals by customer and day, keeping file order within a day", () => {
    const t = tl(2, [[1, 5, "usage", 0.9], [0, 7, "web_visit"], [1, 3, "app_use"], [1, 5, "usage", 0.1]]);
    expect([...t.offsets]).toEqual([0, 1, 4]);
    expect([...t.days]).toEqual([7, 3, 5, 5]);
    expect([...t.values].slice(2)).toEqual([0.9, 0.1]);
    expect(Number.isNaN(t.values[0]!)).toBe(true);
  });
  it("merges signal and purchase days, distinct and up to as-of", () => {
    const t = tl(1, [[0, 5, "web_visit"], [0, 9, "web_visit"], [0, 9, "app_use"]], [[0, 1], [0, 5], [0, 12]]);
    expect(activityDays(t, 0, 11)).toEqual([1, 5, 9]);
    expect(() => tl(1, [[3, 1, "web_visit"]])).toThrow(/below 1/);
  });
});
