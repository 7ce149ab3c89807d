import { describe, expect, it } from "vitest";
import { parseConfig } from "../../loaders/sources/read-config.ts";
import { businessSection } from "../../loaders/bundle/business.ts";
import type { Series } from "../../loaders/bundle/types.ts";
import { businessCase } from "../../loaders/metrics/business-case.ts";
import { LoadError } from "../../loaders/model/load-error.ts";
import { ConfigSchema } from "../../loaders/schemas/config.ts";

// 24 months 2024-11 .. 2026-10; t = 23 is the last, t − 12 = 11 a year earlier.
const MONTHS = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor((10 + i) / 12)}-${String(((10 + i) % 12) + 1).padStart(2, "0")}`);
const flat = (v: number | null): (number | null)[] => MONTHS.map(() => v);
const withAt = (values: (number | null)[], at: Record<number, number | null>) => values.map((v, i) => (i in at ? at[i]! : v));
const s = (id: string, values: (number | null)[]): Series => ({ id, label: id, unit: "count", better: "up", values });

/** Active 1 000 a year ago and 1 100 now, 40 new a month; 3 orders of € 120 per active customer; 30 of 360 registered orders cross-/upsell a month. */
const SERIES: Series[] = [
  s("customers.active", withAt(flat(1000), { 23: 1100 })),
  s("customers.new", flat(40)),
  s("active.frequency", flat(3)),
  s("active.spend", flat(360)),
  s("orders", flat(500)),
  s("orders.unregistered", flat(200)),
  s("cross_sell.orders", flat(20)),
  s("upsell.orders", flat(10)),
];
const config = (business?: unknown, kpi?: unknown) =>
  ConfigSchema.parse({ version: 1, sources: [{ name: "t", kind: "transactions", files: "t.csv", columns: { date: "d", amount: "a" } }], ...(business === undefined ? {} : { business }), ...(kpi === undefined ? {} : { kpi }) });

describe("businessSection", () => {
  it("takes the baseline from the series, by hand", () => {
    const { section, warnings } = businessSection(SERIES, MONTHS, config());
    expect(warnings).toEqual([]);
    expect(section!.month).toBe("2026-10");
    expect(section!.baseline).toEqual({
      activeCustomers: 1100,
      retentionRate: 0.62, // (1 100 − 12 × 40) ÷ 1 000
      ordersPerCustomerPerYear: 3,
      averageOrderValue: 120, // 360 ÷ 3
      crossUpsellRate: 0.1, // 12 × (20 + 10) ÷ (12 × (500 − 200))
      grossMargin: 0.4, // default
      fixedCostsPerYear: 99_000, // 0.25 × 1 100 × 3 × 120
    });
    expect(section!.assumptions.map((a) => [a.field, a.origin])).toEqual([
      ["activeCustomers", "data"],
      ["retentionRate", "data"],
      ["ordersPerCustomerPerYear", "data"],
      ["averageOrderValue", "data"],
      ["crossUpsellRate", "data"],
      ["grossMargin", "default"],
      ["fixedCostsPerYear", "default"],
    ]);
    expect(section!.defaultScenario.levers).toEqual({ retentionPoints: 5, crossUpsellPct: 10, aovPct: 5, costPct: 5 });
  });

  it("runs the default scenario, amounts in cents", () => {
    const r = businessSection(SERIES, MONTHS, config()).section!.defaultResult;
    // Month 1 baseline: 1 100 × 3/12 × 120 = 33 000; profit 0.4 × 33 000 − 99 000/12 = 4 950.
    expect(r.baseline.revenue[0]).toBe(33_000);
    expect(r.baseline.profit[0]).toBe(4_950);
    // Scenario: orders 3 × 0.9 / 0.89, AOV 126, costs 94 050: revenue 1 100 × 2.7/0.89/12 × 126 = 35 039.3258…;
    // profit 0.4 × that − 7 837.50 = 6 178.2303…
    expect(r.scenario.revenue[0]).toBe(35_039.33);
    expect(r.scenario.profit[0]).toBe(6_178.23);
    // 12 months baseline: geometric series 33 000 (1 − 0.62)/(1 − 0.62^(1/12)).
    const revenue12 = (33_000 * (1 - 0.62)) / (1 - 0.62 ** (1 / 12));
    expect(r.totals.map((t) => t.months)).toEqual([12, 24, 36]);
    expect(r.totals[0]!.baseline.revenue).toBeCloseTo(revenue12, 2);
    expect(r.totals[0]!.baseline.profit).toBeCloseTo(0.4 * revenue12 - 99_000, 2);
    expect(r.baseline.revenue).toHaveLength(36);
    expect(r.assumptions[0]).toContain("1.100 actieve klanten");
  });

  it("uses configured margin, monthly costs, overrides and levers", () => {
    const { section } = businessSection(
      SERIES,
      MONTHS,
      config({ grossMargin: 0.3, fixedCostsPerMonth: 5_000, baseline: { retentionRate: 0.7, activeCustomers: 2_000 }, scenario: { retentionPoints: 0, crossUpsellPct: 0, aovPct: 0, costPct: 0 } }),
    );
    expect(section!.baseline).toMatchObject({ activeCustomers: 2_000, retentionRate: 0.7, grossMargin: 0.3, fixedCostsPerYear: 60_000 });
    expect(section!.assumptions.filter((a) => a.origin === "config").map((a) => a.field)).toEqual(["activeCustomers", "retentionRate", "grossMargin", "fixedCostsPerYear"]);
    expect(section!.defaultResult.totals[2]!.difference).toEqual({ revenue: 0, profit: 0 });
  });

  it("takes the fixed costs as a configured share of the yearly revenue", () => {
    const { section } = businessSection(SERIES, MONTHS, config({ fixedCostShare: 0.1 }));
    expect(section!.baseline.fixedCostsPerYear).toBe(39_600); // 0.1 × 396 000
    expect(section!.assumptions.at(-1)!.origin).toBe("config");
  });

  it("stops naming the field, in the reader's language, when the default scenario cannot be computed", () => {
    // Share 30/300 = 0.1; +900 % makes it 1.0, which no scenario can reach.
    const error = (() => {
      try {
        businessSection(SERIES, MONTHS, config({ scenario: { crossUpsellPct: 900 } }));
      } catch (e) {
        return e as LoadError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(LoadError);
    expect(error!.text("en")).toBe("data/klantbeeld.yaml, business: the default scenario cannot be computed; out of the valid range: levers.crossUpsellPct (see docs/metrics.md, business case)");
    expect(error!.text("nl")).toBe("data/klantbeeld.yaml, business: het standaardscenario is niet te berekenen; buiten het geldige bereik: levers.crossUpsellPct (zie docs/metrics.md, zakelijke case)");
  });

  it("works without cross-/upsell series: share 0, marked unavailable", () => {
    const { section } = businessSection(SERIES.filter((x) => !x.id.startsWith("cross_sell") && !x.id.startsWith("upsell")), MONTHS, config());
    expect(section!.baseline.crossUpsellRate).toBe(0);
    expect(section!.assumptions[4]!.origin).toBe("unavailable");
  });

  it("gives no section but a warning naming the setting when retention cannot be measured", () => {
    // Only 12 months: there is no "a year earlier".
    const short = SERIES.map((x) => ({ ...x, values: x.values.slice(12) }));
    const { section, warnings } = businessSection(short, MONTHS.slice(12), config());
    expect(section).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.code).toBe("business_baseline_missing");
    expect(warnings[0]!.message).toContain("business.baseline.retentionRate");
    // A hand-set retention fills the gap; the cross-/upsell share needs only the last 12 months.
    expect(businessSection(short, MONTHS.slice(12), config({ baseline: { retentionRate: 0.6 } })).section!.baseline.crossUpsellRate).toBe(0.1);
  });

  it("does not derive retention from another active window, and skips suppressed months", () => {
    expect(businessSection(SERIES, MONTHS, config(undefined, { activeWindowMonths: 6 })).section).toBeUndefined();
    const gap = SERIES.map((x) => (x.id === "customers.new" ? { ...x, values: withAt(x.values, { 15: null }) } : x));
    expect(businessSection(gap, MONTHS, config()).warnings[0]!.message).toContain("retentionRate");
  });

  it("names the config block on invalid settings and on a scenario that cannot be computed", () => {
    // An invalid block is refused where the whole description is validated, naming the field.
    const base = { version: 1, sources: [{ name: "t", kind: "transactions", files: "t.csv", columns: { date: "d", amount: "a" } }] };
    expect(() => parseConfig({ ...base, business: { grossMargin: 2 } })).toThrow(/data\/klantbeeld\.yaml is not valid:\n {2}business\.grossMargin: /);
    // 0.1 × (1 + 900 %) = 1: no core orders left.
    expect(() => businessSection(SERIES, MONTHS, config({ scenario: { crossUpsellPct: 900 } }))).toThrow(/business: the default scenario/);
  });

  it("agrees with the pure module on its own baseline (the browser recomputes with it)", () => {
    const { section } = businessSection(SERIES, MONTHS, config());
    const again = businessCase(section!.defaultScenario, section!.horizons);
    section!.defaultResult.totals.forEach((t, i) => {
      expect(t.scenario.profit).toBeCloseTo(again.totals[i]!.scenario.profit, 2);
    });
  });
});
