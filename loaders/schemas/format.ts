import { z } from "zod";

/** How the text of one export is written. Nothing is guessed where this says otherwise. */
export const FormatSchema = z
  .object({
    /**
     * Field delimiter. `auto` honours an Excel `sep=;` first line, else sniffs `;` `,` tab;
     * `whitespace` splits on runs of spaces and tabs (whitespace-aligned text; quotes are then plain text).
     */
    delimiter: z.enum([",", ";", "\t", "|", "auto", "whitespace"]).default("auto"),
    /** Decimal separator of numbers: `.` (1234.56) or `,` (1234,56). */
    decimal: z.enum([".", ","]).default("."),
    /** Thousands separator that may appear in numbers (`1.234,56`); empty for none. */
    thousands: z.enum(["", ".", ",", " "]).default(""),
    /**
     * Date or timestamp format: `yyyy-mm-dd`, `dd-mm-yyyy`, `dd/mm/yyyy`, `mm/dd/yyyy`, `yyyymmdd`, or
     * without zero padding `d-m-yyyy`, `d/m/yyyy`, `m/d/yyyy` (Excel: `12/1/2010 8:26`);
     * a time part (`H:MM` or `H:MM:SS`, separated by a space or `T`) may follow any of them.
     */
    date: z.enum(["yyyy-mm-dd", "dd-mm-yyyy", "d-m-yyyy", "dd/mm/yyyy", "d/m/yyyy", "mm/dd/yyyy", "m/d/yyyy", "yyyymmdd"]).default("yyyy-mm-dd"),
    /**
     * Text encoding: `utf-8` (a BOM is removed), `windows-1252` (Excel's "CSV" on Dutch Windows), or
     * `utf-16le` / `utf-16be` (Excel's "Unicode text"; the BOM is removed).
     */
    encoding: z.enum(["utf-8", "windows-1252", "utf-16le", "utf-16be"]).default("utf-8"),
    /** Time zone of timestamps in the file; months are counted in the reporting `timeZone`. */
    timeZone: z.string().optional(),
  })
  .strict();

/** A validated format, defaults filled in. */
export type Format = z.output<typeof FormatSchema>;
