/**
 * Journey conversion when the last month is partial (data through 9 March 2026): the latest MoM
 * and YoY and the series' `sameDays` compare days 1–9 of each month, worked out by hand below.
 */
import { describe, expect, it } from "vitest";
import { journeysSection } from "../../loaders/bundle/journeys.ts";
import { dayOfMonth } from "../../loaders/lib/as-of.ts";
import { dayOf } from "../../loaders/lib/months.ts";
import { commercialSettings } from "../../loaders/schemas/commercial.ts";
import { ConfigSchema } from "../../loaders/schemas/config.ts";

const config = ConfigSchema.parse({ version: 1, minGroupSize: 1, sources: [{ name: "t", kind: "transactions", files: "t.csv", columns: { date: "d", amount: "a" } }] });
const row = (y: number, m: number, d: number, visitors: number, conversions: number) => ({ day: dayOf(y, m, d), journey: "Web", segment: null, visitors, conversions });
// 1–9 March 2026: 100 visitors, 10 conversions (10 %). February: 1–9 → 200/10 (5 %), later 800/120; whole month 1000/130 (13 %).
// March 2025: 1–9 → 100/5 (5 %), later 900/90.
const ROWS = [row(2026, 3, 5, 100, 10), row(2026, 2, 3, 200, 10), row(2026, 2, 20, 800, 120), row(2025, 3, 2, 100, 5), row(2025, 3, 25, 900, 90)];
const FIRST = 2025 * 12 + 2; // 2025-03
const LAST = 2026 * 12 + 2; // 2026-03

describe("journeysSection with a partial last month", () => {
  const sameDayRows = ROWS.filter((r) => dayOfMonth(r.day) <= 9);
  const { series, section } = journeysSection(ROWS, config, commercialSettings(config), FIRST, LAST, { sameDayRows, days: 9 });
  const latest = section.entries[0]!.latest!;

  it("compares 1–9 March with 1–9 February and 1–9 March 2025, not with whole months", () => {
    expect(latest.rate).toBe(0.1);
    // 10 % against 5 % (1–9 February); the whole of February (13 %) would read as a fall.
    expect(latest.mom!.base).toBe(0.05);
    expect(latest.mom!.absolute).toBeCloseTo(0.05, 12);
    expect(latest.yoy!.base).toBe(0.05);
    expect(series[0]!.sameDays).toEqual({ previous: 0.05, yearAgo: 0.05 });
  });

  it("plans with visitors per day over the 9 days the month holds", () => {
    expect(section.planning[0]!.dailyVisitors).toBeCloseTo(100 / 9, 12);
  });

  it("gives no partial-month change when the rows cannot be cut by day (monthly exports)", () => {
    const monthly = journeysSection(ROWS, config, commercialSettings(config), FIRST, LAST, { sameDayRows: [], days: 9 });
    expect([monthly.section.entries[0]!.latest!.mom, monthly.section.entries[0]!.latest!.yoy]).toEqual([null, null]);
    expect(monthly.series[0]!.sameDays).toEqual({ previous: null, yearAgo: null });
  });
});
