/** The digest's three moment-of-truth lines: customers in a trigger, coverage and acceptance lift in the report month. */
import { describe, expect, it } from "vitest";
import { digest } from "../../loaders/notify/digest.ts";
import { digestMarkdown } from "../../loaders/notify/markdown.ts";
import { currentBundle } from "./fixtures.ts";

describe("digest: moments of truth", () => {
  it("lists triggers this month, coverage and acceptance lift after the other headline KPIs", () => {
    const bundle = currentBundle();
    const at = bundle.months.indexOf("2026-10");
    const values = (v: number, before: number) => bundle.months.map((_, i) => (i === at ? v : i === at - 1 ? before : null));
    bundle.series.push(
      { id: "trigger.entries", label: "Klanten in een trigger", unit: "count", better: "none", values: values(324, 330) },
      { id: "trigger.coverage", label: "Dekking triggers (aanbod op tijd)", unit: "percent", better: "up", values: values(0.409, 0.458) },
      { id: "offers.acceptance_lift", label: "Acceptatie op het moment t.o.v. anders", unit: "percent", better: "up", values: values(0.326, 0.319) },
    );
    const d = digest(bundle, null, { siteUrl: null, today: "2026-11-02" });
    const last = d.kpis.slice(-3);
    expect(last.map((k) => [k.id, k.value])).toEqual([
      ["trigger.entries", 324],
      ["trigger.coverage", 0.409],
      ["offers.acceptance_lift", 0.326],
    ]);
    expect(last[1]!.mom!.absolute).toBeCloseTo(-0.049, 12);
    const md = digestMarkdown(d);
    expect(md).toContain("Klanten in een trigger");
    expect(md).toContain("40,9");
    expect(md).toContain("32,6");
  });

  it("names the three in English in an English digest (the catalogue's series names, not the loaders' Dutch labels)", () => {
    const bundle = currentBundle();
    const values = bundle.months.map(() => 0.5);
    bundle.series.push(
      { id: "trigger.entries", label: "Klanten in een trigger", unit: "count", better: "none", values },
      { id: "trigger.coverage", label: "Dekking triggers (aanbod op tijd)", unit: "percent", better: "up", values },
      { id: "offers.acceptance_lift", label: "Lift acceptatie op het moment (t.o.v. anders)", unit: "percent", better: "up", values },
    );
    const english = digest(bundle, null, { siteUrl: null, today: "2026-11-02", language: "en" });
    expect(english.kpis.slice(-3).map((k) => k.label)).toEqual(["Customers in a trigger", "Trigger coverage (offer in time)", "Acceptance lift at the moment (vs otherwise)"]);
    const dutch = digest(bundle, null, { siteUrl: null, today: "2026-11-02", language: "nl" });
    expect(dutch.kpis.slice(-3).map((k) => k.label)).toEqual(["Klanten in een trigger", "Dekking triggers (aanbod op tijd)", "Lift acceptatie op het moment (t.o.v. anders)"]);
  });
});
