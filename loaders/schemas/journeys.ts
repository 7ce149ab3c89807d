import { z } from "zod";
import { dayParser, describeDateFormat } from "../lib/dates.ts";
import { dayOf } from "../lib/months.ts";
import { type Format, FormatSchema } from "./format.ts";
import { countCell, optionalTextCell, textCell } from "./export-cells.ts";
import type { CellRule } from "./transaction.ts";

/**
 * The web-analytics journey export (`kind: journeys`): visitors (or sessions) and conversions
 * per day or month × journey, optionally split by customer type. Rows are counts, never
 * individual visitors. The export must not hold subtotal rows: a journey's total is the sum
 * of its rows over all segments.
 */

/** Which column of the journeys export holds which field (header names as in the file). */
export const JourneyColumnsSchema = z
  .object({
    /** Day (or month, see `period`) of the row. */
    date: z.string(),
    /** Journey name, e.g. `TV-pagina's`, `Mobiel verlengen`. */
    journey: z.string(),
    /** Customer type, e.g. `Bestaande klant mobiel` (optional; a blank cell is "onbekend"). */
    segment: z.string().optional(),
    /** Visitors or sessions that entered the journey: a whole number ≥ 0. */
    visitors: z.string(),
    /** Of those, how many converted: a whole number, at most `visitors`. */
    conversions: z.string(),
  })
  .strict();

/** One journeys export: a glob of files under `data/` with one format and column map. */
export const JourneySourceSchema = z
  .object({
    /** Short name shown in the row account. */
    name: z.string().min(1),
    kind: z.literal("journeys"),
    /** File or glob relative to `data/`, e.g. `journeys/journeys-*.csv`. */
    files: z.string().min(1),
    /** Delimiter, separators, date format and encoding of the files. */
    format: FormatSchema.default(FormatSchema.parse({})),
    columns: JourneyColumnsSchema,
    /**
     * `day` (default): one row per day, dated in `format.date`. `month`: one row per month; the
     * date cell is a date in the month or the month alone (`yyyy-mm` for year-first date formats,
     * `mm-yyyy` or `mm/yyyy` for day-first ones, matching the date format's separator).
     */
    period: z.enum(["day", "month"]).default("day"),
  })
  .strict();

/** Month-only patterns per date format (year and month capture groups). */
const MONTH_ONLY: Record<Format["date"], { re: RegExp; y: number; m: number; words: string }> = {
  "yyyy-mm-dd": { re: /^(\d{4})-(\d{2})$/, y: 1, m: 2, words: "yyyy-mm" },
  yyyymmdd: { re: /^(\d{4})(\d{2})$/, y: 1, m: 2, words: "yyyymm" },
  "dd-mm-yyyy": { re: /^(\d{2})-(\d{4})$/, y: 2, m: 1, words: "mm-yyyy" },
  "d-m-yyyy": { re: /^(\d{1,2})-(\d{4})$/, y: 2, m: 1, words: "m-yyyy" },
  "dd/mm/yyyy": { re: /^(\d{2})\/(\d{4})$/, y: 2, m: 1, words: "mm/yyyy" },
  "mm/dd/yyyy": { re: /^(\d{2})\/(\d{4})$/, y: 2, m: 1, words: "mm/yyyy" },
  "d/m/yyyy": { re: /^(\d{1,2})\/(\d{4})$/, y: 2, m: 1, words: "m/yyyy" },
  "m/d/yyyy": { re: /^(\d{1,2})\/(\d{4})$/, y: 2, m: 1, words: "m/yyyy" },
};

/** The date cell of a journeys export → day number (first day of the month for monthly rows). */
function journeyDateCell(format: Format, reportZone: string, period: "day" | "month"): CellRule<number> {
  const parseDay = dayParser(format.date, format.timeZone ?? reportZone, reportZone);
  const monthOnly = MONTH_ONLY[format.date];
  const words =
    period === "day" ? describeDateFormat(format.date) : `a month as ${monthOnly.words}, or ${describeDateFormat(format.date)}`;
  return {
    schema: z.string().transform((raw, ctx) => {
      const text = raw.trim();
      if (period === "month") {
        const match = monthOnly.re.exec(text);
        if (match) {
          const month = Number(match[monthOnly.m]);
          const year = Number(match[monthOnly.y]);
          if (month >= 1 && month <= 12 && year >= 1900 && year <= 2200) return dayOf(year, month, 1);
        }
      }
      const day = parseDay(text);
      if (Number.isNaN(day)) {
        ctx.addIssue({ code: "custom", message: words });
        return z.NEVER;
      }
      return day;
    }),
    reason: "invalid_date",
    expected: words,
  };
}

/** The cell rules of a journeys export in its format. */
export function journeyCells(format: Format, reportZone: string, period: "day" | "month") {
  return {
    /** Day or month of the row → day number in the reporting zone. */
    date: journeyDateCell(format, reportZone, period),
    /** Journey name: required. */
    journey: textCell("missing_journey", "a journey name"),
    /** Customer type: blank allowed. */
    segment: optionalTextCell("invalid_segment", "a customer type"),
    /** Visitors or sessions. */
    visitors: countCell(format, "invalid_visitors", "visitors"),
    /** Conversions (checked against visitors per row). */
    conversions: countCell(format, "invalid_conversions", "conversions"),
  };
}

/** A validated journey row. */
export const JourneyRowSchema = z.object({
  /** Day number (for monthly exports the first day of the month). */
  day: z.number().int(),
  journey: z.string(),
  /** Customer type, or null when the export has none or the cell is blank. */
  segment: z.string().nullable(),
  visitors: z.number().int().min(0),
  conversions: z.number().int().min(0),
});

export type JourneyColumns = z.output<typeof JourneyColumnsSchema>;
export type JourneySource = z.output<typeof JourneySourceSchema>;
export type JourneyRow = z.output<typeof JourneyRowSchema>;
