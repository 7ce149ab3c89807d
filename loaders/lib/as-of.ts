/**
 * Day arithmetic for "as of" dates that need not be a month end (data ending on the 9th, or a
 * pinned `asOf:`). Every rule reduces to the month-end rule when the day is a month's last day,
 * so complete months are computed exactly as before.
 */
import { daysInMonth, dayOf, monthEnd, monthOfDay, monthStart } from "./months.ts";

/** Day of the month (1–31) of a day number. */
export function dayOfMonth(day: number): number {
  return day - monthStart(monthOfDay(day)) + 1;
}

/**
 * Day `dayInMonth` of `month`, clamped to the month's length (day 30 of February is its last day).
 * @example sameDayIn(2011 * 12 + 10, 9) is 9 November 2011
 */
export function sameDayIn(month: number, dayInMonth: number): number {
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  return dayOf(year, m, Math.min(dayInMonth, daysInMonth(year, m)));
}

/**
 * The day `months` calendar months before (negative) or after `day`, keeping the day of the month
 * (clamped); a month's last day maps to the other month's last day.
 */
export function shiftMonths(day: number, months: number): number {
  const month = monthOfDay(day);
  if (day === monthEnd(month)) return monthEnd(month + months);
  return sameDayIn(month + months, dayOfMonth(day));
}

/**
 * First day of the look-back window of `windowMonths` months ending on `asOf` (inclusive): the day
 * after the same day `windowMonths` months earlier. For a month end this is the first day of the
 * month `windowMonths − 1` months before, i.e. the calendar-month window.
 */
export function windowStartDay(asOf: number, windowMonths: number): number {
  return shiftMonths(asOf, -windowMonths) + 1;
}

/** Whether `day` is the last day of its month. */
export function isMonthEnd(day: number): boolean {
  return day === monthEnd(monthOfDay(day));
}
