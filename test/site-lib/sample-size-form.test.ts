/**
 * The sample-size calculator's sentence: the same multi-variant correction as the Experimenten
 * results, decimal commas, plural, and messages in Dutch and English. Expected sizes are Evan Miller's formula
 * worked out with tabulated normal quantiles (z 0,9875 = 2,241403; z 0,975 = 1,959964; z 0,8 = 0,841621).
 */
import { describe, expect, it } from "vitest";
import { sampleSizeOutcome, type SampleSizeRaw } from "../../src/lib/sample-size-form.ts";

const base: SampleSizeRaw = { baseline: "5", mde: "10", relative: true, alpha: 0.05, power: 0.8, variants: "2", daily: "1000" };

describe("sampleSizeOutcome", () => {
  it("gives Evan Miller's size for two variants (5 % baseline, +10 % relative: 30.245 per variant)", () => {
    // (1,959964·√(2·0,05·0,95) + 0,841621·√(0,05·0,95 + 0,055·0,945))² / 0,005² = 30.244,4 → 30.245.
    expect(sampleSizeOutcome(base)).toEqual({ text: "30.245 bezoekers per variant, 60.490 in totaal: ongeveer 61 dagen bij 1.000 bezoekers per dag.", errors: {} });
  });

  it("tests each of three variants at p < 0,025, as the results do, and so asks for more visitors", () => {
    // z 0,9875 = 2,241403 instead of 1,959964: 36.579,7 → 36.580 per variant; 109.740 in all.
    const outcome = sampleSizeOutcome({ ...base, variants: "3" });
    expect(outcome.text).toBe(
      "36.580 bezoekers per variant, 109.740 in totaal: ongeveer 110 dagen bij 1.000 bezoekers per dag. Met 3 varianten telt een verschil pas bij p < 0,025 (0,05 gedeeld door 2), zoals bij de resultaten hierboven.",
    );
  });

  it("reads a decimal comma as a decimal, not as a thousands separator", () => {
    expect(sampleSizeOutcome({ ...base, baseline: "4,49" }).text).toBe(sampleSizeOutcome({ ...base, baseline: "4.49" }).text);
    expect(sampleSizeOutcome({ ...base, baseline: "4,49" }).errors).toEqual({});
  });

  it("says 1 dag and 1 bezoeker in the singular", () => {
    expect(sampleSizeOutcome({ ...base, daily: "70000" }).text).toMatch(/ongeveer 1 dag bij 70\.000 bezoekers per dag\.$/);
    expect(sampleSizeOutcome({ ...base, daily: "1" }).text).toMatch(/ongeveer 60\.490 dagen bij 1 bezoeker per dag\.$/);
  });

  it("refuses empty, negative and impossible inputs with a message per field, instead of guessing", () => {
    const outcome = sampleSizeOutcome({ ...base, variants: "-3", daily: "0", baseline: "" });
    expect(outcome.text).toBe("Controleer de invoer: zie de melding bij het veld.");
    expect(Object.keys(outcome.errors).sort()).toEqual(["baseline", "daily", "variants"]);
    expect(outcome.errors.variants).toContain("minstens 2");
    expect(outcome.errors.daily).toContain("minstens 1");
    expect(outcome.errors.baseline).toMatch(/^Vul de huidige conversie/);
    expect(sampleSizeOutcome({ ...base, relative: false, baseline: "95", mde: "5" }).errors.mde).toContain("onder de 100");
  });
});

describe("sampleSizeOutcome in English", () => {
  it("writes the same sizes in English number style with English plurals", () => {
    expect(sampleSizeOutcome(base, "en")).toEqual({ text: "30,245 visitors per variant, 60,490 in total: about 61 days at 1,000 visitors per day.", errors: {} });
    expect(sampleSizeOutcome({ ...base, daily: "70,000" }, "en").text).toBe("30,245 visitors per variant, 60,490 in total: about 1 day at 70,000 visitors per day.");
    expect(sampleSizeOutcome({ ...base, daily: "1" }, "en").text).toMatch(/about 60,490 days at 1 visitor per day\.$/);
  });

  it("states the three-variant correction in English: p < 0.025 (0.05 divided by 2)", () => {
    expect(sampleSizeOutcome({ ...base, variants: "3" }, "en").text).toBe(
      "36,580 visitors per variant, 109,740 in total: about 110 days at 1,000 visitors per day. With 3 variants a difference only counts at p < 0.025 (0.05 divided by 2), as in the results above.",
    );
  });

  it("reads 1,000 as a thousand in English and 1.000 as a thousand in Dutch (same result as 1000)", () => {
    expect(sampleSizeOutcome({ ...base, daily: "1,000" }, "en").text).toBe(sampleSizeOutcome(base, "en").text);
    expect(sampleSizeOutcome({ ...base, daily: "1.000" }, "nl").text).toBe(sampleSizeOutcome(base, "nl").text);
    // 4.49 % in English and 4,49 % in Dutch are the same input: the same visitors per variant, digits aside.
    const digits = (text: string) => text.split(" ")[0]!.replace(/[.,]/g, "");
    expect(digits(sampleSizeOutcome({ ...base, baseline: "4.49" }, "en").text)).toBe(digits(sampleSizeOutcome({ ...base, baseline: "4,49" }, "nl").text));
    expect(sampleSizeOutcome({ ...base, baseline: "4,49" }, "en").text).toBe(sampleSizeOutcome({ ...base, baseline: "4.49" }, "en").text);
  });

  it("refuses unusable inputs with English messages per field", () => {
    const outcome = sampleSizeOutcome({ ...base, variants: "-3", daily: "0", baseline: "" }, "en");
    expect(outcome.text).toBe("Check the input: see the message at the field.");
    expect(outcome.errors).toEqual({
      baseline: "Enter the current conversion (%): a number greater than 0 and less than 100, for example 4.5.",
      variants: "Number of variants must be a whole number at least 2 and at most 10, for example 3.",
      daily: "Number of visitors per day must be a whole number at least 1, for example 1000.",
    });
    expect(sampleSizeOutcome({ ...base, relative: false, baseline: "95", mde: "5" }, "en").errors.mde).toBe("The effect in percentage points plus the current conversion must stay below 100.");
  });
});
