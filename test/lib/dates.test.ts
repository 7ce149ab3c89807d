import { describe, expect, it } from "vitest";
import { dayParser, isTimeZone } from "../../loaders/lib/dates.ts";

/** Day number of an ISO date, computed independently with Date.UTC. */
const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 864e5;

describe("dayParser", () => {
  it.each([
    ["dd-mm-yyyy", "31-12-2025", "2025-12-31"],
    ["d-m-yyyy", "1-2-2026", "2026-02-01"],
    ["dd/mm/yyyy", "29/02/2024", "2024-02-29"],
    ["mm/dd/yyyy", "02/29/2024", "2024-02-29"],
    ["yyyymmdd", "20260105", "2026-01-05"],
    ["yyyy-mm-dd", "2026-01-05 23:59:59", "2026-01-05"],
  ] as const)("reads %s %s", (format, text, iso) => {
    expect(dayParser(format, "UTC", "UTC")(text)).toBe(day(iso));
  });

  it.each([
    ["dd-mm-yyyy", "31-02-2025"],
    ["dd-mm-yyyy", "29-02-2025"],
    ["dd-mm-yyyy", "2025-02-01"],
    ["yyyy-mm-dd", "2025-13-01"],
    ["yyyy-mm-dd", "2025-01-01 25:00"],
    ["mm/dd/yyyy", "13/01/2025"],
    ["yyyy-mm-dd", ""],
  ] as const)("rejects %s %j", (format, text) => {
    expect(dayParser(format, "UTC", "UTC")(text)).toBeNaN();
  });

  it("moves timestamps into the reporting zone, across daylight saving", () => {
    const ams = dayParser("yyyy-mm-dd", "UTC", "Europe/Amsterdam");
    // Winter UTC+1, summer UTC+2 (DST from 30 March 2025 01:00 UTC).
    expect(ams("2025-01-31T22:59:59Z")).toBe(day("2025-01-31"));
    expect(ams("2025-01-31T23:00:00Z")).toBe(day("2025-02-01"));
    expect(ams("2025-03-31T21:59:00Z")).toBe(day("2025-03-31"));
    expect(ams("2025-03-31T22:00:00Z")).toBe(day("2025-04-01"));
    // A naive timestamp is read in the file's own zone: 23:30 in New York is 05:30 next day in Amsterdam (winter).
    expect(dayParser("yyyy-mm-dd", "America/New_York", "Europe/Amsterdam")("2025-01-31 23:30")).toBe(day("2025-02-01"));
    // A date without a time stays that calendar date.
    expect(ams("2025-03-31")).toBe(day("2025-03-31"));
  });

  it("knows IANA zones", () => {
    expect(isTimeZone("Europe/Amsterdam")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});
