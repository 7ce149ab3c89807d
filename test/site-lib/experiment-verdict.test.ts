/**
 * The verdict sentence of a result card in the reader's language (src/lib/experiment-verdict.ts):
 * in Dutch it must say exactly what the loaders' verdict says (loaders/metrics/ab-verdict.ts is the
 * independent reference), in English the same figures in English words and number style.
 */
import { describe, expect, it } from "vitest";
import { abTest, type AbTestOptions } from "../../loaders/metrics/ab-test.ts";
import type { Experiment, Variant } from "../../loaders/schemas/experiments.ts";
import { messages } from "../../loaders/index.ts";
import { verdictText } from "../../src/lib/experiment-verdict.ts";
import { isoDay } from "../metrics/commercial-store.ts";

const v = (name: string, control: boolean, visitors: number, conversions: number, plannedShare: number | null = null): Variant => ({ name, control, plannedShare, visitors, conversions, revenue: null, line: 2 });
const experiment = (variants: Variant[], end = "2026-02-28"): Experiment => ({ name: "Checkout", start: isoDay("2026-02-01"), end: isoDay(end), file: "ab.csv", variants });
const OPTIONS: AbTestOptions = { asOfDay: isoDay("2026-03-31"), level: 0.95, alpha: 0.05, srmAlpha: 0.001, power: 0.8 };
const NL = { locale: "nl-NL", currency: "EUR" };
const EN = { locale: "en-GB", currency: "EUR" };

const cases: [string, Variant[], string?][] = [
  ["winner", [v("A", true, 1000, 100, 0.5), v("B", false, 1000, 130, 0.5)]],
  ["loser", [v("A", true, 1000, 130), v("B", false, 1000, 100)]],
  ["srm", [v("A", true, 1000, 100), v("B", false, 1200, 180)]],
  ["no_difference", [v("A", true, 1000, 100), v("B", false, 1000, 105)]],
  ["inconclusive", [v("A", true, 1000, 100), v("B", false, 1000, 105)], "2026-04-30"],
  ["winner while running", [v("A", true, 1000, 100), v("B", false, 1000, 140), v("C", false, 1000, 160)], "2026-04-30"],
  ["no_data", [v("A", true, 1000, 100), v("B", false, 0, 0)]],
  ["invalid", [v("A", false, 1000, 100), v("B", false, 1000, 105)]],
];

describe("verdictText", () => {
  it.each(cases)("in Dutch says what the loaders say (%s)", (_, variants, end) => {
    const result = abTest(experiment(variants, end), OPTIONS);
    expect(verdictText(result, 0.95, messages("nl").experiments.verdict, NL)).toBe(result.verdict.text);
  });

  it("in English: the winner with its figures in English style", () => {
    const result = abTest(experiment(cases[0]![1]), OPTIONS);
    // The same figures as the Dutch reference in test/metrics/ab-test.test.ts: 13,0% tegen 10,0% bij A (+30,0%, 95%-interval +1,7% tot +66,2%; p = 0,035), 98%.
    expect(verdictText(result, 0.95, messages("en").experiments.verdict, EN)).toBe(
      "B wins: conversion 13.0% against 10.0% for A (+30.0%, 95% interval +1.7% to +66.2%; p = 0.035). Chance that B is better than A: 98%.",
    );
  });

  it("in English: an interim reading names the end date in English and asks to wait", () => {
    const result = abTest(experiment(cases[4]![1], cases[4]![2]), OPTIONS);
    const text = verdictText(result, 0.95, messages("en").experiments.verdict, EN);
    expect(text).toMatch(/^Interim reading \(the test runs until 30 April 2026\): no significant difference yet\. B: conversion 10\.5% against 10\.0% for A \(\+5\.0%, /);
    expect(text).toMatch(/Let the test run until its planned end date\.$/);
  });

  it("in English: a sample-ratio mismatch, p below 0.0001", () => {
    const result = abTest(experiment(cases[2]![1]), OPTIONS);
    expect(verdictText(result, 0.95, messages("en").experiments.verdict, EN)).toMatch(/^Not reliable: .*\(SRM test, p < 0\.0001, equal split assumed\)\./);
  });

  it("has no Dutch word left in any English verdict", () => {
    for (const [, variants, end] of cases) {
      const text = verdictText(abTest(experiment(variants, end), OPTIONS), 0.95, messages("en").experiments.verdict, EN);
      expect(text).not.toMatch(/\b(tegen|bij|wint|kans|conversie|verschil|geen|niet|tot)\b|\d,\d/i);
    }
  });
});
