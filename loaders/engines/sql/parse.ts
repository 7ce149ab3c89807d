/**
 * The cell rules of `schemas/transaction.ts` as SQL expressions, written once over a `Dialect`:
 * strict number patterns with the declared separators (so `1,234.56` is never read as 1.23),
 * strict dates in the declared order, time zones moved to the reporting zone. Calendar
 * arithmetic is plain integer SQL so every engine computes the same day numbers.
 */
import type { Format } from "../../schemas/config.ts";
import type { Dialect } from "../dialect.ts";

const TIME = "(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?";

/** Per date format: the RE2 pattern and the order of its year, month and day groups. */
const DATES: Record<Format["date"], { re: string; order: [number, number, number] }> = {
  "yyyy-mm-dd": { re: `^(\\d{4})-(\\d{2})-(\\d{2})${TIME}$`, order: [1, 2, 3] },
  "dd-mm-yyyy": { re: `^(\\d{2})-(\\d{2})-(\\d{4})${TIME}$`, order: [3, 2, 1] },
  "d-m-yyyy": { re: `^(\\d{1,2})-(\\d{1,2})-(\\d{4})${TIME}$`, order: [3, 2, 1] },
  "dd/mm/yyyy": { re: `^(\\d{2})/(\\d{2})/(\\d{4})${TIME}$`, order: [3, 2, 1] },
  "d/m/yyyy": { re: `^(\\d{1,2})/(\\d{1,2})/(\\d{4})${TIME}$`, order: [3, 2, 1] },
  "mm/dd/yyyy": { re: `^(\\d{2})/(\\d{2})/(\\d{4})${TIME}$`, order: [3, 1, 2] },
  "m/d/yyyy": { re: `^(\\d{1,2})/(\\d{1,2})/(\\d{4})${TIME}$`, order: [3, 1, 2] },
  yyyymmdd: { re: `^(\\d{4})(\\d{2})(\\d{2})${TIME}$`, order: [1, 2, 3] },
};

/** The strict RE2 pattern of a number in `format` (as `lib/locale-number.ts`). */
export function numberPattern(format: Pick<Format, "decimal" | "thousands">): string {
  const d = format.decimal === "." ? "\\." : ",";
  const t = format.thousands === "" ? null : format.thousands === "." ? "\\." : format.thousands;
  const int = t ? `(?:\\d{1,3}(?:${t}\\d{3})+|\\d+)` : "\\d+";
  return `^[-+]?${int}(?:${d}\\d+)?$`;
}

/** 1 when the trimmed text `t` is a number in `format`. */
export function numberValid(sql: Dialect, t: string, format: Format): string {
  return sql.matches(t, numberPattern(format));
}

/** The double value of text `t` already known to be valid in `format`. */
export function numberValue(sql: Dialect, t: string, format: Format): string {
  let plain = t;
  if (format.thousands !== "") plain = sql.replaceAll(plain, format.thousands, "");
  if (format.decimal === ",") plain = sql.replaceAll(plain, ",", ".");
  plain = sql.replaceAll(plain, "+", "");
  return sql.toDouble(plain);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil; years ≥ 0). */
export function daysFromCivil(sql: Dialect, y: string, m: string, d: string): string {
  const yy = `((${y}) - CASE WHEN (${m}) <= 2 THEN 1 ELSE 0 END)`;
  const era = sql.intDiv(yy, "400");
  const yoe = `(${yy} - ${era} * 400)`;
  const mp = `((${m}) + CASE WHEN (${m}) > 2 THEN -3 ELSE 9 END)`;
  const doy = `(${sql.intDiv(`153 * ${mp} + 2`, "5")} + (${d}) - 1)`;
  const doe = `(${yoe} * 365 + ${sql.intDiv(yoe, "4")} - ${sql.intDiv(yoe, "100")} + ${doy})`;
  return `(${era} * 146097 + ${doe} - 719468)`;
}

/** Days in month `m` of year `y`. */
function daysInMonth(sql: Dialect, y: string, m: string): string {
  const leap = `CASE WHEN ((${y}) % 4 = 0 AND (${y}) % 100 <> 0) OR (${y}) % 400 = 0 THEN 1 ELSE 0 END`;
  return `CASE WHEN (${m}) = 2 THEN 28 + ${leap} ELSE 30 + ((${m}) + ${sql.intDiv(`${m}`, "8")}) % 2 END`;
}

/** SQL of the parts of a date text: year, month, day, hour text ('' = no time), minute, second, zone. */
export interface DateParts {
  matches: string;
  y: string;
  m: string;
  d: string;
  hourText: string;
  h: string;
  mi: string;
  s: string;
  zone: string;
}

/**
 * The two regex steps of a date text `t`: whether it matches the format, and its parts joined
 * as `y|m|d|h|mi|s|zone`. A query computes these once per cell (as columns) and splits after.
 */
export function dateSplit(sql: Dialect, t: string, format: Format["date"]): { matches: string; joined: string } {
  const { re, order } = DATES[format];
  return { matches: sql.matches(t, re), joined: sql.replaceFirst(t, re, `\\${order[0]}|\\${order[1]}|\\${order[2]}|\\4|\\5|\\6|\\7`) };
}

/** The parts from the columns (or expressions) `matches` and `joined` of `dateSplit`. */
export function datePartsOf(sql: Dialect, matches: string, joined: string): DateParts {
  const part = (i: number) => sql.splitPart(joined, "|", i);
  return { matches, y: sql.toInt(part(1)), m: sql.toInt(part(2)), d: sql.toInt(part(3)), hourText: part(4), h: sql.toInt(part(4)), mi: sql.toInt(part(5)), s: sql.toInt(part(6)), zone: part(7) };
}

/** The parts of a date text in one expression each (for single values; queries use `dateSplit` + `datePartsOf`). */
export function dateParts(sql: Dialect, t: string, format: Format["date"]): DateParts {
  const { matches, joined } = dateSplit(sql, t, format);
  return datePartsOf(sql, matches, joined);
}

/** 1 when the date parts `p` are a real date (and valid time). */
export function dateValid(sql: Dialect, p: DateParts): string {
  const time = `(${p.hourText} = '' OR (${p.h} <= 23 AND ${p.mi} <= 59 AND ${p.s} <= 59))`;
  return `CASE WHEN ${p.matches} = 1 AND ${p.y} BETWEEN 1900 AND 2200 AND ${p.m} BETWEEN 1 AND 12 AND ${p.d} >= 1 AND ${p.d} <= ${daysInMonth(sql, p.y, p.m)} AND ${time} THEN 1 ELSE 0 END`;
}

/**
 * The local day number in `reportZone` of valid date parts `p`: a date alone is that calendar
 * day; a timestamp is read in its own `Z`/offset, else in `sourceZone`, and moved to `reportZone`.
 */
export function dateDay(sql: Dialect, p: DateParts, sourceZone: string, reportZone: string): string {
  const civil = daysFromCivil(sql, p.y, p.m, p.d);
  const seconds = `(${civil} * 86400 + ${p.h} * 3600 + ${p.mi} * 60 + ${p.s})`;
  const digits = sql.replaceAll(p.zone, ":", "");
  const offset = `(CASE WHEN substring(${digits}, 1, 1) = '-' THEN -1 ELSE 1 END * (${sql.toInt(`substring(${digits}, 2, 2)`)} * 60 + ${sql.toInt(`substring(${digits}, 4, 2)`)}) * 60)`;
  const zoned = sql.localDay(`(${seconds} - CASE WHEN ${p.zone} = 'Z' THEN 0 ELSE ${offset} END)`, reportZone);
  const wall = sourceZone === reportZone ? civil : sql.localDay(sql.wallEpoch(wallText(sql, p, dateValid(sql, p)), sourceZone), reportZone);
  return `CASE WHEN ${p.hourText} = '' THEN ${civil} WHEN ${p.zone} <> '' THEN ${zoned} ELSE ${wall} END`;
}

/** `yyyy-mm-dd hh:mm:ss` of the parts, or the epoch's text where the date is not valid (never fails). */
function wallText(sql: Dialect, p: DateParts, valid: string): string {
  const two = (x: string) => `substring(concat('0', ${sql.asText(x)}), length(${sql.asText(x)}), 2)`;
  const iso = `concat(${sql.asText(p.y)}, '-', ${two(p.m)}, '-', ${two(p.d)}, ' ', ${two(p.h)}, ':', ${two(p.mi)}, ':', ${two(p.s)})`;
  return `CASE WHEN ${valid} = 1 THEN ${iso} ELSE '1970-01-01 00:00:00' END`;
}
