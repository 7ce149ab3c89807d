/**
 * Reading what a visitor types into the calculators: decimal commas and points both accepted
 * (`4,49` and `4.49` are 4.49, never 449), and a Dutch message for every input that is not usable.
 * Pure functions, shared by the build (default result in the HTML) and the browser script.
 */

/** A typed number: `4,49`, `4.49`, `-3`, ` 12 `; thousands separators are refused (ambiguous). Null when not a number. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/^[\u2212\u2013]/, "-");
  if (!/^-?(\d+([.,]\d+)?|[.,]\d+)$/.test(t)) return null;
  return Number(t.replace(",", "."));
}

/** A number field's rule: its Dutch name, the allowed range and whether it must be whole. */
export interface NumberRule {
  /** What the field holds, for the message ("de huidige conversie"). */
  what: string;
  /** Smallest allowed value and whether it is allowed itself. */
  min?: { value: number; inclusive: boolean };
  max?: { value: number; inclusive: boolean };
  whole?: boolean;
  /** An example value as the visitor would type it ("4,5"). */
  example: string;
}

/** The checked value, or the Dutch message saying what to type instead. */
export type Checked = { value: number; error: null } | { value: null; error: string };

function bound(b: { value: number; inclusive: boolean }, below: boolean): string {
  const n = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 4 }).format(b.value);
  return below ? (b.inclusive ? `minstens ${n}` : `groter dan ${n}`) : b.inclusive ? `hooguit ${n}` : `kleiner dan ${n}`;
}

/** Checks one typed value against its rule. */
export function checkNumber(text: string, rule: NumberRule): Checked {
  const limits = [rule.min && bound(rule.min, true), rule.max && bound(rule.max, false)].filter(Boolean).join(" en ");
  const wanted = `${rule.whole ? "een heel getal" : "een getal"}${limits ? ` ${limits}` : ""}, bijvoorbeeld ${rule.example}`;
  if (text.trim() === "") return { value: null, error: `Vul ${rule.what} in: ${wanted}.` };
  const value = parseDecimal(text);
  if (value === null) return { value: null, error: `${capital(rule.what)} is geen getal. Typ ${wanted}.` };
  const low = rule.min && (rule.min.inclusive ? value < rule.min.value : value <= rule.min.value);
  const high = rule.max && (rule.max.inclusive ? value > rule.max.value : value >= rule.max.value);
  if (low || high || (rule.whole && !Number.isInteger(value))) return { value: null, error: `${capital(rule.what)} moet ${wanted} zijn.` };
  return { value, error: null };
}

function capital(text: string): string {
  return text.replace(/^(de|het|een) /, "").replace(/^./, (c) => c.toUpperCase());
}

/** A number as a Dutch reader types it into a field: decimal comma, no grouping, at most 10 decimals (`7,5`, `-2`, `30`). */
export function typedNumber(value: number): string {
  return new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 10, useGrouping: false }).format(Number(value.toPrecision(12))).replace("\u2212", "-");
}
