import { z } from "zod";
import { dayParser, describeDateFormat } from "../lib/dates.ts";
import { numberParser } from "../lib/locale-number.ts";
import type { Format } from "./config.ts";

/**
 * The row contract of a transactions export, as zod schemas: one schema per cell (text in,
 * typed value out, in the export's own locale) and the canonical row they add up to.
 * The loader applies the cell schemas with a memo per distinct text (see `sources/cell-check.ts`),
 * so a million rows cost a few thousand zod parses, not seven million.
 */

/** A cell schema plus the reason code and words used when a cell fails it. */
export interface CellRule<T> {
  schema: z.ZodType<T, string>;
  reason: string;
  expected: string;
}

/** Wraps a strict text → value parser (NaN = invalid) into a zod schema. */
export function parsed(parse: (text: string) => number, message: string): z.ZodType<number, string> {
  return z.string().transform((text, ctx) => {
    const value = parse(text);
    if (Number.isNaN(value)) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return value;
  });
}

/** Options that decide how a transactions export's cells are read. */
export interface TransactionCellOptions {
  format: Format;
  /** Reporting time zone: the calendar day and month of an order. */
  reportZone: string;
  /** Lower-case channel value → canonical channel. */
  channelMap: Record<string, string>;
  /** `integer`: customer ids are whole numbers (`17850.0` = `17850`); default `text`. */
  customerIdFormat?: "text" | "integer";
}

/** A whole number written plainly or as a spreadsheet writes it (`17850.0`), without sign. */
const INTEGER_ID = /^0*(\d+?)(?:[.,]0+)?$/;

/** The cell rules of a transactions export in its format. */
export function transactionCells(options: TransactionCellOptions) {
  const { format, reportZone, channelMap } = options;
  const integerIds = options.customerIdFormat === "integer";
  const numberWords = `a number with decimal "${format.decimal}"${format.thousands ? ` and thousands "${format.thousands}"` : ""}`;
  const number = parsed(numberParser(format), numberWords);
  const map = new Map(Object.entries(channelMap).map(([from, to]) => [from.toLowerCase(), to]));
  const id = (what: string) => z.string().trim().min(1, `${what}`).max(100, `${what} of at most 100 characters`);
  return {
    /** Order or invoice number: required, at most 100 characters. */
    orderId: { schema: id("an order id"), reason: "missing_order_id", expected: "an order id (not blank)" },
    /** Customer id: blank means an unregistered sale; with `customerIdFormat: integer` a whole number in canonical form. */
    customerId: {
      schema: z
        .string()
        .trim()
        .max(100, "a customer id of at most 100 characters")
        .transform((s, ctx) => {
          if (s === "") return null;
          if (!integerIds) return s;
          const match = INTEGER_ID.exec(s);
          if (match) return match[1]!;
          ctx.addIssue({ code: "custom", message: "a whole number" });
          return z.NEVER;
        }),
      reason: "invalid_customer_id",
      expected: integerIds
        ? "a customer id that is a whole number (17850 or 17850.0), or blank for an unregistered sale"
        : "a customer id of at most 100 characters, or blank for an unregistered sale",
    },
    /** Order date or timestamp → local day number in the reporting zone. */
    date: {
      schema: parsed(dayParser(format.date, format.timeZone ?? reportZone, reportZone), describeDateFormat(format.date)),
      reason: "invalid_date",
      expected: describeDateFormat(format.date),
    },
    /** Amount of the row, negative for a return or credit. */
    amount: { schema: number, reason: "invalid_amount", expected: numberWords },
    /** Quantity of the row. */
    quantity: { schema: number, reason: "invalid_quantity", expected: numberWords },
    /** Unit price of the row. */
    unitPrice: { schema: number, reason: "invalid_unit_price", expected: numberWords },
    /** Sales channel, renamed by the source's channel map, lower case. */
    channel: {
      schema: z
        .string()
        .trim()
        .min(1)
        .max(50)
        .transform((s) => {
          const key = s.toLowerCase();
          return map.get(key) ?? key;
        }),
      reason: "missing_channel",
      expected: "a channel name (not blank)",
    },
    /** Product id or name; blank allowed. */
    product: {
      schema: z
        .string()
        .trim()
        .max(200)
        .transform((s) => (s === "" ? null : s)),
      reason: "invalid_product",
      expected: "a product of at most 200 characters",
    },
    /** Product category; blank allowed. */
    category: {
      schema: z
        .string()
        .trim()
        .max(100)
        .transform((s) => (s === "" ? null : s)),
      reason: "invalid_category",
      expected: "a category of at most 100 characters",
    },
  } satisfies Record<string, CellRule<unknown>>;
}
