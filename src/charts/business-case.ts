/**
 * The calculator's chart: cumulative profit month by month for the baseline ("as now") and the
 * scenario, with a dot at each horizon (12, 24, 36 months), plus the texts around it (the outcome
 * sentence, the lever hints) so the build and the browser word them identically.
 * Drawn at build time for the default scenario and again in the browser when an input changes
 * (Plot runs in both).
 */
import * as Plot from "@observablehq/plot";
import type { Baseline, BusinessCaseResult, BusinessCaseTotal } from "../../loaders/browser.ts";
import { CHART, chartWidth } from "./theme.ts";

/** Legend names of the two lines (Dutch). */
export const BUSINESS_LINES = { baseline: "Basis (zoals nu)", scenario: "Scenario" } as const;
const COLORS = ["#8c8c8c", "#2166ac"];

/** Cumulative profit of one line after `month` months (month 0 = the start, 0). */
export interface BusinessCasePoint {
  month: number;
  line: string;
  profit: number;
}

/** Long rows of both lines from a result's monthly profit, starting at month 0. */
export function businessCasePoints(result: Pick<BusinessCaseResult, "baseline" | "scenario">): BusinessCasePoint[] {
  const cumulative = (line: string, profit: readonly number[]): BusinessCasePoint[] => {
    let sum = 0;
    return [{ month: 0, line, profit: 0 }, ...profit.map((p, i) => ({ month: i + 1, line, profit: (sum += p) }))];
  };
  return [...cumulative(BUSINESS_LINES.baseline, result.baseline.profit), ...cumulative(BUSINESS_LINES.scenario, result.scenario.profit)];
}

/** Draws the two cumulative profit lines; `horizons` get an x tick and a dot on each line. */
export function businessCaseChart(
  points: readonly BusinessCasePoint[],
  options: { document: Document; format: (value: number) => string; horizons: readonly number[] },
): SVGSVGElement | HTMLElement {
  const last = Math.max(0, ...points.map((p) => p.month));
  const atHorizon = points.filter((p) => options.horizons.includes(p.month));
  return Plot.plot({
    ...CHART,
    width: chartWidth(720),
    height: 300,
    marginLeft: 84,
    marginRight: 20,
    document: options.document,
    x: { domain: [0, last], ticks: [0, ...options.horizons], tickFormat: (m: number) => (m === 0 ? "start" : `${m} mnd`), label: null },
    y: { grid: true, label: "Winst, opgeteld vanaf de start", tickFormat: options.format },
    color: { domain: Object.values(BUSINESS_LINES), range: COLORS, legend: true },
    marks: [
      Plot.ruleY([0], { stroke: "#1d2330" }),
      Plot.lineY(
        points.filter((p) => p.line === BUSINESS_LINES.baseline),
        { x: "month", y: "profit", stroke: "line", strokeWidth: 2, strokeDasharray: "6,4", className: "baseline" },
      ),
      Plot.lineY(
        points.filter((p) => p.line === BUSINESS_LINES.scenario),
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
export function businessCaseHeadline(total: BusinessCaseTotal, money: (value: number) => string): string {
  const profit = Math.round(total.difference.profit);
  const revenue = Math.round(total.difference.revenue);
  if (profit === 0 && revenue === 0) return `Over ${total.months} maanden: geen verschil met de basis.`;
  const part = (value: number, rounded: number, what: string): string =>
    rounded === 0 ? `geen verschil in ${what}` : `${money(Math.abs(value))} ${rounded > 0 ? "meer" : "minder"} ${what}`;
  return `Over ${total.months} maanden: ${part(total.difference.profit, profit, "winst")} en ${part(total.difference.revenue, revenue, "omzet")} dan in de basis.`;
}

/**
 * Per lever (URL key) the change it makes in words, shown under its input, e.g. `dret` → "nu 56,4 % → 61,4 %".
 * `baseline` and `target` are the input's baseline and `applyLevers(input)`.
 */
export function businessLeverHints(baseline: Baseline, target: Baseline, format: { percent: (value: number) => string; money: (value: number) => string }): Record<string, string> {
  const { percent, money } = format;
  return {
    dret: `nu ${percent(baseline.retentionRate)} → ${percent(target.retentionRate)}`,
    dcus: `nu ${percent(baseline.crossUpsellRate)} van de orders → ${percent(target.crossUpsellRate)}`,
    daov: `nu ${money(baseline.averageOrderValue)} → ${money(target.averageOrderValue)}`,
    dfc: `nu ${money(baseline.fixedCostsPerYear)} per jaar → ${money(target.fixedCostsPerYear)}`,
  };
}
