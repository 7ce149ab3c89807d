import { describe, expect, it } from "vitest";
import { dayOf } from "../../loaders/lib/months.ts";
import { csvRow, dutchAmount, dutchCount, dutchDate, pointAmount } from "../../loaders/sample/format.ts";

describe("sample formats", () => {
  it.each([
    [0, "0.00", "0,00"],
    [5, "0.05", "0,05"],
    [1999, "19.99", "19,99"],
    [-2499, "-24.99", "-24,99"],
    [99_900, "999.00", "999,00"],
    [109_900, "1099.00", "1.099,00"],
    [123_456_789, "1234567.89", "1.234.567,89"],
  ])("%i cents → %s and %s", (cents, point, dutch) => {
    expect(pointAmount(cents)).toBe(point);
    expect(dutchAmount(cents)).toBe(dutch);
  });

  it("writes counts with a thousands dot above 999", () => {
    expect([0, 999, 1000, 12_345, 1_000_000].map(dutchCount)).toEqual(["0", "999", "1.000", "12.345", "1.000.000"]);
  });

  it("writes dates as dd-mm-yyyy", () => {
    expect(dutchDate(dayOf(2025, 3, 1))).toBe("01-03-2025");
    expect(dutchDate(dayOf(2024, 12, 31))).toBe("31-12-2024");
  });

  it("quotes only fields that need it", () => {
    expect(csvRow(["a", "b,c", 'x"y', "r\nq"], ",")).toBe('a,"b,c","x""y","r\nq"');
    expect(csvRow(["1,5", "b"], ";")).toBe("1,5;b");
  });
});
