import { z } from "zod";
import { numberParser } from "../lib/locale-number.ts";
import { type Format, FormatSchema } from "./format.ts";
import { dateCell, numberWords, textCell } from "./export-cells.ts";
import { SIGNAL_TYPES, type SignalType } from "./signal-types.ts";
import type { CellRule } from "./transaction.ts";

export { SIGNAL_NAMES_NL, SIGNAL_TYPES, type SignalType } from "./signal-types.ts";

/**
 * The behavioural-signals export (`kind: signals`): one row per thing a customer did or that
 * happened to them — a web visit, an e-mail click, a call to customer service, a bundle-usage
 * reading — with its customer id, timestamp, type and an optional number. Types are mapped to
 * one fixed vocabulary, so every rule and chart speaks the same words.
 */

/** Which column of the signals export holds which field (header names as in the file). */
export const SignalColumnsSchema = z
  .object({
    /** Customer id, as in the transaction exports (required: a signal without a customer says nothing about one). */
    customerId: z.string(),
    /** Timestamp or date of the signal. */
    date: z.string(),
    /** Signal type: a vocabulary word, or a word `typeMap` renames to one. */
    type: z.string(),
    /** Optional number: bundle usage share (0–1 or `85%`), data used, … Blank allowed. */
    value: z.string().optional(),
  })
  .strict();

/** One signals export: a glob of files under `data/` with one format, column map and type map. */
export const SignalSourceSchema = z
  .object({
    /** Short name shown in the row account. */
    name: z.string().min(1),
    kind: z.literal("signals"),
    /** File or glob relative to `data/`, e.g. `signals/signals-*.csv`. */
    files: z.string().min(1),
    format: FormatSchema.default(FormatSchema.parse({})),
    columns: SignalColumnsSchema,
    /** Renames the export's own type names to the vocabulary, e.g. `{ "Klantcontact": service_contact }` (case-insensitive). */
    typeMap: z.record(z.string(), z.enum(SIGNAL_TYPES)).default({}),
  })
  .strict();

/** The type cell: a vocabulary word or a mapped name (any case) → the vocabulary word. */
export function signalTypeCell(typeMap: Readonly<Record<string, SignalType>>): CellRule<SignalType> {
  const map = new Map<string, SignalType>(SIGNAL_TYPES.map((t) => [t, t]));
  for (const [from, to] of Object.entries(typeMap)) map.set(from.trim().toLowerCase(), to);
  const words = `a signal type (${SIGNAL_TYPES.join(", ")}) or a name mapped in typeMap`;
  return {
    schema: z.string().transform((text, ctx) => {
      const type = map.get(text.trim().toLowerCase());
      if (type === undefined) {
        ctx.addIssue({ code: "custom", message: words });
        return z.NEVER;
      }
      return type;
    }),
    reason: "unknown_signal_type",
    expected: words,
  };
}

/** The value cell: a number ≥ 0 in the export's format or a percentage (`85%` → 0.85); blank is null. */
export function signalValueCell(format: Format): CellRule<number | null> {
  const parse = numberParser(format);
  const words = `a number ≥ 0 (${numberWords(format)}) or a percentage like 85%, or blank`;
  return {
    schema: z.string().transform((text, ctx) => {
      const trimmed = text.trim();
      if (trimmed === "") return null;
      const percent = trimmed.endsWith("%");
      const v = parse(percent ? trimmed.slice(0, -1) : trimmed);
      const value = percent ? Number((v / 100).toPrecision(15)) : v;
      if (!(value >= 0) || !Number.isFinite(value)) {
        ctx.addIssue({ code: "custom", message: words });
        return z.NEVER;
      }
      return value;
    }),
    reason: "invalid_value",
    expected: words,
  };
}

/** Highest bundle-usage share a `usage` signal may report (3 = three times the bundle). */
export const MAX_USAGE_SHARE = 3;

/** The cell rules of a signals export in its format. */
export function signalCells(source: Pick<SignalSource, "format" | "typeMap">, reportZone: string) {
  return {
    /** Customer id: required. */
    customerId: textCell("missing_customer", "a customer id"),
    /** Timestamp → local day. */
    date: dateCell(source.format, reportZone),
    /** Type → vocabulary word. */
    type: signalTypeCell(source.typeMap),
    /** Optional value. */
    value: signalValueCell(source.format),
  };
}

/** A validated signal. */
export const SignalRowSchema = z.object({
  /** Index into the moment data's customer ids. */
  customer: z.number().int().min(0),
  /** Local day (days since 1970-01-01). */
  day: z.number().int(),
  type: z.enum(SIGNAL_TYPES),
  /** The number, or null when the cell is blank or absent. */
  value: z.number().nullable(),
});

export type SignalColumns = z.output<typeof SignalColumnsSchema>;
export type SignalSource = z.output<typeof SignalSourceSchema>;
export type SignalRow = z.output<typeof SignalRowSchema>;
