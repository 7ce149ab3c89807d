import { describe, expect, it } from "vitest";
import { digitalShare } from "../../src/charts/digital-share.ts";
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
});
