/** The engaged share: base = activity in the 365 days up to the month end (boundary day in), engaged = a non-usage signal in the month. */
import { describe, expect, it } from "vitest";
import { engagedShare } from "../../loaders/metrics/engaged-share.ts";
import { d, mo, tl } from "./moment-fixtures.ts";

describe("engagedShare", () => {
  it("works out the base, the engaged and the share per month", () => {
    const t = tl(
      3,
      [
        [1, d("2026-02-10"), "web_visit"],
        [2, d("2026-01-15"), "usage", 0.4], // usage keeps a customer in the base but is not engagement
      ],
      [[0, d("2025-03-01")]], // 364 days before 28 Feb 2026: still in February's base, not in March's
    );
    const r = engagedShare(t, mo("2026-01"), mo("2026-03"), d("2026-03-31"), { group: [0, 1, 1], count: 2 });
    expect(r.base).toEqual([2, 3, 2]);
    expect(r.engaged).toEqual([0, 1, 0]);
    expect(r.share).toEqual([0, 1 / 3, 0]);
    expect(r.byGroup).toEqual([{ base: [1, 1, 0], engaged: [0, 0, 0] }, { base: [1, 2, 2], engaged: [0, 1, 0] }]);
  });
});
