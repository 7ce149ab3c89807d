/**
 * Turns zod issues of the data description into lines an analyst can act on: the YAML path,
 * the line and column in `klantbeeld.yaml` (when the text is known) and, for a misspelt key,
 * the known key it is closest to ("did you mean …").
 */
import { isMap, isScalar, type Document, type LineCounter } from "yaml";
import type { z } from "zod";
import { type Messages, messages } from "../i18n/index.ts";
import { issueText } from "./issue-text.ts";

/** The parsed YAML text behind a config, for line numbers. */
export interface ConfigText {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** `sources[1].format.decimal` for a zod path. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "") || "(top level)";
}

/** Edit distance of two short strings (insert, delete, substitute, swap of neighbours). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The known key closest to `key` (case-insensitive, at most a quarter of its letters off, at least 1), or null. */
export function didYouMean(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(key.length / 4)) + 1;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance || (distance === bestDistance && best !== null && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Line and column (1-based) of the node at `path`, or of the key `key` in the mapping there; the nearest existing parent otherwise. */
function locate(text: ConfigText, path: readonly PropertyKey[], key?: string): { line: number; col: number } | null {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? text.doc.contents : text.doc.getIn(path.slice(0, n) as (string | number)[], true);
    const range = node !== null && typeof node === "object" ? (node as { range?: readonly number[] | null }).range : null;
    if (!range) continue;
    let offset = range[0]!;
    if (key !== undefined && n === path.length && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
    }
    return text.lineCounter.linePos(offset);
  }
  return null;
}

/**
 * One line per problem: `data/klantbeeld.yaml:12:3 rejectTreshold: unknown key; did you mean
 * "rejectThreshold"?` (the place only when the YAML text is known). `known` lists every key the
 * schema knows, for the suggestions. Every word comes from the catalogue `t` (English by default):
 * the schemas' checks by their codes, zod's own issues from their fields (`lib/issue-text.ts`).
 */
export function issueLines(file: string, error: z.ZodError, text?: ConfigText, known: readonly string[] = [], t: Messages = messages("en")): string[] {
  const lines: { at: { line: number; col: number } | null; text: string }[] = [];
  const add = (path: readonly PropertyKey[], message: string, key?: string) => {
    const at = text ? locate(text, path, key) : null;
    lines.push({ at, text: `  ${at ? `${file}:${at.line}:${at.col} ` : ""}${message}` });
  };
  for (const issue of error.issues.flatMap(closest)) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const guess = didYouMean(key, known);
        const path = pathText([...issue.path, key]);
        add(issue.path, guess === null ? t.load.unknownKey(path) : t.load.unknownKeyGuess(path, guess), key);
      }
      continue;
    }
    add(issue.path, `${pathText(issue.path)}: ${issueText(issue, t)}${valueHint(issue, t, text)}`);
  }
  // In file order, so the message reads top to bottom like the file.
  const order = (at: { line: number; col: number } | null) => (at ? at.line * 1e6 + at.col : Number.POSITIVE_INFINITY);
  return lines.sort((a, b) => order(a.at) - order(b.at)).map((l) => l.text);
}

/**
 * The issues of a union (a transactions source read by Klantbeeld or by an engine) as those of
 * the variant that came closest (fewest issues, the first on a tie), with their full paths.
 */
function closest(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return [issue];
  const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
  return best.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })).flatMap(closest);
}

/** "; did you mean …" for a misspelt value of a fixed list (`encoding: utf8` → `utf-8`, `rule: thresold` → `threshold`), else "". */
function valueHint(issue: z.core.$ZodIssue, t: Messages, text?: ConfigText): string {
  if (!text) return "";
  const values = issue.code === "invalid_value" ? issue.values : issue.code === "invalid_union" ? ((issue as { options?: unknown[] }).options ?? []) : [];
  const written = text.doc.getIn(issue.path as (string | number)[]);
  const options = values.filter((v): v is string => typeof v === "string");
  if (typeof written !== "string" || options.length === 0) return "";
  const guess = didYouMean(written, options);
  return guess === null ? "" : t.load.didYouMean(guess);
}

/** Every property name in a JSON Schema, for "did you mean". */
export function schemaKeys(schema: unknown, out = new Set<string>()): string[] {
  if (Array.isArray(schema)) for (const item of schema) schemaKeys(item, out);
  else if (schema !== null && typeof schema === "object") {
    for (const [name, value] of Object.entries(schema)) {
      if (name === "properties" && value !== null && typeof value === "object") for (const key of Object.keys(value)) out.add(key);
      schemaKeys(value, out);
    }
  }
  return [...out].sort();
}
