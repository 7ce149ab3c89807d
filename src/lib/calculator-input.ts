/**
 * Reading what a visitor types into the calculators, in the reader's language: decimal commas and
 * points both accepted (`4,49` and `4.49` are 4.49, never 449), thousands grouped the locale's way
 * (`1.234,5` in Dutch, `1,234.5` in English), and a message in the reader's language for every
 * input that is not usable. Pure functions, shared by the build (default result in the HTML) and the
 * browser scripts, which is why the words come from the calculators' area files only.
 */
import type { Language } from "../../loaders/browser.ts";
import { calculatorsNl as nl } from "../../loaders/browser.ts";
import { calculatorsEn as en } from "../../loaders/browser.ts";

/** The calculators' words of a language (the `calculators` catalogue area). */
export function calculatorWords(language: Language): typeof nl {
  return language === "en" ? en : nl;
}

/**
 * A typed number: `4,49`, `4.49`, `-3`, ` 12 `; thousands grouped in threes with the language's
 * group separator, before its decimal separator (nl `1.234,5` and `1.234`, en `1,234.5` and `1,234`).
 * Any other single comma or point is a decimal separator (nl `4.49`, en `4,49`). Null when not a number
 * (`1,234.5` in Dutch, `1.234,5` in English, `4,4,9`).
 */
export function parseDecimal(text: string, language: Language = "nl"): number | null {
  const t = text.trim().replace(/^[\u2212\u2013]/, "-");
  const [group, decimal] = language === "en" ? [",", "\\."] : ["\\.", ","];
  const grouped = new RegExp(`^(-?)([1-9]\\d{0,2}(?:${group}\\d{3})+)(?:${decimal}(\\d+))?$`).exec(t);
  if (grouped) return Number(`${grouped[1]}${grouped[2]!.replace(/[.,]/g, "")}${grouped[3] === undefined ? "" : `.${grouped[3]}`}`);
  if (!/^-?(\d+([.,]\d+)?|[.,]\d+)$/.test(t)) return null;
  return Number(t.replace(",", "."));
}

/** A number field's rule: what it holds, the allowed range and whether it must be whole. */
export interface NumberRule {
  /** What the field holds, in a sentence of the reader's language ("het aantal varianten"). */
  what: string;
  /** Smallest allowed value and whether it is allowed itself. */
  min?: { value: number; inclusive: boolean };
  max?: { value: number; inclusive: boolean };
  whole?: boolean;
  /** An example value as the visitor would type it ("4,5"). */
  example: string;
}

/** The checked value, or the message saying what to type instead. */
export type Checked = { value: number; error: null } | { value: null; error: string };

/** Checks one typed value against its rule; the message is in `language`. */
export function checkNumber(text: string, rule: NumberRule, language: Language = "nl"): Checked {
  const words = calculatorWords(language);
  const w = words.input;
  const number = new Intl.NumberFormat(words.locale, { maximumFractionDigits: 4 });
  const bound = (b: { value: number; inclusive: boolean }, below: boolean) => {
    const n = number.format(b.value);
    return below ? (b.inclusive ? w.atLeast(n) : w.greaterThan(n)) : b.inclusive ? w.atMost(n) : w.lessThan(n);
  };
  const limits = [rule.min && bound(rule.min, true), rule.max && bound(rule.max, false)].filter(Boolean).join(w.and);
  const wanted = w.wanted(rule.whole ? w.wholeNumber : w.number, limits, rule.example);
  if (text.trim() === "") return { value: null, error: w.empty(rule.what, wanted) };
  const value = parseDecimal(text, language);
  if (value === null) return { value: null, error: w.notANumber(rule.what, wanted) };
  const low = rule.min && (rule.min.inclusive ? value < rule.min.value : value <= rule.min.value);
  const high = rule.max && (rule.max.inclusive ? value > rule.max.value : value >= rule.max.value);
  if (low || high || (rule.whole && !Number.isInteger(value))) return { value: null, error: w.outOfRange(rule.what, wanted) };
  return { value, error: null };
}

/** A number as a reader of `language` types it into a field: no grouping, at most 10 decimals (nl `7,5`, en `7.5`; `-2`, `30`). */
export function typedNumber(value: number, language: Language = "nl"): string {
  return new Intl.NumberFormat(calculatorWords(language).locale, { maximumFractionDigits: 10, useGrouping: false }).format(Number(value.toPrecision(12))).replace("\u2212", "-");
}
