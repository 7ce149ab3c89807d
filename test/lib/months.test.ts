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
});
