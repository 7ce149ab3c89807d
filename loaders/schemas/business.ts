import { z } from "zod";
import { code } from "./issue-code.ts";

/** Gross margin when the config gives none (a placeholder the page marks as such). */
export const DEFAULT_GROSS_MARGIN = 0.4;

/** Fixed costs as a share of the active customers' yearly revenue when no amount is configured. */
export const DEFAULT_FIXED_COST_SHARE = 0.25;

/**
 * Dashboard figures the business may set by hand instead of taking them from the data
 * (e.g. when the data are too short to measure a year's retention).
 */
export const BusinessBaselineOverridesSchema = z
  .object({
    /** Active customers at the start of the calculation. Default: the latest `customers.active`. */
    activeCustomers: z.number().int().min(0).optional(),
    /** Share of active customers still active a year later, 0..1. Default: derived from `customers.active` and `customers.new`. */
    retentionRate: z.number().min(0).max(1).optional(),
    /** Orders per active customer per year. Default: the latest `active.frequency`, scaled to 12 months. */
    ordersPerCustomerPerYear: z.number().min(0).optional(),
    /** Average order value of active customers in the currency. Default: `active.spend` ÷ `active.frequency`. */
    averageOrderValue: z.number().min(0).optional(),
    /** Share of orders that are cross- or upsell, 0..1 (below 1). Default: from `cross_sell.orders` and `upsell.orders`; 0 without them. */
    crossUpsellRate: z.number().min(0).lt(1).optional(),
  })
  .strict();

/** The levers of the scenario the page shows first (and the calculator starts from). */
export const BusinessScenarioSchema = z
  .object({
    /** Yearly retention + this many percentage points (5 = from 56 % to 61 %). */
    retentionPoints: z.number().min(-100).max(100).default(5),
    /** Cross-/upsell share of orders + this many percent, relative (10 = from 20 % to 22 %). */
    crossUpsellPct: z.number().min(-100).default(10),
    /** Average order value + this many percent. */
    aovPct: z.number().min(-100).default(5),
    /** Fixed costs − this many percent. */
    costPct: z.number().max(100).default(5),
  })
  .strict();

/**
 * The business figures an analyst may write under `business:` in `data/klantbeeld.yaml` for the
 * calculator ("Rekenhulp"). Everything has a default, so the block may be left out; the defaults
 * for margin and costs are placeholders that the page marks as such.
 */
export const BusinessSettingsSchema = z
  .object({
    /** Gross margin as a share of net revenue (0.4 = 40 %). Default 0.4 (a placeholder: set your own). */
    grossMargin: z.number().min(0).max(1).optional(),
    /** Fixed costs per month in the currency (staff, rent, systems: costs that do not move with sales). */
    fixedCostsPerMonth: z.number().min(0).optional(),
    /**
     * Or: fixed costs as a share of the active customers' revenue over the last 12 months, used when
     * `fixedCostsPerMonth` is absent. Default 0.25 (a placeholder: set your own).
     */
    fixedCostShare: z.number().min(0).max(1).optional(),
    /** Dashboard figures set by hand instead of from the data. */
    baseline: BusinessBaselineOverridesSchema.default({}),
    /** The default scenario's levers. Defaults: retention +5 points, cross-/upsell +10 %, order value +5 %, fixed costs −5 %. */
    scenario: BusinessScenarioSchema.default(BusinessScenarioSchema.parse({})),
  })
  .strict()
  .refine((s) => s.fixedCostsPerMonth === undefined || s.fixedCostShare === undefined, {
    message: code("fixedCostsEitherOr"),
    path: ["fixedCostShare"],
  });

/** The validated settings (margin and costs stay undefined when not configured). */
export type BusinessSettings = z.output<typeof BusinessSettingsSchema>;
export type BusinessScenario = z.output<typeof BusinessScenarioSchema>;
export type BusinessBaselineOverrides = z.output<typeof BusinessBaselineOverridesSchema>;
