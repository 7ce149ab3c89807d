/**
 * The sample's calendar: the 36 months it covers, the seasonal pattern of a Dutch telecom
 * retailer, and local Amsterdam wall time → UTC timestamp (the webshop exports UTC).
 */
import { monthEnd, monthStart } from "../lib/months.ts";

/** First month of the sample (month index of 2023-11). */
export const FIRST_MONTH = 2023 * 12 + 10;
/** Number of months: 2023-11 … 2026-10. */
export const MONTH_COUNT = 36;
/** Last month of the sample (2026-10). */
export const LAST_MONTH = FIRST_MONTH + MONTH_COUNT - 1;
/** First and last local day of the sample. */
export const FIRST_DAY = monthStart(FIRST_MONTH);
export const LAST_DAY = monthEnd(LAST_MONTH);

/** Demand factor per calendar month (Jan … Dec): Black Friday and the holidays peak. */
const SEASON = [0.85, 0.85, 0.95, 0.95, 0.95, 0.9, 0.85, 0.9, 1.0, 1.0, 1.3, 1.55];

/** Seasonal demand factor of a month index. */
export function season(month: number): number {
  return SEASON[month % 12]!;
}

/** Progress through the sample, 0 in the first month and 1 in the last (for trends). */
export function progress(month: number): number {
  return (month - FIRST_MONTH) / (MONTH_COUNT - 1);
}

/** Weekday of a day number, 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Day number of the last Sunday of a month index. */
function lastSunday(month: number): number {
  const end = monthEnd(month);
  return end - weekday(end);
}

/**
 * Offset of Europe/Amsterdam from UTC in minutes at a local wall time (EU rule: summer time from
 * 02:00 on the last Sunday of March to 03:00 on the last Sunday of October). The generator never
 * emits local times between 02:00 and 03:00, so the ambiguous hour does not arise.
 */
export function amsterdamOffset(day: number, minute: number): number {
  const y = new Date(day * 86_400_000).getUTCFullYear();
  const start = lastSunday(y * 12 + 2);
  const end = lastSunday(y * 12 + 9);
  const afterStart = day > start || (day === start && minute >= 180);
  const beforeEnd = day < end || (day === end && minute < 120);
  return afterStart && beforeEnd ? 120 : 60;
}

/** ISO UTC timestamp (`2025-03-31T22:15:00Z`) of a local Amsterdam day and minute of the day. */
export function utcStamp(day: number, minute: number): string {
  const utcMinutes = day * 1440 + minute - amsterdamOffset(day, minute);
  return `${new Date(utcMinutes * 60_000).toISOString().slice(0, 19)}Z`;
}
