import { describe, expect, it } from "vitest";
import { glossaryParamsOf } from "../../loaders/lib/glossary-params.ts";

describe("glossaryParamsOf", () => {
  it("takes the bundle's kpi settings when it has them", () => {
    const kpi = { activeWindowMonths: 6, topShare: 0.1, lapsedDays: 60 };
    expect(glossaryParamsOf({ kpi, series: [{ id: "customers.active", label: "Actieve klanten (12 mnd)" }] })).toBe(kpi);
  });

  it("reads an older bundle's settings from the first number in its labels, in any language, else the defaults", () => {
    const series = [
      { id: "customers.active", label: "Active customers (6 mo)" },
      { id: "top.revenue_share", label: "Omzetaandeel top 10 % klanten" },
    ];
    expect(glossaryParamsOf({ series })).toEqual({ activeWindowMonths: 6, topShare: 0.1, lapsedDays: 90 });
  });
});
