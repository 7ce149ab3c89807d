/**
 * Business-case calculator: what do better retention, more cross-/upsell, a higher order value
 * and lower fixed costs add up to over 12, 24 and 36 months? Runs at build time and in the
 * browser, so it imports nothing (no Node modules) and uses only standard JavaScript.
 *
 * Model (a closed cohort; new customers are left out, for baseline and scenario alike):
 *   monthly retention ρ = R^(1/12); customers in month m = N · ρ^(m−1)  (m = 1, 2, …);
 *   orders per customer per month = f / 12, with cross-/upsell share s;
 *   revenue_m = N · ρ^(m−1) · f/12 · AOV;  profit_m = margin · revenue_m − fixed costs / 12.
 * Scenario: R' = min(1, max(0, R + points/100)); s' = s · (1 + y/100) as extra cross-/upsell
 * orders on top of the same core orders, so f' = f · (1 − s) / (1 − s'); AOV' = AOV · (1 + z/100);
 * fixed costs' = fixed costs · (1 − w/100). Amounts are nominal (no discounting, no inflation).
 */

/** The business as it is today. */
export interface Baseline {
  /** Active customers at the start (month 0). */
  activeCustomers: number;
  /** Share of customers still active a year later, 0..1. */
  retentionRate: number;
  ordersPerCustomerPerYear: number;
  averageOrderValue: number;
  /** Share of orders that are cross- or upsell, 0..1 (below 1). */
  crossUpsellRate: number;
  /** Gross margin as a share of revenue, 0..1. */
  grossMargin: number;
  fixedCostsPerYear: number;
}

/** The improvements to try. */
export interface Levers {
  /** Yearly retention + this many percentage points. */
  retentionPoints: number;
  /** Cross-/upsell share + this many percent (relative). */
  crossUpsellPct: number;
  /** Average order value + this many percent. */
  aovPct: number;
  /** Fixed costs − this many percent. */
  costPct: number;
}

/** Calculator input. */
export interface BusinessCaseInput {
  baseline: Baseline;
  levers: Levers;
}

/** Monthly path of one variant (index 0 = month 1). */
export interface BusinessCasePath {
  customers: number[];
  revenue: number[];
  profit: number[];
}

/** Cumulative revenue and profit at one horizon. */
export interface BusinessCaseTotal {
  months: number;
  baseline: { revenue: number; profit: number };
  scenario: { revenue: number; profit: number };
  /** Scenario minus baseline. */
  difference: { revenue: number; profit: number };
}

/** Calculator output. */
export interface BusinessCaseResult {
  baseline: BusinessCasePath;
  scenario: BusinessCasePath;
  totals: BusinessCaseTotal[];
  /** The assumptions behind the numbers, in Dutch, with the input values filled in. */
  assumptions: string[];
}

/** The rule an input value breaks (see `businessProblemText` for each in words). */
export type BusinessRule = "nonNegative" | "share" | "shareBelowOne" | "number" | "atLeastMinus100" | "atMost100" | "scenarioShare";

/**
 * One problem with a calculator input: the field (`baseline.retentionRate`, `levers.aovPct`) and
 * the rule it breaks. `scenarioShare` (the scenario's cross-/upsell share reaches 1) is reported
 * on `levers.crossUpsellPct`, the lever that moves it. Callers word it in their own language.
 */
export interface BusinessProblem {
  field: `baseline.${keyof Baseline}` | `levers.${keyof Levers}`;
  rule: BusinessRule;
}

/** Problems with an input, one per field and rule broken; empty when the calculator can run. */
export function validateBusinessCase(input: BusinessCaseInput): BusinessProblem[] {
  const { baseline: b, levers: l } = input;
  const problems: BusinessProblem[] = [];
  const check = (ok: boolean, field: BusinessProblem["field"], rule: BusinessRule): void => {
    if (!ok) problems.push({ field, rule });
  };
  const share = (v: number): boolean => Number.isFinite(v) && v >= 0 && v <= 1;
  const nonNegative = (v: number): boolean => Number.isFinite(v) && v >= 0;
  check(nonNegative(b.activeCustomers), "baseline.activeCustomers", "nonNegative");
  check(share(b.retentionRate), "baseline.retentionRate", "share");
  check(nonNegative(b.ordersPerCustomerPerYear), "baseline.ordersPerCustomerPerYear", "nonNegative");
  check(nonNegative(b.averageOrderValue), "baseline.averageOrderValue", "nonNegative");
  check(share(b.crossUpsellRate) && b.crossUpsellRate < 1, "baseline.crossUpsellRate", "shareBelowOne");
  check(share(b.grossMargin), "baseline.grossMargin", "share");
  check(nonNegative(b.fixedCostsPerYear), "baseline.fixedCostsPerYear", "nonNegative");
  check(Number.isFinite(l.retentionPoints), "levers.retentionPoints", "number");
  check(Number.isFinite(l.crossUpsellPct) && l.crossUpsellPct >= -100, "levers.crossUpsellPct", "atLeastMinus100");
  check(Number.isFinite(l.aovPct) && l.aovPct >= -100, "levers.aovPct", "atLeastMinus100");
  check(Number.isFinite(l.costPct) && l.costPct <= 100, "levers.costPct", "atMost100");
  if (problems.length === 0) {
    check(b.crossUpsellRate * (1 + l.crossUpsellPct / 100) < 1, "levers.crossUpsellPct", "scenarioShare");
  }
  return problems;
}

const RULE_TEXT: Record<BusinessRule, string> = {
  nonNegative: "≥ 0",
  share: "between 0 and 1",
  shareBelowOne: "from 0 up to (not including) 1",
  number: "to be a number",
  atLeastMinus100: "≥ −100",
  atMost100: "≤ 100",
  scenarioShare: "to keep the scenario's cross-/upsell share (baseline × (1 + crossUpsellPct/100)) below 1",
};

/** A problem as one English sentence, for developers (`businessCase`'s RangeError); users see catalogue texts. */
export function businessProblemText(problem: BusinessProblem): string {
  return `expected ${problem.field} ${RULE_TEXT[problem.rule]}`;
}

/** The scenario's baseline-shaped values after applying the levers. */
export function applyLevers(input: BusinessCaseInput): Baseline {
  const { baseline: b, levers: l } = input;
  const crossUpsellRate = b.crossUpsellRate * (1 + l.crossUpsellPct / 100);
  return {
    activeCustomers: b.activeCustomers,
    retentionRate: Math.min(1, Math.max(0, b.retentionRate + l.retentionPoints / 100)),
    ordersPerCustomerPerYear: (b.ordersPerCustomerPerYear * (1 - b.crossUpsellRate)) / (1 - crossUpsellRate),
    averageOrderValue: b.averageOrderValue * (1 + l.aovPct / 100),
    crossUpsellRate,
    grossMargin: b.grossMargin,
    fixedCostsPerYear: b.fixedCostsPerYear * (1 - l.costPct / 100),
  };
}

/** Monthly customers, revenue and profit of one variant for months 1..`months`. */
export function businessPath(b: Baseline, months: number): BusinessCasePath {
  const rho = b.retentionRate ** (1 / 12);
  const path: BusinessCasePath = { customers: [], revenue: [], profit: [] };
  for (let m = 1; m <= months; m++) {
    const customers = b.activeCustomers * rho ** (m - 1);
    const revenue = (customers * b.ordersPerCustomerPerYear * b.averageOrderValue) / 12;
    path.customers.push(customers);
    path.revenue.push(revenue);
    path.profit.push(b.grossMargin * revenue - b.fixedCostsPerYear / 12);
  }
  return path;
}

/** Runs the calculator: monthly paths up to the longest horizon and totals per horizon. Throws on invalid input. */
export function businessCase(input: BusinessCaseInput, horizons: readonly number[] = [12, 24, 36], currency = "EUR"): BusinessCaseResult {
  const problems = validateBusinessCase(input).map(businessProblemText);
  if (!horizons.every((h) => Number.isInteger(h) && h >= 1)) problems.push("expected horizons as whole months ≥ 1");
  if (problems.length > 0) throw new RangeError(`businessCase: ${problems.join("; ")}`);
  const months = Math.max(...horizons);
  const target = applyLevers(input);
  const baseline = businessPath(input.baseline, months);
  const scenario = businessPath(target, months);
  const sum = (values: number[], h: number): number => values.slice(0, h).reduce((s, v) => s + v, 0);
  const totals = horizons.map((h): BusinessCaseTotal => {
    const base = { revenue: sum(baseline.revenue, h), profit: sum(baseline.profit, h) };
    const next = { revenue: sum(scenario.revenue, h), profit: sum(scenario.profit, h) };
    return { months: h, baseline: base, scenario: next, difference: { revenue: next.revenue - base.revenue, profit: next.profit - base.profit } };
  });
  return { baseline, scenario, totals, assumptions: assumptions(input.baseline, target, currency) };
}

/** The Dutch assumption list shown next to the result. */
function assumptions(b: Baseline, s: Baseline, currency: string): string[] {
  const num = (v: number): string => new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 }).format(v);
  const pct = (v: number): string => new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 1 }).format(v);
  const money = (v: number): string => new Intl.NumberFormat("nl-NL", { style: "currency", currency, maximumFractionDigits: 2 }).format(v);
  return [
    `Vaste groep van ${num(b.activeCustomers)} actieve klanten bij de start; nieuwe klanten zijn niet meegerekend, in de basis en in het scenario.`,
    `Jaarretentie ${pct(b.retentionRate)} (scenario ${pct(s.retentionRate)}), gelijkmatig per maand: maandretentie ${pct(b.retentionRate ** (1 / 12))} (scenario ${pct(s.retentionRate ** (1 / 12))}); wie vertrekt, komt niet terug.`,
    `Een actieve klant bestelt ${num(b.ordersPerCustomerPerYear)} keer per jaar (scenario ${num(s.ordersPerCustomerPerYear)}), gelijk verdeeld over de maanden.`,
    `Cross- en upsell is ${pct(b.crossUpsellRate)} van de orders (scenario ${pct(s.crossUpsellRate)}); de extra cross- en upsellorders komen bovenop dezelfde basisorders.`,
    `Gemiddelde orderwaarde ${money(b.averageOrderValue)} (scenario ${money(s.averageOrderValue)}); de brutomarge van ${pct(b.grossMargin)} geldt voor alle omzet, ook in het scenario.`,
    `Vaste kosten ${money(b.fixedCostsPerYear)} per jaar (scenario ${money(s.fixedCostsPerYear)}), gelijk verdeeld over de maanden; ze dalen niet mee met het aantal klanten.`,
    "Winst is brutomarge min vaste kosten; bedragen zijn nominaal, zonder inflatie of disconto.",
  ];
}

const BASELINE_KEYS: readonly (readonly [keyof Baseline, string])[] = [
  ["activeCustomers", "n"],
  ["retentionRate", "ret"],
  ["ordersPerCustomerPerYear", "opy"],
  ["averageOrderValue", "aov"],
  ["crossUpsellRate", "cus"],
  ["grossMargin", "gm"],
  ["fixedCostsPerYear", "fc"],
];
const LEVER_KEYS: readonly (readonly [keyof Levers, string])[] = [
  ["retentionPoints", "dret"],
  ["crossUpsellPct", "dcus"],
  ["aovPct", "daov"],
  ["costPct", "dfc"],
];

/** Query string (without "?") that `decodeScenario` turns back into the same input. @example "n=1000&ret=0.6&…" */
export function encodeScenario(input: BusinessCaseInput): string {
  const params = new URLSearchParams();
  for (const [field, key] of BASELINE_KEYS) params.set(key, String(input.baseline[field]));
  for (const [field, key] of LEVER_KEYS) params.set(key, String(input.levers[field]));
  return params.toString();
}

/**
 * Reads a scenario from a query string (leading "?" allowed). Missing keys take the value from
 * `fallback`; so do values that are not numbers or would make the input invalid, and `invalid`
 * names those keys.
 */
export function decodeScenario(query: string, fallback: BusinessCaseInput): { input: BusinessCaseInput; invalid: string[] } {
  const params = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  const input: BusinessCaseInput = { baseline: { ...fallback.baseline }, levers: { ...fallback.levers } };
  const invalid: string[] = [];
  const read = <T extends Baseline | Levers>(target: T, field: keyof T, key: string): void => {
    const text = params.get(key);
    if (text === null) return;
    const value = text.trim() === "" ? NaN : Number(text);
    const previous = target[field];
    const before = validateBusinessCase(input).length;
    target[field] = value as T[keyof T];
    if (!Number.isFinite(value) || validateBusinessCase(input).length > before) {
      target[field] = previous;
      invalid.push(key);
    }
  };
  for (const [field, key] of BASELINE_KEYS) read(input.baseline, field, key);
  for (const [field, key] of LEVER_KEYS) read(input.levers, field, key);
  return { input, invalid };
}

/**
 * The scenario of a query string `encodeScenario` wrote, with every key present, a number and
 * valid; null otherwise (the island reads the build's default scenario with it, no cast).
 */
export function parseScenario(query: string): BusinessCaseInput | null {
  const params = new URLSearchParams(query);
  const value = (key: string) => {
    const text = params.get(key)?.trim();
    return text ? Number(text) : NaN;
  };
  const input: BusinessCaseInput = {
    baseline: { activeCustomers: NaN, retentionRate: NaN, ordersPerCustomerPerYear: NaN, averageOrderValue: NaN, crossUpsellRate: NaN, grossMargin: NaN, fixedCostsPerYear: NaN },
    levers: { retentionPoints: NaN, crossUpsellPct: NaN, aovPct: NaN, costPct: NaN },
  };
  for (const [field, key] of BASELINE_KEYS) input.baseline[field] = value(key);
  for (const [field, key] of LEVER_KEYS) input.levers[field] = value(key);
  const numbers = [...Object.values(input.baseline), ...Object.values(input.levers)];
  return numbers.every(Number.isFinite) && validateBusinessCase(input).length === 0 ? input : null;
}
