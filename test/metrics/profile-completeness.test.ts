/** Profile completeness per field, overall and per group from the latest snapshot per month end. */
import { describe, expect, it } from "vitest";
import { bitCount, profileCompleteness } from "../../loaders/metrics/profile-completeness.ts";
import { d, mo } from "./moment-fixtures.ts";

describe("profileCompleteness", () => {
  it("uses each customer's latest snapshot on or before the month end", () => {
    const snaps = [
      { customer: 0, day: d("2026-01-31"), filled: 0b011 },
      { customer: 0, day: d("2026-02-28"), filled: 0b111 },
      { customer: 1, day: d("2026-02-15"), filled: 0b001 },
      { customer: 1, day: d("2026-03-10"), filled: 0b011 },
      { customer: 2, day: d("2026-03-31"), filled: 0b000 }, // after as-of
    ];
    const r = profileCompleteness(snaps, 3, mo("2026-01"), mo("2026-03"), d("2026-03-15"), { group: [1, 0, 0], count: 2 });
    expect(r.profiles).toEqual([1, 2, 2]);
    expect(r.filled).toEqual([[1, 2, 2], [1, 1, 2], [0, 1, 1]]);
    expect(r.overall).toEqual([2 / 3, 4 / 6, 5 / 6]);
    expect(r.byGroup).toEqual([{ profiles: [0, 1, 1], cells: [0, 1, 2] }, { profiles: [1, 1, 1], cells: [2, 3, 3] }]);
  });
  it("counts bits", () => {
    expect([0, 1, 0b1011, 2 ** 30 - 1].map(bitCount)).toEqual([0, 1, 3, 30]);
  });
});
