import { z } from "zod";
import { code } from "./issue-code.ts";

/**
 * The repurchase settings an analyst may write under `repurchase:` in `data/klantbeeld.yaml`.
 * All fields have defaults, so the block may be left out.
 */
export const RepurchaseSettingsSchema = z
  .object({
    /** Months ahead for expected purchases and CLV. */
    horizonMonths: z.number().int().min(1).max(60).default(12),
    /** Discount rate per month for CLV (0.01 = 1 % a month). */
    monthlyDiscount: z.number().min(0).max(1).default(0.01),
    /** Gross margin applied to CLV as a share of revenue; 1 = CLV in revenue. */
    margin: z.number().gt(0).max(1).default(1),
    /** A repeat customer is due once this many usual intervals have passed since the last purchase. */
    dueFactor: z.number().gt(0).max(100).default(1),
    /** … and overdue after this many (at least `dueFactor`). */
    overdueFactor: z.number().gt(0).max(100).default(2),
    /** The last this many months are held out for the calibration chart (the model is fitted on the months before). */
    holdoutMonths: z.number().int().min(1).max(36).default(6),
    /** Number of equal-width bins of the P(alive) distribution per segment. */
    pAliveBins: z.number().int().min(2).max(20).default(10),
  })
  .strict()
  .refine((s) => s.overdueFactor >= s.dueFactor, { message: code("overdueAfterDue"), path: ["overdueFactor"] });

/** The validated settings, defaults filled in. */
export type RepurchaseSettings = z.output<typeof RepurchaseSettingsSchema>;
