/**
 * The calculator's chart: cumulative profit month by month for the baseline ("as now") and the
 * scenario, with a dot at each horizon (12, 24, 36 months), plus the texts around it (the outcome
 * sentence, the lever hints) so the build and the browser word them identically.
 * Drawn at build time for the default scenario and again in the browser when an input changes
 * (Plot runs in both).
 */
import * as Plot from "@observablehq/plot";
import type { Baseline, BusinessCaseResult, BusinessCaseTotal } from "../../loaders/browser.ts";
import { businessCalculatorNl as nl } from "../../loaders/browser.ts";
import { CHART, chartWidth } from "./theme.ts";

/** The calculator's words (the `businessCalculator` catalogue area); Dutch by default. */
export type BusinessWords = typeof nl;

/** Legend names of the two lines (Dutch). */
export const BUSINESS_LINES: BusinessWords["lines"] = nl.lines;
const COLORS = ["#8c8c8c", "#2166ac"];

/** Cumulative profit of one line after `month` months (month 0 = the start, 0). */
export interface BusinessCasePoint {
  month: number;
  line: string;
  profit: number;
}

/** Long rows of both lines (named by `lines`) from a result's monthly profit, starting at month 0. */
export function businessCasePoints(result: Pick<BusinessCaseResult, "baseline" | "scenario">, lines: BusinessWords["lines"] = BUSINESS_LINES): BusinessCasePoint[] {
  const cumulative = (line: string, profit: readonly number[]): BusinessCasePoint[] => {
    let sum = 0;
    return [{ month: 0, line, profit: 0 }, ...profit.map((p, i) => ({ month: i + 1, line, profit: (sum += p) }))];
  };
  return [...cumulative(lines.baseline, result.baseline.profit), ...cumulative(lines.scenario, result.scenario.profit)];
}

/** Draws the two cumulative profit lines; `horizons` get an x tick and a dot on each line; `words` name lines, axis and ticks (Dutch by default). */
export function businessCaseChart(
  points: readonly BusinessCasePoint[],
  options: { document: Document; format: (value: number) => string; horizons: readonly number[]; words?: BusinessWords },
): SVGSVGElement | HTMLElement {
  const words = options.words ?? nl;
  const lines = words.lines;
  const last = Math.max(0, ...points.map((p) => p.month));
  const atHorizon = points.filter((p) => options.horizons.includes(p.month));
  return Plot.plot({
    ...CHART,
    width: chartWidth(720),
    height: 300,
    marginLeft: 84,
    marginRight: 20,
    document: options.document,
    x: { domain: [0, last], ticks: [0, ...options.horizons], tickFormat: (m: number) => (m === 0 ? words.start : words.monthTick(m)), label: null },
    y: { grid: true, label: words.axis, tickFormat: options.format },
    color: { domain: [lines.baseline, lines.scenario], range: COLORS, legend: true },
    marks: [
      Plot.ruleY([0], { stroke: "#1d2330" }),
      Plot.lineY(
        points.filter((p) => p.line === lines.baseline),
        { x: "month", y: "profit", stroke: "line", strokeWidth: 2, strokeDasharray: "6,4", className: "baseline" },
      ),
      Plot.lineY(
        points.filter((p) => p.line === lines.scenario),
        { x: "month", y: "profit", stroke: "line", strokeWidth: 2.5, className: "scenario" },
      ),
      Plot.dot(atHorizon, { x: "month", y: "profit", fill: "line", r: 3.5, className: "horizons" }),
    ],
  });
}

/**
 * The calculator's one-sentence outcome at a horizon, shared by the build and the browser so both
 * write it identically. @example "Over 36 maanden: € 720.825 meer winst en € 1.343.192 meer omzet dan in de basis."
 */
export function businessCaseHeadline(total: BusinessCaseTotal, money: (value: number) => string, words: BusinessWords = nl): string {
  const profit = Math.round(total.difference.profit);
  const revenue = Math.round(total.difference.revenue);
  if (profit === 0 && revenue === 0) return words.headlineSame(total.months);
  const part = (value: number, rounded: number, what: string): string =>
    rounded === 0 ? words.noDifference(what) : rounded > 0 ? words.more(money(Math.abs(value)), what) : words.less(money(Math.abs(value)), what);
  return words.headline(total.months, part(total.difference.profit, profit, words.profit), part(total.difference.revenue, revenue, words.revenue));
}

/**
 * Per lever (URL key) the change it makes in words, shown under its input, e.g. `dret` → "nu 56,4 % → 61,4 %".
 * `baseline` and `target` are the input's baseline and `applyLevers(input)`.
 */
export function businessLeverHints(
  baseline: Baseline,
  target: Baseline,
  format: { percent: (value: number) => string; money: (value: number) => string },
  words: BusinessWords = nl,
): Record<string, string> {
  const { percent, money } = format;
  const h = words.hints;
  return {
    dret: h.dret(percent(baseline.retentionRate), percent(target.retentionRate)),
    dcus: h.dcus(percent(baseline.crossUpsellRate), percent(target.crossUpsellRate)),
    daov: h.daov(money(baseline.averageOrderValue), money(target.averageOrderValue)),
    dfc: h.dfc(money(baseline.fixedCostsPerYear), money(target.fixedCostsPerYear)),
  };
}

/**
 * The assumption list next to the result in the reader's language, with the same figures and the
 * same number style as the loaders' Dutch list (loaders/metrics/business-case.ts): `target` is
 * `applyLevers(input)`, `locale` the calculators' locale.
 */
export function businessAssumptionTexts(baseline: Baseline, target: Baseline, currency: string, locale: string, words: BusinessWords = nl): string[] {
  const num = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v);
  const pct = (v: number) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(v);
  const money = (v: number) => new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 2 }).format(v);
  const b = baseline;
  const s = target;
  return words.assumptions({
    customers: num(b.activeCustomers),
    retention: pct(b.retentionRate),
    retentionS: pct(s.retentionRate),
    monthly: pct(b.retentionRate ** (1 / 12)),
    monthlyS: pct(s.retentionRate ** (1 / 12)),
    orders: num(b.ordersPerCustomerPerYear),
    ordersS: num(s.ordersPerCustomerPerYear),
    crossUpsell: pct(b.crossUpsellRate),
    crossUpsellS: pct(s.crossUpsellRate),
    aov: money(b.averageOrderValue),
    aovS: money(s.averageOrderValue),
    margin: pct(b.grossMargin),
    costs: money(b.fixedCostsPerYear),
    costsS: money(s.fixedCostsPerYear),
  });
}
