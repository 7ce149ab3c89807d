/** What visitors type into the calculators: decimal commas, and a Dutch message for every unusable value. */
import { describe, expect, it } from "vitest";
import { checkNumber, parseDecimal, typedNumber } from "../../src/lib/calculator-input.ts";

describe("parseDecimal", () => {
  it.each([
    ["4,49", 4.49],
    ["4.49", 4.49],
    [" 12 ", 12],
    ["-3", -3],
    ["\u22123", -3],
    [",5", 0.5],
    ["", null],
    ["abc", null],
    ["1.234,5", null],
    ["4,4,9", null],
  ])("%j → %s", (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it("writes numbers back as a Dutch reader types them", () => {
    expect(typedNumber(7.5)).toBe("7,5");
    expect(typedNumber(30)).toBe("30");
    expect(typedNumber(-2)).toBe("-2");
    expect(typedNumber(0.1 + 0.2)).toBe("0,3");
  });
});

describe("checkNumber", () => {
  const variants = { what: "het aantal varianten", min: { value: 2, inclusive: true }, max: { value: 10, inclusive: true }, whole: true, example: "3" };

  it("accepts a value in range", () => {
    expect(checkNumber("3", variants)).toEqual({ value: 3, error: null });
  });

  it("names the field and what to type, in Dutch, for empty, wrong and out-of-range input", () => {
    expect(checkNumber("", variants).error).toBe("Vul het aantal varianten in: een heel getal minstens 2 en hooguit 10, bijvoorbeeld 3.");
    expect(checkNumber("-3", variants).error).toBe("Aantal varianten moet een heel getal minstens 2 en hooguit 10, bijvoorbeeld 3 zijn.");
    expect(checkNumber("1", variants).error).toContain("minstens 2");
    expect(checkNumber("2,5", variants).error).toContain("een heel getal");
    expect(checkNumber("twee", variants).error).toBe("Aantal varianten is geen getal. Typ een heel getal minstens 2 en hooguit 10, bijvoorbeeld 3.");
    const share = { what: "de huidige conversie (%)", min: { value: 0, inclusive: false }, max: { value: 100, inclusive: false }, example: "4,5" };
    expect(checkNumber("0", share).error).toContain("groter dan 0 en kleiner dan 100");
    expect(checkNumber("4,49", share)).toEqual({ value: 4.49, error: null });
  });
});
