import { describe, expect, it } from "vitest";
import { rfmSection } from "../../loaders/bundle/rfm.ts";
import { parseMonthKey } from "../../loaders/lib/months.ts";
import { SEGMENT_IDS } from "../../loaders/metrics/rfm-segments.ts";
import { ConfigSchema } from "../../loaders/schemas/config.ts";
import { MOVES, readCdnowExtractRows, storeOf } from "../metrics/rfm-store.ts";
import { describeSuppression } from "./rfm-suppression.ts";

const JAN = parseMonthKey("2024-01");
const MAR = parseMonthKey("2024-03");
const configOf = (extra: Record<string, unknown>) =>
  ConfigSchema.parse({ version: 1, sources: [{ name: "t", kind: "transactions", files: "t.csv", columns: { date: "d", amount: "a" } }], ...extra });
const at = (id: string) => SEGMENT_IDS.indexOf(id as (typeof SEGMENT_IDS)[number]);

// Segments of MOVES with a 2-month window, worked out in test/metrics/rfm-history.test.ts (P Q S T U):
//   Jan: about-to-sleep P Q, hibernating S, potential-loyalist U
//   Feb: champions P, about-to-sleep Q U, at-risk S, potential-loyalist T
//   Mar: at-risk P, potential-loyalist S, lost T
describe("rfmSection on MOVES without suppression (k = 1)", () => {
  const config = configOf({ minGroupSize: 1, rfm: { windowMonths: 2, actions: { lost: "Niet meer mailen" } } });
  const { series, section } = rfmSection(storeOf(MOVES), config, JAN, MAR);
  const values = (id: string) => series.find((s) => s.id === id)!.values;

  it("gives three series per segment, aligned with Jan..Mar", () => {
    expect(series).toHaveLength(33);
    expect(series.slice(0, 3).map((s) => [s.id, s.label, s.unit, s.better])).toEqual([
      ["segment.champions.customers", "Klanten – Kampioen", "count", "up"],
      ["segment.champions.revenue", "Omzet – Kampioen", "currency", "up"],
      ["segment.champions.revenue_share", "Omzetaandeel – Kampioen", "percent", "up"],
    ]);
    expect(values("segment.champions.customers")).toEqual([0, 1, 0]);
    expect(values("segment.about-to-sleep.customers")).toEqual([2, 2, 0]);
    expect(values("segment.potential-loyalist.customers")).toEqual([1, 1, 1]);
    expect(values("segment.lost.customers")).toEqual([0, 0, 1]);
    // Revenue of the month's orders: Jan P + Q = 110; Feb U's return −200; Mar 0.
    expect(values("segment.about-to-sleep.revenue")).toEqual([110, -200, 0]);
    // Shares: Jan 110/360; Feb total −88 → no share; Mar at-risk 100/120.
    expect(values("segment.about-to-sleep.revenue_share")).toEqual([0.3056, null, 0]);
    expect(values("segment.at-risk.revenue_share")).toEqual([0, null, 0.8333]);
  });

  it("fills the March table, grid and totals", () => {
    expect([section.month, section.asOf, section.months]).toEqual(["2024-03", "2024-03-31", ["2024-01", "2024-02", "2024-03"]]);
    const atRisk = section.table[at("at-risk")]!;
    // P: 1 of 3 scored; revenue 100 of 120; window Feb–Mar 200 of 225 (P 200, S 20, T 5); AOV 200/2;
    // at-risk had 1 customer (S) in February: delta 0.
    expect(atRisk).toEqual({
      id: "at-risk",
      customers: 1,
      share: 0.3333,
      revenue: 100,
      revenueShare: 0.8333,
      windowRevenue: 200,
      windowRevenueShare: 0.8889,
      averageOrderValue: 100,
      customersDelta: 0,
      customersDeltaRelative: 0,
      action: "Persoonlijk contact opnemen",
    });
    expect(section.table[at("lost")]!.action).toBe("Niet meer mailen");
    expect(section.segments[at("lost")]!.action).toBe("Niet meer mailen");
    // about-to-sleep: 2 in Feb, 0 in Mar → −2, −100 %.
    expect([section.table[at("about-to-sleep")]!.customersDelta, section.table[at("about-to-sleep")]!.customersDeltaRelative]).toEqual([-2, -1]);
    // P R2 FM4, S R4 FM2, T R1 FM1.
    expect(section.grid).toEqual([
      [1, 0, 0, 0, 0],
      [0, 0, 0, 1, 0],
      [0, 0, 0, 0, 0],
      [0, 1, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
    expect(section.totals).toEqual({ customers: 3, revenue: 120, windowRevenue: 225 });
    expect(section.rules[0]).toEqual({ segment: "champions", r: [5, 5], fm: [4, 5] });
  });

  it("has a migration from the previous month and from a year earlier for every month, and the alert counts", () => {
    expect(section.migrations.map((m) => [m.month, m.previous.from, m.yearAgo.from])).toEqual([
      ["2024-01", "2023-12", "2023-01"],
      ["2024-02", "2024-01", "2023-02"],
      ["2024-03", "2024-02", "2023-03"],
    ]);
    const cell = (counts: (number | null)[][], from: string, to: string) => counts[from === "new" ? 11 : at(from)]![to === "out" ? 11 : at(to)];
    // January: everyone is new (nobody bought before 2024).
    const jan = section.migrations[0]!.previous.counts;
    expect([cell(jan, "new", "about-to-sleep"), cell(jan, "new", "hibernating"), cell(jan, "new", "potential-loyalist")]).toEqual([2, 1, 1]);
    const mar = section.migrations[2]!.previous.counts;
    expect([cell(mar, "champions", "at-risk"), cell(mar, "about-to-sleep", "out"), cell(mar, "at-risk", "potential-loyalist"), cell(mar, "potential-loyalist", "lost")]).toEqual([1, 2, 1, 1]);
    expect(section.alerts).toEqual([
      {
        from: ["champions", "loyal", "cant-lose-them"],
        to: ["at-risk", "lost", "hibernating"],
        label: "Kampioen, Loyale klant, Mag niet gaan → Dreigt te vertrekken, Vertrokken, Winterslaap",
        latest: 1,
        months: [0, 0, 1],
      },
    ]);
  });

  it("is deterministic: the same input gives the same JSON", () => {
    const again = rfmSection(storeOf(MOVES), config, JAN, MAR);
    expect(JSON.stringify(again.section)).toBe(JSON.stringify(section));
    expect(JSON.stringify(again.series)).toBe(JSON.stringify(series));
  });
});

describe("rfmSection on MOVES with k = 2", () => {
  const { series, section } = rfmSection(storeOf(MOVES), configOf({ minGroupSize: 2, rfm: { windowMonths: 2 } }), JAN, MAR);
  const values = (id: string) => series.find((s) => s.id === id)!.values;

  it("hides the segments of one customer; two hidden segments together hold ≥ 2", () => {
    // Jan: hibernating 1, potential-loyalist 1 hidden (together 2); about-to-sleep 2 shown.
    // Feb: champions, at-risk, potential-loyalist (1 each) hidden; about-to-sleep 2 shown. Mar: all three hidden.
    expect(values("segment.about-to-sleep.customers")).toEqual([2, 2, 0]);
    expect(values("segment.hibernating.customers")).toEqual([null, 0, 0]);
    expect(values("segment.potential-loyalist.customers")).toEqual([null, null, null]);
    expect(values("segment.champions.customers")).toEqual([0, null, 0]);
    expect(values("segment.lost.customers")).toEqual([0, 0, null]);
    expect(section.totals.customers).toBe(3);
  });

  it("hides revenue bought by fewer than k customers, and its share", () => {
    // Jan about-to-sleep: P and Q bought → 110 shown. Feb about-to-sleep: only U (a return) → hidden.
    expect(values("segment.about-to-sleep.revenue")).toEqual([110, null, 0]);
    expect(values("segment.about-to-sleep.revenue_share")).toEqual([0.3056, null, 0]);
    expect(values("segment.potential-loyalist.revenue")).toEqual([null, null, null]);
  });

  it("hides the March table rows, grid cells, migration cells and the alert of single customers", () => {
    expect(section.table[at("at-risk")]).toMatchObject({ customers: null, share: null, revenue: null, windowRevenue: null, averageOrderValue: null, customersDelta: null });
    expect(section.grid.flat().filter((v) => v === null)).toHaveLength(3);
    // Feb → Mar: only about-to-sleep → out (Q, U: 2) is shown; the three single moves are hidden.
    const counts = section.migrations[2]!.previous.counts;
    expect(counts[at("about-to-sleep")]![11]).toBe(2);
    expect(counts.flat().filter((v) => v === null)).toHaveLength(3);
    expect(counts.flat().filter((v) => v !== null && v > 0)).toEqual([2]);
    expect(section.alerts[0]!.months).toEqual([0, 0, null]);
  });
});

describeSuppression("the CDNOW_master.csv extract (customers 00001..00300)", readCdnowExtractRows());
