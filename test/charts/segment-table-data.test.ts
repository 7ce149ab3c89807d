import { describe, expect, it } from "vitest";
import { segmentTableData } from "../../src/charts/segment-table-data.ts";
import { movesSection } from "./rfm-fixtures.ts";

const NL = { locale: "nl-NL", currency: "EUR" };
// Intl writes a no-break space between € and the amount.
const eur = (text: string) => text.replace(/ /g, "\u00a0");

describe("segmentTableData", () => {
  it("formats March's at-risk row of MOVES (k = 1) in Dutch", () => {
    const rows = segmentTableData(movesSection(1).section, NL);
    expect(rows).toHaveLength(11);
    // 1 customer (P) of 3; revenue 100 of 120; window Feb–Mar: P 100 + 100 = 200 of 200 + S 20 + T 5 = 225
    // (88,9 %); AOV 200 / 2 orders = 100; same size as in February (0 change).
    expect(rows.find((r) => r.id === "at-risk")).toEqual({
      id: "at-risk",
      name: "Dreigt te vertrekken",
      nameEn: "At risk",
      color: "#d6604d",
      customers: "1",
      share: "33,3\u202F%",
      revenue: eur("€ 100,00"),
      revenueShare: "83,3\u202F%",
      windowRevenue: eur("€ 200,00"),
      windowRevenueShare: "88,9\u202F%",
      averageOrderValue: eur("€ 100,00"),
      delta: "0 (0\u202F%)",
      deltaTone: "neutral",
      action: "Persoonlijk contact opnemen",
      suppressed: false,
      revenueSuppressed: false,
    });
  });

  it("marks a shrinking good segment bad and a growing risky one bad", () => {
    const rows = segmentTableData(movesSection(1).section, NL);
    // about-to-sleep 2 → 0: −2 (−100 %), good news for a risky segment.
    expect(rows.find((r) => r.id === "about-to-sleep")).toMatchObject({ delta: "\u22122 (\u2212100\u202F%)", deltaTone: "good" });
    // lost 0 → 1: +1, no relative change from 0; bad news.
    expect(rows.find((r) => r.id === "lost")).toMatchObject({ delta: "+1", deltaTone: "bad" });
  });

  it("reads '–' for suppressed figures and flags them", () => {
    const rows = segmentTableData(movesSection(2).section, NL);
    expect(rows.find((r) => r.id === "at-risk")).toMatchObject({
      customers: "–",
      share: "–",
      revenue: "–",
      windowRevenue: "–",
      averageOrderValue: "–",
      delta: "–",
      suppressed: true,
      revenueSuppressed: true,
    });
    expect(rows.find((r) => r.id === "champions")).toMatchObject({ customers: "0", suppressed: false });
  });
});
