/** Signals per month by type and group, worked out by hand. */
import { describe, expect, it } from "vitest";
import { signalsByMonth } from "../../loaders/metrics/signals-by-month.ts";
import { SIGNAL_TYPES } from "../../loaders/schemas/signal-types.ts";
import { d, mo, tl } from "./moment-fixtures.ts";

describe("signalsByMonth", () => {
  it("counts signals and distinct customers per type and month, and customers per group; nothing after as-of", () => {
    const t = tl(3, [
      [0, d("2026-01-05"), "web_visit"],
      [0, d("2026-01-06"), "web_visit"],
      [0, d("2026-01-07"), "usage", 0.5],
      [1, d("2026-01-10"), "web_visit"],
      [1, d("2026-02-01"), "email_open"],
      [2, d("2026-02-28"), "web_visit"], // after as-of
      [2, d("2025-12-31"), "web_visit"], // before the first month
    ]);
    const r = signalsByMonth(t, mo("2026-01"), mo("2026-02"), d("2026-02-20"), { group: [0, 1, 1], count: 2 });
    const at = (type: string) => SIGNAL_TYPES.indexOf(type as never);
    expect(r.signals[at("web_visit")]).toEqual([3, 0]);
    expect(r.customers[at("web_visit")]).toEqual([2, 0]);
    expect(r.signals[at("email_open")]).toEqual([0, 1]);
    expect(r.signals[at("usage")]).toEqual([1, 0]);
    expect(r.total).toEqual([2, 1]);
    expect(r.byGroup).toEqual([[1, 0], [1, 1]]);
  });
});
