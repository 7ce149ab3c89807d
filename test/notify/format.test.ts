import { describe, expect, it } from "vitest";
import { deltaTone, formatDelta, formatNumber, formatValue, monthName } from "../../loaders/notify/format.ts";

describe("Dutch number formatting", () => {
  it.each([
    [1234567.891, 2, "1.234.567,89"],
    [-1234, 0, "−1.234"],
    [999, 0, "999"],
    [-0.04, 1, "0,0"],
    [0.5, 1, "0,5"],
  ])("formatNumber(%d, %d) = %s", (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });
  it.each([
    [121_000, "currency", "€ 121.000"],
    [54.25, "currency", "€ 54,25"],
    [0.5512, "percent", "55,1 %"],
    [1.456, "ratio", "1,46"],
    [12, "count", "12"],
    [2.35, "count", "2,4"],
    [null, "count", "–"],
  ] as const)("formatValue(%s, %s) = %s", (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
  it("formats changes: relative, percentage points, absolute when the base is 0", () => {
    expect(formatDelta({ base: 200, absolute: 30, relative: 0.15 }, "count")).toBe("+15,0 %");
    expect(formatDelta({ base: 0.5, absolute: -0.012, relative: -0.024 }, "percent")).toBe("−1,2 pp");
    expect(formatDelta({ base: 0, absolute: 7, relative: null }, "count")).toBe("+7");
    expect(formatDelta(null, "count")).toBe("–");
  });
  it("judges a change by the series' direction", () => {
    const up = { base: 1, absolute: 1, relative: 1 };
    expect([deltaTone(up, "up"), deltaTone(up, "down"), deltaTone(up, "none"), deltaTone(null, "up")]).toEqual(["good", "bad", "neutral", "neutral"]);
  });
  it("names months in Dutch", () => {
    expect(monthName("2026-03")).toBe("maart 2026");
  });
});
