/** The calculators (English): see the Dutch reference. Keep it free of imports other than the type. */

/** A count with its noun, singular for exactly 1 (a copy of ../plural.ts: this island area stays import-free). */
const counted = (n: number | string | undefined, one: string, many: string) => `${n} ${String(n) === "1" ? one : many}`;
import type { calculators as nl } from "../nl/calculators.ts";

const subject = (what: string) => what.replace(/^(the|a|an) /, "").replace(/^./, (c) => c.toUpperCase());

export const calculators: typeof nl = {
  locale: "en-GB",
  input: {
    number: "a number",
    wholeNumber: "a whole number",
    atLeast: (n: string) => `at least ${n}`,
    greaterThan: (n: string) => `greater than ${n}`,
    atMost: (n: string) => `at most ${n}`,
    lessThan: (n: string) => `less than ${n}`,
    and: " and ",
    wanted: (kind: string, limits: string, example: string) => `${kind}${limits ? ` ${limits}` : ""}, for example ${example}`,
    empty: (what: string, wanted: string) => `Enter ${what}: ${wanted}.`,
    notANumber: (what: string, wanted: string) => `${subject(what)} is not a number. Type ${wanted}.`,
    outOfRange: (what: string, wanted: string) => `${subject(what)} must be ${wanted}.`,
    valueAt: (label: string) => `the value for “${label}”`,
  },
  sampleSize: {
    title: "How many visitors does a test need?",
    needsJs: "This calculator works with JavaScript. Without JavaScript you only see the result for the default values.",
    inputs: "Inputs",
    fields: {
      baseline: { label: "Current conversion (%)", what: "the current conversion (%)", example: "4.5" },
      mde: { label: "Smallest effect you want to be able to show (%)", what: "the smallest effect (%)", example: "10" },
      variants: { label: "Variants (incl. control)", what: "the number of variants", example: "3" },
      daily: { label: "Visitors per day", what: "the number of visitors per day", example: "1000" },
    },
    effectIs: "Effect is",
    relative: "relative (+10% of the conversion)",
    absolute: "absolute (percentage points)",
    confidence: "Confidence",
    power: "Statistical power",
    checkInput: "Check the input: see the message at the field.",
    impossible: "No sample size can be computed from this input.",
    mdeSum: "The effect in percentage points plus the current conversion must stay below 100.",
    result: (perVariant: string, total: string, days: string, dayCount: number, daily: string, dailyCount: number) =>
      `${perVariant} visitors per variant, ${total} in total: about ${days} ${dayCount === 1 ? "day" : "days"} at ${daily} ${dailyCount === 1 ? "visitor" : "visitors"} per day.`,
    correction: (variants: string, alpha: string, base: string, comparisons: string) =>
      ` With ${counted(variants, "variant", "variants")} a difference only counts at p < ${alpha} (${base} divided by ${comparisons}), as in the results above.`,
    note: "Evan Miller's formula (two-sided test); rounded up. With more than two variants each variant is tested more strictly (α divided by the number of variants besides the control), as in the results.",
  },
};
