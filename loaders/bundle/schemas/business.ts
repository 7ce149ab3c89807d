/** The zod schema of `bundle.sections.business` (`BusinessSection`); `tsc` fails when the two drift apart. */
import { z } from "zod";
import type { Baseline, BusinessCaseInput, BusinessCasePath, BusinessCaseResult, BusinessCaseTotal } from "../../metrics/business-case.ts";
import type { BusinessAssumption, BusinessSection } from "../business.ts";

const BASELINE_FIELDS = [
  "activeCustomers",
  "retentionRate",
  "ordersPerCustomerPerYear",
  "averageOrderValue",
  "crossUpsellRate",
  "grossMargin",
  "fixedCostsPerYear",
] as const satisfies readonly (keyof Baseline)[];

const BaselineSchema: z.ZodType<Baseline> = z.strictObject({
  activeCustomers: z.number(),
  retentionRate: z.number(),
  ordersPerCustomerPerYear: z.number(),
  averageOrderValue: z.number(),
  crossUpsellRate: z.number(),
  grossMargin: z.number(),
  fixedCostsPerYear: z.number(),
});

const AssumptionSchema: z.ZodType<BusinessAssumption> = z.strictObject({
  field: z.enum(BASELINE_FIELDS),
  label: z.string(),
  value: z.number(),
  origin: z.enum(["data", "config", "default", "unavailable"]),
  source: z.string(),
});

const InputSchema: z.ZodType<BusinessCaseInput> = z.strictObject({
  baseline: BaselineSchema,
  levers: z.strictObject({ retentionPoints: z.number(), crossUpsellPct: z.number(), aovPct: z.number(), costPct: z.number() }),
});

const numbers = z.array(z.number());
const PathSchema: z.ZodType<BusinessCasePath> = z.strictObject({ customers: numbers, revenue: numbers, profit: numbers });
const money = z.strictObject({ revenue: z.number(), profit: z.number() });
const TotalSchema: z.ZodType<BusinessCaseTotal> = z.strictObject({ months: z.number(), baseline: money, scenario: money, difference: money });

const ResultSchema: z.ZodType<BusinessCaseResult> = z.strictObject({
  baseline: PathSchema,
  scenario: PathSchema,
  totals: z.array(TotalSchema),
  assumptions: z.array(z.string()),
});

/** `bundle.sections.business`. */
export const BusinessSectionSchema: z.ZodType<BusinessSection> = z.strictObject({
  month: z.string(),
  horizons: numbers,
  baseline: BaselineSchema,
  assumptions: z.array(AssumptionSchema),
  defaultScenario: InputSchema,
  defaultResult: ResultSchema,
});
