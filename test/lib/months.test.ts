import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayOf, isoDay, monthEnd, monthKey, monthOfDay, monthRange, monthStart, parseMonthKey } from "../../loaders/lib/months.ts";

describe("months", () => {
  it("numbers days and months as integers", () => {
    expect(dayOf(1970, 1, 1)).toBe(0);
    expect(dayOf(2024, 3, 1) - dayOf(2024, 2, 28)).toBe(2); // leap year
    expect(isoDay(dayOf(2026, 10, 31))).toBe("2026-10-31");
    expect(monthOfDay(dayOf(2026, 10, 31))).toBe(2026 * 12 + 9);
    expect(monthKey(2026 * 12 + 9)).toBe("2026-10");
    expect(parseMonthKey("2026-10")).toBe(2026 * 12 + 9);
    expect(() => parseMonthKey("2026-13")).toThrow();
  });

  it("gives month starts, ends and ranges across a year boundary", () => {
    const dec = parseMonthKey("2025-12");
    expect(isoDay(monthStart(dec))).toBe("2025-12-01");
    expect(isoDay(monthEnd(dec))).toBe("2025-12-31");
    expect(isoDay(monthEnd(parseMonthKey("2024-02")))).toBe("2024-02-29");
    expect(monthRange(dec - 1, dec + 1)).toEqual(["2025-11", "2025-12", "2026-01"]);
  });

  it("monthOfDay agrees with the calendar of `Date` for any day, in any order of asking", () => {
    // The independent definition: what a UTC `Date` says of the day's first millisecond.
    const byDate = (day: number) => {
      const d = new Date(day * 86_400_000);
      return d.getUTCFullYear() * 12 + d.getUTCMonth();
    };
    const day = fc.oneof(
      fc.integer({ min: -100_000_000, max: 100_000_000 }),
      fc.integer({ min: dayOf(1896, 1, 1), max: dayOf(2104, 12, 31) }),
      fc.double({ min: -100_000_000, max: 100_000_000, noNaN: true }),
    );
    fc.assert(fc.property(fc.array(day, { minLength: 1, maxLength: 20 }), (days) => {
      for (const d of days) for (const e of [d, d + 1, d - 1]) expect(monthOfDay(e)).toBe(byDate(e));
    }), { numRuns: 2000 });
    // Every day of 1899–2101 walked forwards and backwards (leap days, centuries, month ends).
    for (let d = dayOf(1899, 1, 1); d <= dayOf(2101, 12, 31); d++) if (monthOfDay(d) !== byDate(d)) expect(monthOfDay(d)).toBe(byDate(d));
    for (let d = dayOf(2101, 12, 31); d >= dayOf(1899, 1, 1); d -= 13) if (monthOfDay(d) !== byDate(d)) expect(monthOfDay(d)).toBe(byDate(d));
    expect(monthOfDay(dayOf(2000, 2, 29))).toBe(2000 * 12 + 1);
    expect(monthOfDay(dayOf(1900, 3, 1) - 1)).toBe(1900 * 12 + 1); // 28 February 1900: no leap day
    expect(monthOfDay(Number.NaN)).toBeNaN();
    expect(monthOfDay(100_000_001)).toBeNaN();
  });
});
