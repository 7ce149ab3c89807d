import { z } from "zod";
import { code } from "./issue-code.ts";
import { FormatSchema } from "./format.ts";
import type { CellRule } from "./transaction.ts";

/**
 * The customer-profile export (`kind: profiles`): a periodic snapshot (monthly, quarterly …) of
 * which profile fields the business holds per customer — e-mail, phone, birth date, household,
 * postcode, consent flags. Only whether a field is filled is read; its value never leaves the
 * reader, so no personal data reaches the bundle.
 */

/** Most profile fields one export may declare (the filled fields are kept as bits of one integer). */
export const MAX_PROFILE_FIELDS = 30;

/** One declared profile field: its column and its name on the site. */
export const ProfileFieldSchema = z
  .object({
    /** Header name of the column in the file. */
    column: z.string().min(1),
    /** Name on the site (Dutch), e.g. `E-mailadres`; default the field id. */
    name: z.string().min(1).optional(),
  })
  .strict();

/** Which column of the profiles export holds the customer and the snapshot date. */
export const ProfileColumnsSchema = z
  .object({
    /** Customer id, as in the transaction exports. */
    customerId: z.string(),
    /** Date of the snapshot (the day the profile was read out). */
    date: z.string(),
  })
  .strict();

/** One profiles export. */
export const ProfileSourceSchema = z
  .object({
    /** Short name shown in the row account. */
    name: z.string().min(1),
    kind: z.literal("profiles"),
    /** File or glob relative to `data/`, e.g. `profiles/profiles-*.csv`. */
    files: z.string().min(1),
    format: FormatSchema.default(FormatSchema.parse({})),
    columns: ProfileColumnsSchema,
    /** The profile fields by id (letters, digits, `_`), in the order the site lists them. */
    fields: z
      .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, code("profileFieldId")), ProfileFieldSchema)
      .refine((f) => Object.keys(f).length >= 1 && Object.keys(f).length <= MAX_PROFILE_FIELDS, {
        message: code("profileFieldCount"),
        params: { max: MAX_PROFILE_FIELDS },
      }),
  })
  .strict();

/** Cell texts that mean "not filled" although not blank (any case). */
export const EMPTY_MARKERS: ReadonlySet<string> = new Set(["-", "?", "onbekend", "unknown", "n/a", "nvt", "n.v.t.", "null", "none"]);

/**
 * A profile field cell → whether it is filled (not blank, not a marker such as `onbekend`).
 * Never rejects: an empty field is a fact about the profile, not an error. Over-long cells
 * (> 500 characters) are rejected, as they are a broken export rather than a value.
 */
export const filledCell: CellRule<boolean> = {
  schema: z
    .string()
    .max(500)
    .transform((text) => {
      const t = text.trim();
      return t !== "" && !EMPTY_MARKERS.has(t.toLowerCase());
    }),
  reason: "invalid_profile_field",
  expected: "a profile value of at most 500 characters, or blank",
};

/** A validated profile snapshot row. */
export const ProfileRowSchema = z.object({
  /** Index into the moment data's customer ids. */
  customer: z.number().int().min(0),
  /** Day of the snapshot. */
  day: z.number().int(),
  /** Bit i set = declared field i (in `fields` order) is filled. */
  filled: z.number().int().min(0),
});

export type ProfileField = z.output<typeof ProfileFieldSchema>;
export type ProfileSource = z.output<typeof ProfileSourceSchema>;
export type ProfileRow = z.output<typeof ProfileRowSchema>;
