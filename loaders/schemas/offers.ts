import { z } from "zod";
import { type Format, FormatSchema } from "./format.ts";
import { dateCell, flagCell, optionalTextCell, textCell } from "./export-cells.ts";
import type { CellRule } from "./transaction.ts";
import { parsed } from "./transaction.ts";
import { dayParser, describeDateFormat } from "../lib/dates.ts";

/**
 * The offers export (`kind: offers`): one row per offer made to a customer — when, which offer or
 * campaign, through which channel, and whether (and when) the customer accepted it.
 */

/** Which column of the offers export holds which field (header names as in the file). */
export const OfferColumnsSchema = z
  .object({
    /** Customer id, as in the transaction exports. */
    customerId: z.string(),
    /** Date (or timestamp) the offer was made. */
    date: z.string(),
    /** Offer or campaign name. */
    offer: z.string(),
    /** Channel the offer went out through (e-mail, app, phone …); optional. */
    channel: z.string().optional(),
    /** Accepted: 1/0, ja/nee, yes/no, true/false, x/blank. */
    accepted: z.string(),
    /** Date of acceptance; blank when not accepted (optional column). */
    acceptedDate: z.string().optional(),
  })
  .strict();

/** One offers export. */
export const OfferSourceSchema = z
  .object({
    /** Short name shown in the row account. */
    name: z.string().min(1),
    kind: z.literal("offers"),
    /** File or glob relative to `data/`, e.g. `offers/offers-*.csv`. */
    files: z.string().min(1),
    format: FormatSchema.default(FormatSchema.parse({})),
    columns: OfferColumnsSchema,
  })
  .strict();

/** An optional date cell: blank → null. */
function optionalDateCell(format: Format, reportZone: string): CellRule<number | null> {
  const words = `${describeDateFormat(format.date)}, or blank`;
  const day = parsed(dayParser(format.date, format.timeZone ?? reportZone, reportZone), words);
  return {
    schema: z.string().transform((text, ctx) => {
      if (text.trim() === "") return null;
      const result = day.safeParse(text);
      if (!result.success) {
        ctx.addIssue({ code: "custom", message: words });
        return z.NEVER;
      }
      return result.data;
    }),
    reason: "invalid_accepted_date",
    expected: words,
  };
}

/** The cell rules of an offers export in its format. */
export function offerCells(format: Format, reportZone: string) {
  return {
    /** Customer id: required. */
    customerId: textCell("missing_customer", "a customer id"),
    /** Day the offer was made. */
    date: dateCell(format, reportZone),
    /** Offer or campaign name: required. */
    offer: textCell("missing_offer", "an offer or campaign name"),
    /** Channel: blank allowed. */
    channel: optionalTextCell("invalid_channel", "a channel name"),
    /** Accepted flag. */
    accepted: flagCell("invalid_accepted", "whether the offer was accepted"),
    /** Day of acceptance, blank allowed. */
    acceptedDate: optionalDateCell(format, reportZone),
  };
}

/** A validated offer. */
export const OfferRowSchema = z.object({
  /** Index into the moment data's customer ids. */
  customer: z.number().int().min(0),
  /** Day the offer was made. */
  day: z.number().int(),
  /** Index into the moment data's offer names. */
  offer: z.number().int().min(0),
  /** Channel name, or null. */
  channel: z.string().nullable(),
  accepted: z.boolean(),
  /** Day of acceptance, or null (not accepted, or accepted without a date). */
  acceptedDay: z.number().int().nullable(),
});

export type OfferSource = z.output<typeof OfferSourceSchema>;
export type OfferRow = z.output<typeof OfferRowSchema>;
