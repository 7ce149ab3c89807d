import { describe, expect, it } from "vitest";
import { OUTSIDE_LABEL, pAlive, pAliveBinLabels, pAliveCells } from "../../src/charts/p-alive.ts";
import { chartDocument, sampleRepurchase } from "./rfm-fixtures.ts";

describe("pAlive", () => {
  const document = chartDocument();
  const { rfm, repurchase } = sampleRepurchase();
  const section = repurchase.section;
  const segments = rfm.section.segments;

  it("labels ten bins 0–10 % … 90–100 %", () => {
    expect(pAliveBinLabels(section.pAliveBins)).toEqual(["0–10 %", "10–20 %", "20–30 %", "30–40 %", "40–50 %", "50–60 %", "60–70 %", "70–80 %", "80–90 %", "90–100 %"]);
  });

  it("renders one row of ten cells per group with customers", () => {
    const cells = pAliveCells(section, segments);
    const groups = section.groups.filter((g) => g.customers !== 0).length;
    expect(cells).toHaveLength(groups * 10);
    const order = [...segments.map((s) => s.nameNl), OUTSIDE_LABEL];
    const chart = pAlive(cells, { document, order, bins: pAliveBinLabels(section.pAliveBins), format: String, minGroupSize: 10 });
    const hidden = cells.filter((c) => c.customers === null).length;
    expect(chart.querySelectorAll(".cells-shown rect")).toHaveLength(groups * 10 - hidden);
    expect(chart.querySelectorAll(".cells-hidden rect")).toHaveLength(hidden);
    // Empty cells carry no label (Plot skips empty text).
    expect(chart.querySelectorAll(".counts text")).toHaveLength(cells.filter((c) => c.customers !== 0).length);
    expect(chart.textContent).toContain(OUTSIDE_LABEL);
    // Level ticks without "%" (the unit is in the axis label), so they do not run into the label.
    const ticks = [...chart.querySelectorAll("[aria-label='x-axis tick label'] text")].map((t) => t.textContent);
    expect(ticks).toEqual(["0–10", "10–20", "20–30", "30–40", "40–50", "50–60", "60–70", "70–80", "80–90", "90–100"]);
    expect(chart.querySelector("[aria-label='x-axis tick label']")!.outerHTML).not.toContain("rotate");
  });

  it("has no cells when predictions are not published", () => {
    expect(pAliveCells({ ...section, groups: section.groups.map((g) => ({ ...g, pAlive: null })) }, segments)).toEqual([]);
  });
});
