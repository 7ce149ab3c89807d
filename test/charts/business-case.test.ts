import { describe, expect, it } from "vitest";
import { applyLevers, businessCase } from "../../loaders/metrics/business-case.ts";
import { businessCalculator as en } from "../../loaders/i18n/en/businessCalculator.ts";
import { BUSINESS_LINES, businessAssumptionTexts, businessCaseChart, businessCaseHeadline, businessCasePoints, businessLeverHints } from "../../src/charts/business-case.ts";
import { chartDocument } from "./rfm-fixtures.ts";

describe("businessCaseChart", () => {
  // Three months: baseline profit 1, 2, −3 and scenario 2, 2, 2 a month.
  const result = { baseline: { customers: [], revenue: [], profit: [1, 2, -3] }, scenario: { customers: [], revenue: [], profit: [2, 2, 2] } };

  it("accumulates profit from month 0", () => {
    const points = businessCasePoints(result);
    expect(points.filter((p) => p.line === BUSINESS_LINES.baseline).map((p) => [p.month, p.profit])).toEqual([[0, 0], [1, 1], [2, 3], [3, 0]]);
    expect(points.filter((p) => p.line === BUSINESS_LINES.scenario).map((p) => [p.month, p.profit])).toEqual([[0, 0], [1, 2], [2, 4], [3, 6]]);
  });

  it("draws both lines, a dot per line and horizon, horizon ticks and the legend", () => {
    const chart = businessCaseChart(businessCasePoints(result), { document: chartDocument(), format: String, horizons: [1, 3] });
    expect(chart.querySelectorAll(".baseline path")).toHaveLength(1);
    expect(chart.querySelectorAll(".scenario path")).toHaveLength(1);
    expect(chart.querySelectorAll(".horizons circle")).toHaveLength(4);
    expect(chart.textContent).toContain("3 mnd");
    for (const name of Object.values(BUSINESS_LINES)) expect(chart.textContent).toContain(name);
  });
});

describe("businessCaseHeadline", () => {
  const total = (profit: number, revenue: number) => ({ months: 36, baseline: { revenue: 0, profit: 0 }, scenario: { revenue, profit }, difference: { revenue, profit } });
  const money = (v: number) => `€ ${Math.round(v)}`;

  it.each([
    [total(720.4, 1343), "Over 36 maanden: € 720 meer winst en € 1343 meer omzet dan in de basis."],
    [total(-50, 10), "Over 36 maanden: € 50 minder winst en € 10 meer omzet dan in de basis."],
    [total(0, 10), "Over 36 maanden: geen verschil in winst en € 10 meer omzet dan in de basis."],
    [total(0.2, -0.4), "Over 36 maanden: geen verschil met de basis."],
  ])("words the difference (%#)", (t, expected) => {
    expect(businessCaseHeadline(t, money)).toBe(expected);
  });
});

describe("businessLeverHints", () => {
  it("says what each lever changes", () => {
    const base = { activeCustomers: 10, retentionRate: 0.5, ordersPerCustomerPerYear: 2, averageOrderValue: 100, crossUpsellRate: 0.2, grossMargin: 0.4, fixedCostsPerYear: 1000 };
    const target = { ...base, retentionRate: 0.55, crossUpsellRate: 0.22, averageOrderValue: 105, fixedCostsPerYear: 950 };
    const hints = businessLeverHints(base, target, { percent: (v) => `${Math.round(v * 1000) / 10} %`, money: (v) => `€ ${v}` });
    expect(hints).toEqual({
      dret: "nu 50 % → 55 %",
      dcus: "nu 20 % van de orders → 22 %",
      daov: "nu € 100 → € 105",
      dfc: "nu € 1000 per jaar → € 950",
    });
  });
});

describe("the calculator's texts in English", () => {
  const base = { activeCustomers: 1000, retentionRate: 0.5, ordersPerCustomerPerYear: 2, averageOrderValue: 100, crossUpsellRate: 0.2, grossMargin: 0.4, fixedCostsPerYear: 12000 };
  const levers = { retentionPoints: 10, crossUpsellPct: 0, aovPct: 5, costPct: 0 };

  it("draws the legend and ticks in English", () => {
    const result = { baseline: { customers: [], revenue: [], profit: [1, 2, -3] }, scenario: { customers: [], revenue: [], profit: [2, 2, 2] } };
    const chart = businessCaseChart(businessCasePoints(result, en.lines), { document: chartDocument(), format: String, horizons: [1, 3], words: en });
    expect(chart.textContent).toContain("3 mo");
    expect(chart.textContent).toContain("Baseline (as now)");
    expect(chart.textContent).not.toContain("mnd");
  });

  it("words the headline and hints in English", () => {
    const t = { months: 24, baseline: { revenue: 0, profit: 0 }, scenario: { revenue: -7, profit: 12 }, difference: { revenue: -7, profit: 12 } };
    expect(businessCaseHeadline(t, (v) => `€${v}`, en)).toBe("Over 24 months: €12 more profit and €7 less revenue than in the baseline.");
    const hints = businessLeverHints(base, { ...base, fixedCostsPerYear: 9000 }, { percent: (v) => `${v * 100}%`, money: (v) => `€${v}` }, en);
    expect(hints["dfc"]).toBe("now €12000 per year → €9000");
  });

  it("lists the same assumptions as the loaders' Dutch list, and the same figures in English", () => {
    const input = { baseline: base, levers };
    const target = applyLevers(input);
    // The Dutch list of the metric is the reference: the page's list in Dutch is the same text.
    expect(businessAssumptionTexts(base, target, "EUR", "nl-NL")).toEqual(businessCase(input, [12], "EUR").assumptions);
    const english = businessAssumptionTexts(base, target, "EUR", "en-GB", en);
    // Retention 50 % + 10 points = 60 %; monthly 0,5^(1/12) = 0,9439 → 94.4 %, 0,6^(1/12) = 0,9583 → 95.8 %; order value 100 × 1,05 = 105.
    expect(english[1]).toBe("Annual retention 50% (scenario 60%), evenly per month: monthly retention 94.4% (scenario 95.8%); those who leave do not come back.");
    expect(english[4]).toBe("Average order value €100.00 (scenario €105.00); the gross margin of 40% applies to all revenue, in the scenario too.");
    expect(english[0]).toBe("A fixed group of 1,000 active customers at the start; new customers are not counted, in the baseline and in the scenario.");
  });
});
