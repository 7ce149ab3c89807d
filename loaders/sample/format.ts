/**
 * How the sample exports write numbers, dates and fields: the point-decimal style of the
 * webshop and the Dutch Excel style of the store exports. Money is passed as whole cents.
 */
import { isoDay } from "../lib/months.ts";

/** Groups the digits of a non-negative integer with `sep` every three digits. */
function group(digits: string, sep: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}

/** Splits cents into sign, whole euros and the two cent digits. */
function parts(cents: number): { sign: string; euros: string; rest: string } {
  const abs = Math.abs(Math.round(cents));
  return { sign: cents < 0 ? "-" : "", euros: String(Math.floor(abs / 100)), rest: String(abs % 100).padStart(2, "0") };
}

/** Cents as `1234.56` (decimal point, no grouping). @example pointAmount(-1999) === "-19.99" */
export function pointAmount(cents: number): string {
  const { sign, euros, rest } = parts(cents);
  return `${sign}${euros}.${rest}`;
}

/** Cents as Dutch Excel writes them: `1.234,56`. @example dutchAmount(123456) === "1.234,56" */
export function dutchAmount(cents: number): string {
  const { sign, euros, rest } = parts(cents);
  return `${sign}${group(euros, ".")},${rest}`;
}

/** A count with a thousands dot above 999. @example dutchCount(12345) === "12.345" */
export function dutchCount(n: number): string {
  return group(String(n), ".");
}

/** Day number as `dd-mm-yyyy`. */
export function dutchDate(day: number): string {
  const iso = isoDay(day);
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

/** Quotes a CSV field when it holds the delimiter, a quote or a line break (as Excel does). */
export function csvField(text: string, delimiter: string): string {
  if (!text.includes(delimiter) && !text.includes('"') && !text.includes("\n") && !text.includes("\r")) return text;
  return `"${text.split('"').join('""')}"`;
}

/** Joins fields into one CSV record. */
export function csvRow(fields: readonly string[], delimiter: string): string {
  return fields.map((f) => csvField(f, delimiter)).join(delimiter);
}
