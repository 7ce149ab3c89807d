/**
 * The `business` bundle section: the calculator's ("Rekenhulp") starting point. Takes the
 * baseline from the dashboard's own series at the last month (active customers, a year's
 * retention, orders per customer, order value, cross-/upsell share), adds margin and fixed costs
 * from the `business:` config block, and runs the default scenario through the same pure module
 * the browser uses (`loaders/metrics/business-case.ts`).
 */
import { type Baseline, businessCase, type BusinessCaseInput, type BusinessCaseResult, validateBusinessCase } from "../metrics/business-case.ts";
import { type BusinessSettings, BusinessSettingsSchema, DEFAULT_FIXED_COST_SHARE, DEFAULT_GROSS_MARGIN } from "../schemas/business.ts";
import type { Config } from "../schemas/config.ts";
import { LoadError } from "../model/load-error.ts";
import { describeIssues } from "../sources/read-config.ts";
import type { SectionBuilder } from "./build-bundle.ts";
import type { BundleWarning, Series } from "./types.ts";
import { bundleWarning } from "./warnings.ts";

/** Horizons of the calculator's totals, in months. */
export const BUSINESS_HORIZONS = [12, 24, 36] as const;

/** Where one baseline figure comes from: the data, the config, a default, or nowhere (then 0). */
export interface BusinessAssumption {
  field: keyof Baseline;
  /** Dutch label of the figure. */
  label: string;
  value: number;
  origin: "data" | "config" | "default" | "unavailable";
  /** How the figure was found, in Dutch. */
  source: string;
}

/** `bundle.sections.business`. */
export interface BusinessSection {
  /** Month (`yyyy-mm`) whose figures are the baseline. */
  month: string;
  horizons: number[];
  baseline: Baseline;
  /** One entry per baseline figure, in `Baseline` field order. */
  assumptions: BusinessAssumption[];
  defaultScenario: BusinessCaseInput;
  /** `businessCase(defaultScenario)`, amounts rounded to cents. */
  defaultResult: BusinessCaseResult;
}

const LABELS: Record<keyof Baseline, string> = {
  activeCustomers: "Actieve klanten",
  retentionRate: "Jaarretentie",
  ordersPerCustomerPerYear: "Orders per klant per jaar",
  averageOrderValue: "Gemiddelde orderwaarde",
  crossUpsellRate: "Aandeel cross- en upsellorders",
  grossMargin: "Brutomarge",
  fixedCostsPerYear: "Vaste kosten per jaar",
};

/** The validated `business:` settings of `config` (defaults when the block is absent). */
export function businessSettings(config: Config): BusinessSettings {
  const result = BusinessSettingsSchema.safeParse(config["business"] ?? {}, { reportInput: true });
  if (!result.success) throw new LoadError(describeIssues("data/klantbeeld.yaml, business", result.error));
  return result.data;
}

/**
 * Builds the section from the bundle's series (aligned with `months`) and the config. Without a
 * figure the calculator cannot do without (active customers, retention, orders, order value)
 * there is no section, only a warning that names the setting to fill in.
 */
export function businessSection(series: readonly Series[], months: readonly string[], config: Config): { section?: BusinessSection; warnings: BundleWarning[] } {
  const settings = businessSettings(config);
  const over = settings.baseline;
  const t = months.length - 1;
  const values = (id: string): readonly (number | null)[] | undefined => series.find((s) => s.id === id)?.values;
  const at = (id: string, i: number): number | null => (i < 0 ? null : (values(id)?.[i] ?? null));
  const window = config.kpi.activeWindowMonths;
  const year = (id: string): number | null => sumLastYear(values(id), t);

  const assumptions: BusinessAssumption[] = [];
  const missing: string[] = [];
  const take = (field: keyof Baseline, configured: number | undefined, measured: number | null, digits: number, source: string, fallback?: { value: number; source: string }): number => {
    let entry: Omit<BusinessAssumption, "field" | "label">;
    if (configured !== undefined) entry = { value: configured, origin: "config", source: `Ingesteld in data/klantbeeld.yaml (business.baseline.${field}).` };
    else if (measured !== null && Number.isFinite(measured)) entry = { value: round(measured, digits), origin: "data", source };
    else if (fallback) entry = { value: fallback.value, origin: "unavailable", source: fallback.source };
    else {
      missing.push(`business.baseline.${field}`);
      entry = { value: 0, origin: "unavailable", source: "Niet af te leiden uit de data." };
    }
    assumptions.push({ field, label: LABELS[field], ...entry });
    return entry.value;
  };

  const active = at("customers.active", t);
  const activeCustomers = take("activeCustomers", over.activeCustomers, active, 0, `Klanten met een aankoop in de ${window} maanden tot en met de laatste maand (KPI “Actieve klanten”).`);

  // Active now = still active from a year ago + reactivated + new in the last 12 months; reactivated
  // customers are counted as retained, so this is an upper estimate when many come back.
  const yearAgo = at("customers.active", t - 12);
  const newInYear = year("customers.new");
  const retention = window === 12 && active !== null && yearAgo !== null && yearAgo > 0 && newInYear !== null ? clamp01((active - newInYear) / yearAgo) : null;
  const retentionRate = take(
    "retentionRate",
    over.retentionRate,
    retention,
    4,
    "(Actieve klanten nu − nieuwe klanten in de laatste 12 maanden) ÷ actieve klanten een jaar eerder. Wie na een pauze terugkwam, telt als behouden.",
  );

  const frequency = at("active.frequency", t);
  const ordersPerCustomerPerYear = take(
    "ordersPerCustomerPerYear",
    over.ordersPerCustomerPerYear,
    frequency === null ? null : (frequency * 12) / window,
    4,
    `Orders per actieve klant in de ${window} maanden tot en met de laatste maand${window === 12 ? "" : ", omgerekend naar 12 maanden"}.`,
  );

  const spend = at("active.spend", t);
  const averageOrderValue = take(
    "averageOrderValue",
    over.averageOrderValue,
    spend === null || frequency === null || frequency <= 0 ? null : spend / frequency,
    2,
    "Besteding per actieve klant ÷ orders per actieve klant (netto, dus na retouren; alleen bekende klanten).",
  );

  const crossSell = year("cross_sell.orders");
  const upsell = year("upsell.orders");
  const orders = year("orders");
  const unregistered = year("orders.unregistered");
  const registered = orders === null || unregistered === null ? null : orders - unregistered;
  const share = crossSell === null || upsell === null || registered === null || registered <= 0 ? null : (crossSell + upsell) / registered;
  const crossUpsellRate = take(
    "crossUpsellRate",
    over.crossUpsellRate,
    share !== null && share < 1 ? share : null,
    4,
    "(Orders met cross-sell + orders met upsell) ÷ orders van bekende klanten, over de laatste 12 maanden. Een order met beide telt twee keer, dus dit is een bovengrens.",
    { value: 0, source: "Niet beschikbaar (geen productcategorieën in de data, of minder dan 12 maanden); gerekend met 0, dus de hefboom cross- en upsell doet niets." },
  );

  const grossMargin = settings.grossMargin ?? DEFAULT_GROSS_MARGIN;
  assumptions.push({
    field: "grossMargin",
    label: LABELS.grossMargin,
    value: grossMargin,
    origin: settings.grossMargin === undefined ? "default" : "config",
    source: settings.grossMargin === undefined ? "Standaardwaarde; stel de eigen marge in onder business.grossMargin in data/klantbeeld.yaml." : "Ingesteld in data/klantbeeld.yaml (business.grossMargin).",
  });

  const costShare = settings.fixedCostShare ?? DEFAULT_FIXED_COST_SHARE;
  const fixedCostsPerYear =
    settings.fixedCostsPerMonth !== undefined ? round(settings.fixedCostsPerMonth * 12, 2) : round(costShare * activeCustomers * ordersPerCustomerPerYear * averageOrderValue, 2);
  assumptions.push({
    field: "fixedCostsPerYear",
    label: LABELS.fixedCostsPerYear,
    value: fixedCostsPerYear,
    origin: settings.fixedCostsPerMonth !== undefined || settings.fixedCostShare !== undefined ? "config" : "default",
    source:
      settings.fixedCostsPerMonth !== undefined
        ? "12 × de vaste kosten per maand uit data/klantbeeld.yaml (business.fixedCostsPerMonth)."
        : `${Math.round(costShare * 10000) / 100} % van de jaaromzet van de actieve klanten (klanten × orders per jaar × orderwaarde)${settings.fixedCostShare === undefined ? "; standaardwaarde, stel de eigen kosten in onder business.fixedCostsPerMonth in data/klantbeeld.yaml" : " (business.fixedCostShare)"}.`,
  });

  if (missing.length > 0) {
    return {
      warnings: [bundleWarning("business_baseline_missing", { missing: missing.join(", "), count: missing.length })],
    };
  }

  const baseline: Baseline = { activeCustomers, retentionRate, ordersPerCustomerPerYear, averageOrderValue, crossUpsellRate, grossMargin, fixedCostsPerYear };
  const defaultScenario: BusinessCaseInput = { baseline, levers: { ...settings.scenario } };
  const problems = validateBusinessCase(defaultScenario);
  if (problems.length > 0) {
    const fields = [...new Set(problems.map((p) => p.field))];
    throw new LoadError((t) => t.schema.businessScenario(fields));
  }
  const result = businessCase(defaultScenario, BUSINESS_HORIZONS, config.currency);
  return {
    section: { month: months[t]!, horizons: [...BUSINESS_HORIZONS], baseline, assumptions, defaultScenario, defaultResult: roundResult(result) },
    warnings: [],
  };
}

/** The section as a bundle builder (reads the series built before it). */
export const businessBuilder: SectionBuilder = {
  name: "business",
  // Year sums need whole months: a partial last month is left out (the last complete month is used).
  build: ({ loaded, series, months, period }) => businessSection(series, period.partial ? months.slice(0, -1) : months, loaded.config),
};

/** Σ of the 12 months up to index `t`; null when a month is missing or there are fewer than 12. */
function sumLastYear(values: readonly (number | null)[] | undefined, t: number): number | null {
  if (!values || t < 11) return null;
  let sum = 0;
  for (let i = t - 11; i <= t; i++) {
    const v = values[i];
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return sum;
}

function roundResult(result: BusinessCaseResult): BusinessCaseResult {
  const path = (p: BusinessCaseResult["baseline"]) => ({ customers: p.customers.map((v) => round(v, 2)), revenue: p.revenue.map((v) => round(v, 2)), profit: p.profit.map((v) => round(v, 2)) });
  const pair = (x: { revenue: number; profit: number }) => ({ revenue: round(x.revenue, 2), profit: round(x.profit, 2) });
  return {
    baseline: path(result.baseline),
    scenario: path(result.scenario),
    totals: result.totals.map((t) => ({ months: t.months, baseline: pair(t.baseline), scenario: pair(t.scenario), difference: pair(t.difference) })),
    assumptions: result.assumptions,
  };
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
