/**
 * The guard after encryption: the terms that must never appear readable in the published folder
 * (revenue figures, segment names, goal titles, data file names), and a scan of every file for
 * them. A term counts only as a whole token (no letter or digit right before or after it), so a
 * figure cannot "occur" by chance inside hexadecimal ciphertext.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import type { GoalReport } from "../bundle/goals.ts";
import type { Bundle } from "../bundle/types.ts";
import { SEGMENTS } from "../metrics/rfm-segments.ts";

/** One readable term found in a published file. */
export interface ClearTextHit {
  /** Path relative to the scanned folder. */
  file: string;
  /** What kind of term (never the term itself, so the message can be printed safely). */
  kind: "revenue" | "segment" | "goal" | "file";
}

/** A term and its kind. */
export type Term = [kind: ClearTextHit["kind"], text: string];

/**
 * The revenue figures as the site and the bundle write them: grouped in the site's locale
 * (`1.234.567`) from 1 000 on, the JSON form of a fraction (`1234.56`), and the plain rounded
 * integer from 10 000 on (shorter bare integers are too common in library code, e.g. `1070`).
 */
function revenueTexts(values: readonly (number | null)[], locale: string): string[] {
  const grouped = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const out: string[] = [];
  for (const v of values) {
    if (v === null || Math.abs(v) < 1000) continue;
    out.push(grouped.format(v));
    if (!Number.isInteger(v)) out.push(String(v));
    if (Math.abs(v) >= 10_000) out.push(String(Math.round(v)));
  }
  return out;
}

/** The parts of a bundle whose words must not appear in clear text (goals need only their titles). */
export type SensitiveParts = Pick<Bundle, "series" | "accounts" | "locale"> & { sections: { goals?: { goals: readonly Pick<GoalReport, "title">[] } } };

/** The sensitive terms of a bundle: its revenue series, the segment names, goal titles and file names. */
export function sensitiveTerms(bundle: SensitiveParts): Term[] {
  const terms: Term[] = [];
  for (const s of bundle.series) if (/(^|\.)revenue$/.test(s.id)) for (const t of revenueTexts(s.values, bundle.locale)) terms.push(["revenue", t]);
  for (const s of SEGMENTS) terms.push(["segment", s.nameNl], ["segment", s.name]);
  for (const g of bundle.sections.goals?.goals ?? []) terms.push(["goal", g.title]);
  for (const a of bundle.accounts) terms.push(["file", a.file], ["file", basename(a.file)]);
  return [...new Map(terms.map((t) => [`${t[0]}\0${t[1]}`, t] as const)).values()];
}

const WORD = /[\p{L}\p{N}]/u;

/** Whether `term` occurs in `text` as a whole token. */
export function occurs(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const before = at > 0 ? text[at - 1]! : "";
    const after = text[at + term.length] ?? "";
    if (!WORD.test(before) && !WORD.test(after)) return true;
  }
  return false;
}

/** Every file under `dir` (recursive), as absolute paths in a stable order. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
}

/** Scans every file under `dir` (read as UTF-8 text, whatever its type) for the terms; one hit per file and kind. */
export async function findClearText(dir: string, terms: readonly Term[]): Promise<ClearTextHit[]> {
  const hits: ClearTextHit[] = [];
  for (const path of await filesUnder(dir)) {
    const text = await readFile(path, "utf8");
    const kinds = new Set<ClearTextHit["kind"]>();
    for (const [kind, term] of terms) if (!kinds.has(kind) && occurs(text, term)) kinds.add(kind);
    for (const kind of kinds) hits.push({ file: relative(dir, path), kind });
  }
  return hits;
}
