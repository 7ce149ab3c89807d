import { z } from "zod";
import { dayParser, describeDateFormat } from "../lib/dates.ts";
import { numberParser } from "../lib/locale-number.ts";
import type { Format } from "./config.ts";
import { type CellRule, parsed as parsedNumber } from "./transaction.ts";

/**
 * Cell rules shared by the product, journey and experiment exports: the same strict locale
 * number and date parsing as the transaction export, wrapped as zod schemas with a reason code
 * and the words for what was expected (never the cell's value).
 */

/** Words for a number in the export's format. */
export function numberWords(format: Format): string {
  return `a number with decimal "${format.decimal}"${format.thousands ? ` and thousands "${format.thousands}"` : ""}`;
}

/** A required text of 1..max characters (trimmed). */
export function textCell(reason: string, what: string, max = 100): CellRule<string> {
  return { schema: z.string().trim().min(1).max(max), reason, expected: `${what} (not blank, at most ${max} characters)` };
}

/** An optional text: blank becomes null. */
export function optionalTextCell(reason: string, what: string, max = 100): CellRule<string | null> {
  return {
    schema: z
      .string()
      .trim()
      .max(max)
      .transform((s) => (s === "" ? null : s)),
    reason,
    expected: `${what} of at most ${max} characters, or blank`,
  };
}

/** A whole number ≥ 0 in the export's number format (`1.234` with thousands "."). */
export function countCell(format: Format, reason: string, what: string): CellRule<number> {
  const words = `${what}: a whole number ≥ 0 (${numberWords(format)})`;
  const parse = numberParser(format);
  return {
    schema: parsedNumber((t) => {
      const v = parse(t);
      return Number.isInteger(v) && v >= 0 ? v : Number.NaN;
    }, words),
    reason,
    expected: words,
  };
}

/** `countCell`, but a blank cell is null. */
export function optionalCountCell(format: Format, reason: string, what: string): CellRule<number | null> {
  const count = countCell(format, reason, what);
  const words = `${count.expected}, or blank`;
  return {
    schema: z.string().transform((text, ctx) => {
      if (text.trim() === "") return null;
      const parsed = count.schema.safeParse(text);
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", message: words });
        return z.NEVER;
      }
      return parsed.data;
    }),
    reason,
    expected: words,
  };
}

/** A number ≥ 0 in the export's format, or blank (null) when `optional`. */
export function amountCell(format: Format, reason: string, what: string, optional: boolean): CellRule<number | null> {
  const parse = numberParser(format);
  const words = `${what}: ${numberWords(format)}, ≥ 0${optional ? ", or blank" : ""}`;
  return {
    schema: z.string().transform((text, ctx) => {
      if (optional && text.trim() === "") return null;
      const v = parse(text);
      if (Number.isNaN(v) || v < 0) {
        ctx.addIssue({ code: "custom", message: words });
        return z.NEVER;
      }
      return v;
    }),
    reason,
    expected: words,
  };
}

/** A date (optionally with a time) in the export's format → local day number in `reportZone`. */
export function dateCell(format: Format, reportZone: string, reason = "invalid_date"): CellRule<number> {
  const words = describeDateFormat(format.date);
  return { schema: parsedNumber(dayParser(format.date, format.timeZone ?? reportZone, reportZone), words), reason, expected: words };
}

const TRUE = new Set(["1", "true", "yes", "y", "ja", "j", "waar", "x"]);
const FALSE = new Set(["0", "false", "no", "n", "nee", "onwaar", ""]);

/** A yes/no flag: 1/0, true/false, yes/no, ja/nee, waar/onwaar, x/blank (any case). */
export function flagCell(reason: string, what: string): CellRule<boolean> {
  const words = `${what}: 1/0, true/false, ja/nee, yes/no or x/blank`;
  return {
    schema: z.string().transform((text, ctx) => {
      const key = text.trim().toLowerCase();
      if (TRUE.has(key)) return true;
      if (FALSE.has(key)) return false;
      ctx.addIssue({ code: "custom", message: words });
      return z.NEVER;
    }),
    reason,
    expected: words,
  };
}

/**
 * A share of traffic: a fraction 0 < s ≤ 1 (`0,5` in a decimal-comma export) or a percentage
 * with a `%` sign (`50%`, `33,3 %`); blank is null.
 */
export function shareCell(format: Format, reason: string): CellRule<number | null> {
  const parse = numberParser(format);
  const words = `a share: a fraction above 0 and at most 1 (${numberWords(format)}) or a percentage like 50%, or blank`;
  return {
    schema: z.string().transform((text, ctx) => {
      const trimmed = text.trim();
      if (trimmed === "") return null;
      const percent = trimmed.endsWith("%");
      const v = parse(percent ? trimmed.slice(0, -1) : trimmed);
      // toPrecision(15) undoes the float noise of ÷ 100 (33.3 % → 0.333, not 0.33299999999999996).
      const share = percent ? Number((v / 100).toPrecision(15)) : v;
      if (!(share > 0 && share <= 1)) {
        ctx.addIssue({ code: "custom", message: words });
        return z.NEVER;
      }
      return share;
    }),
    reason,
    expected: words,
  };
}
