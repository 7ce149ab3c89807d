import { describe, expect, it } from "vitest";
import { occurs, sensitiveTerms } from "../../loaders/protect/clear-text.ts";
import { BUNDLE } from "./fixtures.ts";

describe("occurs", () => {
  it.each([
    ["€ 1.234.567 omzet", "1.234.567", true],
    ["a1b2c31234567ff", "1234567", false], // inside hexadecimal ciphertext: not a token
    ["x=1234567;", "1234567", true],
    ["Kampioenen", "Kampioen", false],
    ["Kampioen: 12", "Kampioen", true],
    ["", "Kampioen", false],
  ])("%j contains %j as a token: %s", (text, term, expected) => {
    expect(occurs(text, term)).toBe(expected);
  });
});

describe("sensitiveTerms", () => {
  it("takes revenue figures (grouped from 1 000, bare from 10 000), all segment names, goal titles and file names", () => {
    const terms = sensitiveTerms(BUNDLE);
    expect(terms.filter(([k]) => k === "revenue").map(([, t]) => t)).toEqual(["1.234.567", "1234567"]);
    expect(terms.filter(([k]) => k === "segment")).toHaveLength(22);
    expect(terms.filter(([k]) => k === "segment").map(([, t]) => t)).toContain("Winterslaap");
    expect(terms.filter(([k]) => k === "goal").map(([, t]) => t)).toEqual(["Omzet van Kampioenen +10 %"]);
    expect(terms.filter(([k]) => k === "file").map(([, t]) => t)).toEqual(["webshop/webshop-2024.csv", "webshop-2024.csv"]);
  });
});
