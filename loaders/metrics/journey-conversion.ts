/**
 * Conversion per online journey (and per customer type) per calendar month: visitors,
 * conversions, the rate with its Wilson interval, and month-over-month and year-over-year
 * changes with a two-proportion z-test, so a small journey's jump is not read as a trend.
 */
import { monthOfDay } from "../lib/months.ts";
import { type Interval, twoProportionZTest, wilson } from "../lib/stats.ts";
import type { JourneyRow } from "../schemas/journeys.ts";

/** Label of rows without a customer type in a journey that has types. */
export const UNKNOWN_SEGMENT = "onbekend";

/** A change of the rate against an earlier month. */
export interface RateChange {
  /** The earlier month's rate. */
  base: number;
  /** Rate − base (a fraction: 0.004 = 0.4 percentage point). */
  absolute: number;
  /** (Rate − base) ÷ base, or null when the base is 0. */
  relative: number | null;
  /** Two-sided p-value of the two-proportion z-test, or null when undefined (e.g. no conversions at all). */
  p: number | null;
  /** p < alpha. */
  significant: boolean;
}

/** One journey (or journey × customer type) over months `first..last`. */
export interface JourneyConversion {
  journey: string;
  /** Customer type, or null for the journey's total over all types. */
  segment: string | null;
  visitors: number[];
  conversions: number[];
  /** Conversions ÷ visitors, null without visitors. */
  rate: (number | null)[];
  /** Wilson interval of the rate, null without visitors. */
  interval: (Interval | null)[];
  mom: (RateChange | null)[];
  yoy: (RateChange | null)[];
}

/** Options of `journeyConversion`. */
export interface JourneyConversionOptions {
  /** Confidence level of the intervals (0.95). */
  level: number;
  /** Significance level of the month-over-month and year-over-year tests (0.05). */
  alpha: number;
}

/** The change at month `m` against `m − lag`, when both months have visitors. */
function change(visitors: number[], conversions: number[], m: number, lag: number, alpha: number): RateChange | null {
  const b = m - lag;
  if (b < 0 || visitors[m]! === 0 || visitors[b]! === 0) return null;
  const rate = conversions[m]! / visitors[m]!;
  const base = conversions[b]! / visitors[b]!;
  const test = twoProportionZTest(conversions[b]!, visitors[b]!, conversions[m]!, visitors[m]!);
  return {
    base,
    absolute: rate - base,
    relative: base === 0 ? null : (rate - base) / base,
    p: test === null ? null : test.p,
    significant: test !== null && test.p < alpha,
  };
}

/**
 * Per journey its total over all customer types, then (when the journey has types) one entry per
 * type, `onbekend` for rows without one. Sorted by journey, then total first, then type.
 * Months `first..last` are month indexes; rows outside them are ignored.
 */
export function journeyConversion(rows: readonly JourneyRow[], first: number, last: number, options: JourneyConversionOptions): JourneyConversion[] {
  const months = last - first + 1;
  const groups = new Map<string, { journey: string; segment: string | null; visitors: number[]; conversions: number[] }>();
  const typed = new Set(rows.filter((r) => r.segment !== null).map((r) => r.journey));
  const add = (journey: string, segment: string | null, m: number, row: JourneyRow) => {
    const key = `${journey}\u0000${segment ?? ""}\u0000${segment === null ? 0 : 1}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { journey, segment, visitors: new Array<number>(months).fill(0), conversions: new Array<number>(months).fill(0) };
      groups.set(key, group);
    }
    group.visitors[m]! += row.visitors;
    group.conversions[m]! += row.conversions;
  };
  for (const row of rows) {
    const month = monthOfDay(row.day);
    if (month < first || month > last) continue;
    add(row.journey, null, month - first, row);
    if (typed.has(row.journey)) add(row.journey, row.segment ?? UNKNOWN_SEGMENT, month - first, row);
  }
  const order = (a: { journey: string; segment: string | null }, b: { journey: string; segment: string | null }) =>
    compare(a.journey, b.journey) || (a.segment === null ? -1 : b.segment === null ? 1 : compare(a.segment, b.segment));
  return [...groups.values()].sort(order).map(({ journey, segment, visitors, conversions }) => ({
    journey,
    segment,
    visitors,
    conversions,
    rate: visitors.map((v, m) => (v === 0 ? null : conversions[m]! / v)),
    interval: visitors.map((v, m) => wilson(conversions[m]!, v, options.level)),
    mom: visitors.map((_, m) => change(visitors, conversions, m, 1, options.alpha)),
    yoy: visitors.map((_, m) => change(visitors, conversions, m, 12, options.alpha)),
  }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
