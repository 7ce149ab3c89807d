import { z } from "zod";
import { code } from "./issue-code.ts";
import { type Format, FormatSchema } from "./format.ts";
import { amountCell, optionalCountCell, optionalTextCell, textCell } from "./export-cells.ts";

/**
 * The product export (`kind: products`): one row per product with its category and, where the
 * business has them, a tier (basic < plus < premium as 1 < 2 < 3) and a list price. It gives the
 * cross-/upsell classification its categories and tiers.
 */

/** Which column of the products export holds which field (header names as in the file). */
export const ProductColumnsSchema = z
  .object({
    /** Product id, as in the transactions' product column. Required and unique. */
    product: z.string(),
    /** Product name (optional; shown nowhere customer-specific). */
    name: z.string().optional(),
    /** Product category; overrides the transactions' category for this product when filled. */
    category: z.string().optional(),
    /** Tier within the category: a whole number, higher = more premium (optional; blank cells allowed). */
    tier: z.string().optional(),
    /** List price in the export's number format (optional; blank cells allowed). */
    price: z.string().optional(),
  })
  .strict()
  .refine((c) => c.category !== undefined || c.tier !== undefined || c.price !== undefined, {
    message: code("productColumns"),
  });

/** One products export: a file (or glob) under `data/` with its format and column map. */
export const ProductSourceSchema = z
  .object({
    /** Short name shown in the row account. */
    name: z.string().min(1),
    kind: z.literal("products"),
    /** File or glob relative to `data/`, e.g. `products.csv`. */
    files: z.string().min(1),
    /** Delimiter, decimal and thousands separators, encoding (as for transactions). */
    format: FormatSchema.default(FormatSchema.parse({})),
    columns: ProductColumnsSchema,
  })
  .strict();

/** The cell rules of a products export in its format. */
export function productCells(format: Format) {
  return {
    /** Product id: required, at most 200 characters. */
    product: textCell("missing_product", "a product id", 200),
    /** Product name: blank allowed. */
    name: optionalTextCell("invalid_name", "a product name", 200),
    /** Category: blank allowed (the transactions' category then stays). */
    category: optionalTextCell("invalid_category", "a category"),
    /** Tier: whole number ≥ 0, blank allowed. */
    tier: optionalCountCell(format, "invalid_tier", "a tier"),
    /** List price ≥ 0, blank allowed. */
    price: amountCell(format, "invalid_price", "a list price", true),
  };
}

/** A validated product row. */
export const ProductRowSchema = z.object({
  product: z.string(),
  name: z.string().nullable(),
  category: z.string().nullable(),
  tier: z.number().int().nullable(),
  price: z.number().nullable(),
});

export type ProductColumns = z.output<typeof ProductColumnsSchema>;
export type ProductSource = z.output<typeof ProductSourceSchema>;
export type ProductRow = z.output<typeof ProductRowSchema>;
