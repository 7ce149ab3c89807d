/**
 * The sample-size calculator's arithmetic as text in the reader's language: the inputs as typed
 * in, the result sentence or the messages per field. With more than two variants each variant is
 * tested at α ÷ (variants − 1), the same correction the Experimenten results apply, so the advice
 * matches how the test is judged.
 */
import type { Language } from "../../loaders/browser.ts";
import { daysNeeded, sampleSize } from "../../loaders/browser.ts";
import { calculatorWords, checkNumber, type NumberRule } from "./calculator-input.ts";

/** The calculator's fields as typed (text inputs) and chosen (selects, radio). */
export interface SampleSizeRaw {
  baseline: string;
  mde: string;
  relative: boolean;
  alpha: number;
  power: number;
  variants: string;
  daily: string;
}

/** The typed fields. */
export type SampleSizeField = "baseline" | "mde" | "variants" | "daily";

/** Rules of the typed fields, with their words in `language`. */
export function sampleSizeRules(language: Language = "nl"): Record<SampleSizeField, NumberRule> {
  const f = calculatorWords(language).sampleSize.fields;
  return {
    baseline: { what: f.baseline.what, min: { value: 0, inclusive: false }, max: { value: 100, inclusive: false }, example: f.baseline.example },
    mde: { what: f.mde.what, min: { value: 0, inclusive: false }, example: f.mde.example },
    variants: { what: f.variants.what, min: { value: 2, inclusive: true }, max: { value: 10, inclusive: true }, whole: true, example: f.variants.example },
    daily: { what: f.daily.what, min: { value: 1, inclusive: true }, whole: true, example: f.daily.example },
  };
}

/** The result: a sentence, or a message per field that is not usable. */
export interface SampleSizeOutcome {
  text: string;
  errors: Partial<Record<SampleSizeField, string>>;
}

/** Computes the sentence the calculator shows for these inputs, in `language`. */
export function sampleSizeOutcome(raw: SampleSizeRaw, language: Language = "nl"): SampleSizeOutcome {
  const words = calculatorWords(language);
  const w = words.sampleSize;
  const whole = new Intl.NumberFormat(words.locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(words.locale, { maximumFractionDigits: 4 });
  const rules = sampleSizeRules(language);
  const errors: SampleSizeOutcome["errors"] = {};
  const values: Partial<Record<SampleSizeField, number>> = {};
  for (const key of Object.keys(rules) as SampleSizeField[]) {
    const checked = checkNumber(raw[key], rules[key], language);
    if (checked.error !== null) errors[key] = checked.error;
    else values[key] = checked.value;
  }
  if (!raw.relative && values.baseline !== undefined && values.mde !== undefined && values.baseline + values.mde >= 100) errors.mde = w.mdeSum;
  if (Object.keys(errors).length > 0) return { text: w.checkInput, errors };
  const variants = values.variants!;
  const comparisons = variants - 1;
  const alpha = raw.alpha / comparisons;
  const size = sampleSize({ baseline: values.baseline! / 100, mde: values.mde! / 100, relative: raw.relative, alpha, power: raw.power });
  if (size === null) return { text: w.impossible, errors };
  const days = daysNeeded(size.perVariant, variants, values.daily!)!;
  const correction = comparisons > 1 ? w.correction(whole.format(variants), decimal.format(alpha), decimal.format(raw.alpha), whole.format(comparisons)) : "";
  return {
    text: w.result(whole.format(size.perVariant), whole.format(size.perVariant * variants), whole.format(days), days, whole.format(values.daily!), values.daily!) + correction,
    errors,
  };
}
