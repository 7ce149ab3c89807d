/**
 * One zod issue of the data description or the goals file in the reader's language: a schema's
 * custom check by its catalogue code (`schema.custom`), zod's own issues from their fields
 * (expected type, limits, allowed values). Never the written value: only its type ("found: text").
 * Callers parse with `{ reportInput: true }`: an issue without input is taken as a missing value
 * ("missing; expected …"), one with input names the type that was found ("found: text").
 */
import type { z } from "zod";
import type { Messages } from "../i18n/index.ts";
import type { SchemaParams } from "../i18n/nl/schema.ts";

type Issue = z.core.$ZodIssue;

/** The JSON/YAML type of a value, in the catalogue's words. */
function typeWords(t: Messages, value: unknown): string {
  const type = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  return t.schema.types[type] ?? type;
}

/** A value of a fixed list as written in YAML: strings quoted, numbers and booleans bare. */
const written = (v: unknown) => (typeof v === "string" ? `"${v}"` : String(v));

/** A number limit as written in the schema (bigint/Date limits as text). */
const limit = (n: unknown) => String(n instanceof Date ? n.toISOString().slice(0, 10) : n);

/** The text of a custom check whose message is a catalogue code, or null. */
function customText(issue: Issue, t: Messages): string | null {
  if (!Object.hasOwn(t.schema.custom, issue.message)) return null;
  const params: SchemaParams = { ...((issue as { params?: SchemaParams }).params ?? {}) };
  if (issue.code === "invalid_value") params.values = issue.values.map(String);
  return t.schema.custom[issue.message as keyof Messages["schema"]["custom"]](params);
}

/** The message of `issue` (without its path) in the language of `t`. */
export function issueText(issue: Issue, t: Messages): string {
  const custom = customText(issue, t);
  if (custom !== null) return custom;
  const s = t.schema;
  switch (issue.code) {
    case "invalid_type": {
      const expected = s.types[issue.expected] ?? issue.expected;
      if (!("input" in issue) || issue.input === undefined) return s.missing(expected);
      return s.wrongType(expected, typeWords(t, issue.input));
    }
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) === 1 ? s.notEmpty : s.minLength(Number(issue.minimum));
      if (issue.origin === "array" || issue.origin === "set") return s.minItems(Number(issue.minimum));
      return s.minNumber(limit(issue.minimum), issue.inclusive === true);
    case "too_big":
      if (issue.origin === "string") return s.maxLength(Number(issue.maximum));
      if (issue.origin === "array" || issue.origin === "set") return s.maxItems(Number(issue.maximum));
      return s.maxNumber(limit(issue.maximum), issue.inclusive === true);
    case "not_multiple_of":
      return s.multipleOf(limit(issue.divisor));
    case "invalid_value": {
      const expected = issue.values.length === 1 ? written(issue.values[0]) : s.oneOf(issue.values.map(written));
      return "input" in issue && issue.input !== undefined ? s.expected(expected) : s.missing(expected);
    }
    case "invalid_format":
      return issue.format === "regex" && issue.pattern ? s.pattern(issue.pattern) : s.format(issue.format);
    case "invalid_union": {
      const options = (issue as { options?: unknown[] }).options;
      return options && options.length > 0 ? s.expected(s.oneOf(options.map(written))) : s.invalid;
    }
    default:
      return s.invalid;
  }
}
