import { describe, expect, it } from "vitest";
import { journeyConversion } from "../../loaders/metrics/journey-conversion.ts";
import type { JourneyRow } from "../../loaders/schemas/journeys.ts";
import { isoDay, monthIndex } from "./commercial-store.ts";

const row = (iso: string, journey: string, segment: string | null, visitors: number, conversions: number): JourneyRow => ({
  day: isoDay(iso),
  journey,
  segment,
  visitors,
  conversions,
});

const ROWS: JourneyRow[] = [
  row("2025-01-03", "TV", "Bestaand", 60, 6),
  row("2025-01-20", "TV", "Bestaand", 40, 4),
  row("2025-01-10", "TV", null, 100, 10),
  row("2025-02-05", "TV", "Bestaand", 100, 20),
  row("2026-01-05", "TV", "Bestaand", 200, 30),
  row("2025-01-01", "Mobiel verlengen", null, 1000, 50),
  row("2025-02-01", "Mobiel verlengen", null, 1000, 80),
  row("2024-12-31", "Mobiel verlengen", null, 5, 5), // before the first month: ignored
];
const FIRST = monthIndex("2025-01");
const LAST = monthIndex("2026-01");

describe("journeyConversion", () => {
  const result = journeyConversion(ROWS, FIRST, LAST, { level: 0.95, alpha: 0.05 });
  const find = (journey: string, segment: string | null) => result.find((r) => r.journey === journey && r.segment === segment)!;

  it("lists each journey's total, then its customer types, rows without a type as onbekend", () => {
    expect(result.map((r) => [r.journey, r.segment])).toEqual([
      ["Mobiel verlengen", null],
      ["TV", null],
      ["TV", "Bestaand"],
      ["TV", "onbekend"],
    ]);
    const tv = find("TV", null);
    expect(tv.visitors.slice(0, 2)).toEqual([200, 100]);
    expect(tv.conversions.slice(0, 2)).toEqual([20, 20]);
    expect(tv.rate.slice(0, 3)).toEqual([0.1, 0.2, null]);
    expect(tv.visitors[12]).toBe(200);
    expect(find("TV", "Bestaand").rate.slice(0, 2)).toEqual([0.1, 0.2]);
    expect(find("TV", "onbekend").visitors.slice(0, 2)).toEqual([100, 0]);
  });

  it("gives the Wilson interval worked by hand: 20 of 200 → 6.57 % .. 14.94 %", () => {
    // centre (0.1 + z²/400)/(1 + z²/200), half-width z/(1 + z²/200)·√(0.1·0.9/200 + z²/160000), z = 1.959964
    const interval = find("TV", null).interval[0]!;
    expect(interval.low).toBeCloseTo(0.0656704487, 9);
    expect(interval.high).toBeCloseTo(0.1494058124, 9);
    expect(find("TV", null).interval[2]).toBeNull();
  });

  it("tests month-over-month and year-over-year changes with the pooled two-proportion z-test", () => {
    // TV Feb vs Jan: 20/100 vs 20/200, p̄ = 40/300, z = 0.1/√(p̄(1−p̄)(1/200 + 1/100)) = 2.40192, p = erfc(z/√2) = 0.016309
    const mom = find("TV", null).mom[1]!;
    expect(mom.base).toBe(0.1);
    expect(mom.absolute).toBeCloseTo(0.1, 12);
    expect(mom.relative).toBeCloseTo(1, 12);
    expect(mom.p).toBeCloseTo(0.016309171878, 9);
    expect(mom.significant).toBe(true);
    // Mobiel verlengen: 80/1000 vs 50/1000, z = 2.72110, p = 0.0065066
    expect(find("Mobiel verlengen", null).mom[1]!.p).toBeCloseTo(0.006506597484, 9);
    // TV Jan 2026 vs Jan 2025: 30/200 vs 20/200, z = 1.51186, p = 0.13057: not significant
    const yoy = find("TV", null).yoy[12]!;
    expect(yoy.absolute).toBeCloseTo(0.05, 12);
    expect(yoy.p).toBeCloseTo(0.130570018116, 9);
    expect(yoy.significant).toBe(false);
    // No change against a month without visitors, nor before the first month.
    expect(find("TV", null).mom[3]).toBeNull();
    expect(find("TV", null).mom[0]).toBeNull();
    expect(find("TV", null).yoy[11]).toBeNull();
  });
});
