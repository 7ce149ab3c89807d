/**
 * The sample-size calculator's arithmetic as text: the inputs as typed in, the result sentence or
 * the messages per field. With more than two variants each variant is tested at α ÷ (variants − 1),
 * the same correction the Experimenten results apply, so the advice matches how the test is judged.
 */
import { daysNeeded, sampleSize } from "../../loaders/browser.ts";
import { checkNumber, type NumberRule } from "./calculator-input.ts";

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

/** Rules of the typed fields. */
export const SAMPLE_SIZE_RULES: Record<"baseline" | "mde" | "variants" | "daily", NumberRule> = {
  baseline: { what: "de huidige conversie (%)", min: { value: 0, inclusive: false }, max: { value: 100, inclusive: false }, example: "4,5" },
  mde: { what: "het kleinste effect (%)", min: { value: 0, inclusive: false }, example: "10" },
  variants: { what: "het aantal varianten", min: { value: 2, inclusive: true }, max: { value: 10, inclusive: true }, whole: true, example: "3" },
  daily: { what: "het aantal bezoekers per dag", min: { value: 1, inclusive: true }, whole: true, example: "1000" },
};

/** The result: a sentence, or a message per field that is not usable. */
export interface SampleSizeOutcome {
  text: string;
  errors: Partial<Record<keyof typeof SAMPLE_SIZE_RULES, string>>;
}

const whole = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 4 });

/** Computes the sentence the calculator shows for these inputs. */
export function sampleSizeOutcome(raw: SampleSizeRaw): SampleSizeOutcome {
  const errors: SampleSizeOutcome["errors"] = {};
  const values: Partial<Record<keyof typeof SAMPLE_SIZE_RULES, number>> = {};
  for (const key of Object.keys(SAMPLE_SIZE_RULES) as (keyof typeof SAMPLE_SIZE_RULES)[]) {
    const checked = checkNumber(raw[key], SAMPLE_SIZE_RULES[key]);
    if (checked.error !== null) errors[key] = checked.error;
    else values[key] = checked.value;
  }
  if (!raw.relative && values.baseline !== undefined && values.mde !== undefined && values.baseline + values.mde >= 100) {
    errors.mde = "Het effect in procentpunten moet samen met de huidige conversie onder de 100 blijven.";
  }
  if (Object.keys(errors).length > 0) return { text: "Controleer de invoer: zie de melding bij het veld.", errors };
  const variants = values.variants!;
  const comparisons = variants - 1;
  const alpha = raw.alpha / comparisons;
  const size = sampleSize({ baseline: values.baseline! / 100, mde: values.mde! / 100, relative: raw.relative, alpha, power: raw.power });
  if (size === null) return { text: "Met deze invoer is geen steekproef te berekenen.", errors };
  const days = daysNeeded(size.perVariant, variants, values.daily!)!;
  const correction =
    comparisons > 1
      ? ` Met ${whole.format(variants)} varianten telt een verschil pas bij p < ${decimal.format(alpha)} (${decimal.format(raw.alpha)} gedeeld door ${whole.format(comparisons)}), zoals bij de resultaten hierboven.`
      : "";
  return {
    text:
      `${whole.format(size.perVariant)} bezoekers per variant, ${whole.format(size.perVariant * variants)} in totaal: ` +
      `ongeveer ${whole.format(days)} ${days === 1 ? "dag" : "dagen"} bij ${whole.format(values.daily!)} ${values.daily === 1 ? "bezoeker" : "bezoekers"} per dag.${correction}`,
    errors,
  };
}
