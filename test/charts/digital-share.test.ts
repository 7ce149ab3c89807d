import { describe, expect, it } from "vitest";
import { channelShareRows, digitalShare } from "../../src/charts/digital-share.ts";
import { chartDocument, marks } from "./commercial-charts.ts";

describe("digitalShare chart", () => {
  it("stacks one area per channel and draws the 50 % rule", () => {
    const rows = [0, 1].flatMap((m) => [
      { date: new Date(Date.UTC(2025, m, 1)), channel: "web", share: 0.6 },
      { date: new Date(Date.UTC(2025, m, 1)), channel: "store", share: 0.4 },
    ]);
    const chart = digitalShare(rows, { document: chartDocument(), channels: ["web", "store"], format: String });
    expect(marks(chart, "area")[0]!.querySelectorAll("path")).toHaveLength(2);
    expect(marks(chart, "rule")).toHaveLength(1);
  });

  it("channelShareRows: long rows per channel and month, null shares left out", () => {
    const rows = channelShareRows(["2025-01", "2025-02"], [
      { name: "web", shares: [0.6, null] },
      { name: "store", shares: [0.4, 1] },
    ]);
    expect(rows).toEqual([
      { date: new Date(Date.UTC(2025, 0, 1)), channel: "web", share: 0.6 },
      { date: new Date(Date.UTC(2025, 0, 1)), channel: "store", share: 0.4 },
      { date: new Date(Date.UTC(2025, 1, 1)), channel: "store", share: 1 },
    ]);
  });

  it("draws one unbroken area per channel and names channels by the given labels", () => {
    const rows = [0, 1, 2].flatMap((m) => [
      { date: new Date(Date.UTC(2025, m, 1)), channel: "web", share: 0.5 + m / 10 },
      { date: new Date(Date.UTC(2025, m, 1)), channel: "store", share: 0.5 - m / 10 },
    ]);
    const chart = digitalShare(rows, { document: chartDocument(), channels: ["web", "store"], format: String, labels: { web: "web (digitaal)" } });
    expect(marks(chart, "area")[0]!.querySelectorAll("path")).toHaveLength(2);
    expect(chart.textContent).toContain("web (digitaal)");
  });
});
