/**
 * Calendar arithmetic on plain integers, so the hot path never allocates a `Date`.
 *
 * - a *day* is the number of days since 1970-01-01 (a local calendar date, no time zone);
 * - a *month* is `year * 12 + (month - 1)`, so consecutive months are consecutive integers;
 * - a *month key* is the ISO text `"2025-03"` used in the bundle and on the site.
 */

const MS_PER_DAY = 86_400_000;

/** Day number of a calendar date. @example dayOf(1970, 1, 2) === 1 */
export function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Whether year/month/day names a real calendar date (no 31 April, no 29 February 2023). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return false;
  return day <= daysInMonth(year, month);
}

/** Number of days in a calendar month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO date `yyyy-mm-dd` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days per month from March to January (February is the 12th, its length depends on the year). */
const MONTH_DAYS_FROM_MARCH = [31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 31];

/** Days of the month `monthOfDay` answered last: orders walked by day ask for one month many times over. */
let cachedFrom = 1;
let cachedTo = 0;
let cachedMonth = 0;

/** Month index of a day number. */
export function monthOfDay(day: number): number {
  if (day >= cachedFrom && day <= cachedTo && (day | 0) === day) return cachedMonth;
  if (!Number.isInteger(day) || Math.abs(day) > 100_000_000) {
    // Not a whole day (or beyond what a `Date` holds: NaN): as `Date` reads it.
    const d = new Date(day * MS_PER_DAY);
    return d.getUTCFullYear() * 12 + d.getUTCMonth();
  }
  // Proleptic Gregorian calendar from the day number, in integers (H. Hinnant, "civil_from_days").
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153); // months from March
  const dayInMonth = doy - Math.floor((153 * mp + 2) / 5); // 0-based
  const year = yoe + era * 400 + (mp >= 10 ? 1 : 0);
  const month = year * 12 + (mp < 10 ? mp + 2 : mp - 10);
  cachedFrom = Math.max(day - dayInMonth, -100_000_000);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  cachedTo = Math.min(day - dayInMonth + (mp === 11 ? (leap ? 29 : 28) : MONTH_DAYS_FROM_MARCH[mp]!) - 1, 100_000_000);
  cachedMonth = month;
  return month;
}

/** Month key `yyyy-mm` of a month index. */
export function monthKey(month: number): string {
  const y = Math.floor(month / 12);
  const m = (month % 12) + 1;
  return `${y}-${m < 10 ? "0" : ""}${m}`;
}

/** Month index of a month key `yyyy-mm`; throws on anything else. */
export function parseMonthKey(key: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) throw new Error(`expected a month as yyyy-mm, got "${key}"`);
  const m = Number(match[2]);
  if (m < 1 || m > 12) throw new Error(`expected a month 01..12 in "${key}"`);
  return Number(match[1]) * 12 + m - 1;
}

/** First day number of a month index. */
export function monthStart(month: number): number {
  return dayOf(Math.floor(month / 12), (month % 12) + 1, 1);
}

/** Last day number of a month index: the "as of" day for that month's KPIs. */
export function monthEnd(month: number): number {
  return monthStart(month + 1) - 1;
}

/** Month keys from `first` to `last` inclusive. */
export function monthRange(first: number, last: number): string[] {
  const keys: string[] = [];
  for (let m = first; m <= last; m++) keys.push(monthKey(m));
  return keys;
}
