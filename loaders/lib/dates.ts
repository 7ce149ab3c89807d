/**
 * Strict parsing of export dates and timestamps into local day numbers of the reporting
 * time zone, without a `Date` per row: the UTC offset is looked up once per zone and hour.
 */
import { dayOf, isValidDate } from "./months.ts";

/** Date orders an export may use (a time part may follow). */
export type DateFormat = "yyyy-mm-dd" | "dd-mm-yyyy" | "d-m-yyyy" | "dd/mm/yyyy" | "d/m/yyyy" | "mm/dd/yyyy" | "m/d/yyyy" | "yyyymmdd";

const TIME = "(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?";

const PATTERNS: Record<DateFormat, { re: RegExp; y: number; m: number; d: number }> = {
  "yyyy-mm-dd": { re: new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${TIME}$`), y: 1, m: 2, d: 3 },
  "dd-mm-yyyy": { re: new RegExp(`^(\\d{2})-(\\d{2})-(\\d{4})${TIME}$`), y: 3, m: 2, d: 1 },
  "d-m-yyyy": { re: new RegExp(`^(\\d{1,2})-(\\d{1,2})-(\\d{4})${TIME}$`), y: 3, m: 2, d: 1 },
  "dd/mm/yyyy": { re: new RegExp(`^(\\d{2})/(\\d{2})/(\\d{4})${TIME}$`), y: 3, m: 2, d: 1 },
  "d/m/yyyy": { re: new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})${TIME}$`), y: 3, m: 2, d: 1 },
  "mm/dd/yyyy": { re: new RegExp(`^(\\d{2})/(\\d{2})/(\\d{4})${TIME}$`), y: 3, m: 1, d: 2 },
  "m/d/yyyy": { re: new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})${TIME}$`), y: 3, m: 1, d: 2 },
  yyyymmdd: { re: new RegExp(`^(\\d{4})(\\d{2})(\\d{2})${TIME}$`), y: 1, m: 2, d: 3 },
};

const MS_HOUR = 3_600_000;
const MS_DAY = 86_400_000;

/** Offset of a time zone from UTC in ms at a UTC instant, cached per zone and hour. */
function offsetLookup(timeZone: string): (utcMs: number) => number {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const cache = new Map<number, number>();
  return (utcMs) => {
    const hour = Math.floor(utcMs / MS_HOUR);
    let offset = cache.get(hour);
    if (offset === undefined) {
      const at = hour * MS_HOUR;
      const p: Record<string, number> = {};
      for (const part of format.formatToParts(at)) p[part.type] = Number(part.value);
      const local = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
      offset = local - at;
      cache.set(hour, offset);
    }
    return offset;
  };
}

/** Validates a time zone name; returns false for anything `Intl` does not know. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns a parser from date text to the local day number in `reportZone`, or NaN when the
 * text is not a real date in `format`. A date without a time is taken as that calendar day;
 * a timestamp is read in `sourceZone` (or its own `Z`/offset) and moved to `reportZone`.
 * @example dayParser("dd-mm-yyyy", "Europe/Amsterdam", "Europe/Amsterdam")("31-12-2025") === 20453
 */
export function dayParser(format: DateFormat, sourceZone: string, reportZone: string): (text: string) => number {
  const { re, y, m, d } = PATTERNS[format];
  const sameZone = sourceZone === reportZone;
  const sourceOffset = offsetLookup(sourceZone);
  const reportOffset = offsetLookup(reportZone);
  return (raw: string): number => {
    const match = re.exec(raw.trim());
    if (!match) return Number.NaN;
    const year = Number(match[y]);
    const month = Number(match[m]);
    const day = Number(match[d]);
    if (!isValidDate(year, month, day)) return Number.NaN;
    const hh = match[4];
    if (hh === undefined) return dayOf(year, month, day);
    const hours = Number(hh);
    const minutes = Number(match[5]);
    const seconds = match[6] === undefined ? 0 : Number(match[6]);
    if (hours > 23 || minutes > 59 || seconds > 59) return Number.NaN;
    const zone = match[7];
    if (zone === undefined && sameZone) return dayOf(year, month, day);
    const wall = Date.UTC(year, month - 1, day, hours, minutes, seconds);
    let utc: number;
    if (zone === undefined) {
      // Wall time in the source zone: subtract its offset, re-check once for DST edges.
      utc = wall - sourceOffset(wall);
      utc = wall - sourceOffset(utc);
    } else if (zone === "Z") {
      utc = wall;
    } else {
      const sign = zone[0] === "-" ? -1 : 1;
      const digits = zone.slice(1).replace(":", "");
      utc = wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
    }
    return Math.floor((utc + reportOffset(utc)) / MS_DAY);
  };
}

/** Words for what a date format expects, for rejection messages. */
export function describeDateFormat(format: DateFormat): string {
  return `a real calendar date as ${format} (optionally followed by a time H:MM[:SS])`;
}
