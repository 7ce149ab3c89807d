import { describe, expect, it } from "vitest";
import { dayOf } from "../../loaders/lib/months.ts";
import { amsterdamOffset, FIRST_DAY, LAST_DAY, utcStamp, weekday } from "../../loaders/sample/calendar.ts";

describe("sample calendar", () => {
  it("spans 2023-11-01 … 2026-10-31", () => {
    expect(FIRST_DAY).toBe(dayOf(2023, 11, 1));
    expect(LAST_DAY).toBe(dayOf(2026, 10, 31));
  });

  it("knows weekdays (1 Jan 2025 was a Wednesday)", () => {
    expect(weekday(dayOf(2025, 1, 1))).toBe(3);
  });

  it.each([
    // Summer time 2025: 30 March 02:00 → 26 October 03:00 (last Sundays).
    [2025, 3, 30, 1 * 60 + 59, 60],
    [2025, 3, 30, 3 * 60, 120],
    [2025, 10, 26, 1 * 60 + 59, 120],
    [2025, 10, 26, 3 * 60, 60],
    [2024, 7, 1, 12 * 60, 120],
    [2024, 1, 15, 12 * 60, 60],
  ])("offset on %i-%i-%i at minute %i is %i", (y, m, d, minute, offset) => {
    expect(amsterdamOffset(dayOf(y, m, d), minute)).toBe(offset);
  });

  it("writes local time as a UTC timestamp, crossing into the previous UTC month after midnight", () => {
    expect(utcStamp(dayOf(2025, 4, 1), 0 * 60 + 15)).toBe("2025-03-31T22:15:00Z");
    expect(utcStamp(dayOf(2026, 1, 1), 0 * 60 + 30)).toBe("2025-12-31T23:30:00Z");
    expect(utcStamp(dayOf(2024, 6, 15), 14 * 60 + 5)).toBe("2024-06-15T12:05:00Z");
  });

  it("agrees with Intl for every hour of the sample (independent check)", () => {
    const fmt = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
    for (let day = FIRST_DAY; day <= LAST_DAY; day += 1) {
      for (const minute of [0, 90, 180, 720, 1439]) {
        const parts = Object.fromEntries(fmt.formatToParts(new Date(utcStamp(day, minute))).map((p) => [p.type, p.value]));
        const local = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
        const want = new Date(day * 86_400_000 + minute * 60_000).toISOString().slice(0, 16).replace("T", " ");
        expect(local).toBe(want);
      }
    }
  });
});
