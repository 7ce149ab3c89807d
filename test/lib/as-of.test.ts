import { describe, expect, it } from "vitest";
import { dayOfMonth, isMonthEnd, sameDayIn, shiftMonths, windowStartDay } from "../../loaders/lib/as-of.ts";
import { dayOf, isoDay } from "../../loaders/lib/months.ts";

const day = (iso: string) => dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

describe("as-of day arithmetic", () => {
  it.each([
    // A 12-month window ending mid-month starts the day after the same day a year earlier.
    ["2011-12-09", 12, "2010-12-10"],
    // At a month end it is the calendar-month window.
    ["2011-11-30", 12, "2010-12-01"],
    ["2024-02-29", 12, "2023-03-01"],
    ["2026-04-30", 2, "2026-03-01"],
    // Day 30 two months before April is clamped to 28 February: the window starts on 1 March.
    ["2026-04-29", 2, "2026-03-01"],
    ["2026-04-09", 2, "2026-02-10"],
  ] as const)("window of %s over %i months starts on %s", (asOf, months, start) => {
    expect(isoDay(windowStartDay(day(asOf), months))).toBe(start);
  });

  it.each([
    ["2026-04-09", -1, "2026-03-09"],
    ["2026-03-30", -1, "2026-02-28"],
    ["2026-02-28", -1, "2026-01-31"], // a month end maps to a month end
    ["2025-06-15", -9, "2024-09-15"],
  ] as const)("%s shifted %i months is %s", (from, by, to) => {
    expect(isoDay(shiftMonths(day(from), by))).toBe(to);
  });

  it("finds the same day of another month, clamped to its length", () => {
    expect(isoDay(sameDayIn(month("2026-02-01"), 30))).toBe("2026-02-28");
    expect(isoDay(sameDayIn(month("2024-02-01"), 30))).toBe("2024-02-29");
    expect(isoDay(sameDayIn(month("2025-04-01"), 9))).toBe("2025-04-09");
    expect(dayOfMonth(day("2026-04-09"))).toBe(9);
    expect([isMonthEnd(day("2026-04-30")), isMonthEnd(day("2026-04-29"))]).toEqual([true, false]);
  });
});
