import { describe, expect, it } from "vitest";
import { abTest, variantRates } from "../../src/charts/ab-test.ts";
import { chartDocument, marks } from "./commercial-charts.ts";

describe("abTest chart", () => {
  it("draws an interval and a dot per variant and the control's rate", () => {
    const variants = [
      { name: "A", control: true, rate: 0.1, low: 0.083, high: 0.12 },
      { name: "B", control: false, rate: 0.13, low: 0.11, high: 0.152 },
    ];
    const chart = abTest(variants, { document: chartDocument(), format: String });
    expect(chart.tagName.toLowerCase()).toBe("svg");
    const rules = marks(chart, "rule");
    expect(rules).toHaveLength(2); // the control's x rule and the interval rules
    expect(rules[1]!.querySelectorAll("line")).toHaveLength(2);
    expect(marks(chart, "dot")[0]!.querySelectorAll("circle")).toHaveLength(2);
  });

  it("variantRates: variants with a rate and interval, in order; a variant without visitors is left out", () => {
    const rates = variantRates([
      { name: "A", control: true, rate: 0.1, interval: { low: 0.08, high: 0.12 } },
      { name: "B", control: false, rate: null, interval: null },
    ]);
    expect(rates).toEqual([{ name: "A", control: true, rate: 0.1, low: 0.08, high: 0.12 }]);
  });

  it("names the control on the axis and writes each rate next to its dot", () => {
    const variants = [
      { name: "A", control: true, rate: 0.1, low: 0.083, high: 0.12 },
      { name: "B", control: false, rate: 0.13, low: 0.11, high: 0.152 },
    ];
    const chart = abTest(variants, { document: chartDocument(), format: (v) => `${Math.round(v * 100)}%` });
    expect(chart.textContent).toContain("A (controle)");
    expect([...marks(chart, "text")[0]!.querySelectorAll("text")].map((t) => t.textContent)).toEqual(["10%", "13%"]);
  });
});
