/** What visitors type into the calculators: decimal commas, thousands per language, and a message in the reader's language for every unusable value. */
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
    ["1.234,5", 1234.5],
    ["1.234", 1234],
    ["-12.345.678", -12345678],
    ["0.125", 0.125],
    ["1,234", 1.234],
    ["1,234.5", null],
    ["12.34,5", null],
    ["4,4,9", null],
  ])("nl: %j → %s", (text, value) => {
    expect(parseDecimal(text, "nl")).toBe(value);
  });

  it.each([
    ["1,234.5", 1234.5],
    ["1,234", 1234],
    ["12,345,678.25", 12345678.25],
    ["4.49", 4.49],
    ["4,49", 4.49],
    ["0,125", 0.125],
    ["1.234", 1.234],
    ["\u22121,000", -1000],
    ["1.234,5", null],
    ["1,23,456", null],
    ["", null],
  ])("en: %j → %s", (text, value) => {
    expect(parseDecimal(text, "en")).toBe(value);
  });

  it("writes numbers back as a Dutch reader types them", () => {
    expect(typedNumber(7.5)).toBe("7,5");
    expect(typedNumber(30)).toBe("30");
    expect(typedNumber(-2)).toBe("-2");
    expect(typedNumber(0.1 + 0.2)).toBe("0,3");
  });

  it("writes numbers back as an English reader types them", () => {
    expect(typedNumber(7.5, "en")).toBe("7.5");
    expect(typedNumber(1234.5, "en")).toBe("1234.5");
    expect(typedNumber(-2, "en")).toBe("-2");
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

describe("checkNumber in English", () => {
  const variants = { what: "the number of variants", min: { value: 2, inclusive: true }, max: { value: 10, inclusive: true }, whole: true, example: "3" };
  const share = { what: "the current conversion (%)", min: { value: 0, inclusive: false }, max: { value: 100, inclusive: false }, example: "4.5" };

  it("names the field and what to type, in English, for empty, wrong and out-of-range input", () => {
    expect(checkNumber("", variants, "en").error).toBe("Enter the number of variants: a whole number at least 2 and at most 10, for example 3.");
    expect(checkNumber("two", variants, "en").error).toBe("Number of variants is not a number. Type a whole number at least 2 and at most 10, for example 3.");
    expect(checkNumber("2.5", variants, "en").error).toBe("Number of variants must be a whole number at least 2 and at most 10, for example 3.");
    expect(checkNumber("0", share, "en").error).toBe("Current conversion (%) must be a number greater than 0 and less than 100, for example 4.5.");
    const limit = { what: "the value for “Fixed costs”", max: { value: 1234.5, inclusive: true }, example: "1" };
    expect(checkNumber("2000", limit, "en").error).toBe("Value for “Fixed costs” must be a number at most 1,234.5, for example 1.");
  });

  it("accepts 1,234.5 and refuses the Dutch 1.234,5 with an English message", () => {
    const money = { what: "the value for “Average order value (EUR)”", min: { value: 0, inclusive: true }, example: "1" };
    expect(checkNumber("1,234.5", money, "en")).toEqual({ value: 1234.5, error: null });
    expect(checkNumber("1.234,5", money, "en").error).toBe("Value for “Average order value (EUR)” is not a number. Type a number at least 0, for example 1.");
    expect(checkNumber("1.234,5", { ...money, what: "de waarde bij “Gemiddelde orderwaarde (EUR)”" }, "nl")).toEqual({ value: 1234.5, error: null });
  });
});
