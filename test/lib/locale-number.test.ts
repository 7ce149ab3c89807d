import { describe, expect, it } from "vitest";
import { numberParser, toCents } from "../../loaders/lib/locale-number.ts";

describe("numberParser", () => {
  const dutch = numberParser({ decimal: ",", thousands: "." });
  const plain = numberParser({ decimal: ".", thousands: "" });

  it.each([
    ["1.234,56", 1234.56],
    ["-12,5", -12.5],
    ["1234,5", 1234.5],
    ["1.234.567", 1234567],
    [" 7 ", 7],
    ["+3,00", 3],
  ])("reads the Dutch %s as %d", (text, value) => expect(dutch(text)).toBe(value));

  it.each(["", "1,234.56", "12,3,4", "1.23,4", "12.34", "€ 5", "1e3", "4.440892e-16", "--1", "1,"])("rejects %j under a decimal comma", (text) => {
    expect(dutch(text)).toBeNaN();
  });

  it("reads a decimal point only where the format says so", () => {
    expect(plain("1234.56")).toBe(1234.56);
    expect(plain("1,5")).toBeNaN();
    expect(plain("1.234,56")).toBeNaN();
  });
});

describe("toCents", () => {
  it("rounds to whole cents", () => {
    expect(toCents(0.1 + 0.2)).toBe(0.3);
    expect(toCents(10.005)).toBe(10.01);
    expect(toCents(-2.499)).toBe(-2.5);
  });
});
