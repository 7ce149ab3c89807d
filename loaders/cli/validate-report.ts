/**
 * The pure half of `npm run validate`: turns row accounts and load errors into GitHub
 * annotations (within the platform's per-step limit) and into the row-account table for the
 * job summary or the terminal. Messages name file, line, column and what was expected, never a
 * cell's value; they are in the reader's language (`language`, Dutch by default): reason codes as
 * their labels and the loaders' "expected" texts through the glossary (`expectedText`).
 */
import type { FileAccount, Rejection } from "../bundle/types.ts";
import { DEFAULT_LOCALE, type Language, messages } from "../i18n/index.ts";
import { escapeHtml } from "../lib/escape-html.ts";
import { expectedText, reasonLabel } from "../lib/glossary.ts";

/**
 * GitHub shows at most 10 annotations of each level (error, warning, notice) per step and 50
 * per job; more are dropped silently. We emit at most this many per level, the last one saying
 * how many more there are, and put the full account in the job summary.
 */
export const ANNOTATION_LIMIT = 10;

/** One annotation for `core.error` / `core.warning`. */
export interface Annotation {
  level: "error" | "warning";
  message: string;
  title: string;
  /** Path relative to the repository root (`data/…`); absent for a general message. */
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** The message of one rejected row: `kolom "Datum": verwacht … (Ongeldige datum)`; in English with the reason code. */
export function rejectionMessage(r: Rejection, language: Language = "nl"): string {
  const reason = language === "en" ? r.reason : reasonLabel(r.reason, language);
  return messages(language).validate.rejection(r.column, expectedText(r.expected, language), reason);
}

/**
 * One annotation per rejected row: `error` for files whose rejected share exceeds the threshold
 * (they fail the build), `warning` for files within it (the build goes on without those rows).
 * At most `limit` per level; when there are more, the last slot counts the rest.
 */
export function rejectionAnnotations(accounts: readonly FileAccount[], threshold: number, limit = ANNOTATION_LIMIT, language: Language = "nl"): Annotation[] {
  const t = messages(language).validate;
  const out: Annotation[] = [];
  for (const level of ["error", "warning"] as const) {
    const files = accounts.filter((a) => a.rowsRejected > 0 && (a.rowsRejected / a.rowsRead > threshold) === (level === "error"));
    const all = files.flatMap((a) => a.rejections.map((r) => ({ r, a })));
    const total = files.reduce((s, a) => s + a.rowsRejected, 0);
    const shown = total > limit ? limit - 1 : limit;
    for (const { r } of all.slice(0, shown)) {
      out.push({ level, message: rejectionMessage(r, language), title: t.rowRejected, file: `data/${r.file}`, startLine: r.line });
    }
    if (total > shown) {
      const rest = total - Math.min(shown, all.length);
      out.push({ level, title: t.moreRejectedTitle, message: t.moreRejected(rest, files.map((a) => `data/${a.file}`).join(", ")) });
    }
  }
  return out;
}

/**
 * Annotations for a load error: each line that starts with `data/file:line[:column]` becomes an
 * error on that place; a message without such lines becomes one general error.
 */
export function loadErrorAnnotations(message: string, limit = ANNOTATION_LIMIT, language: Language = "nl"): Annotation[] {
  const t = messages(language).validate;
  const placed = message
    .split("\n")
    .map((line) => /^\s*(data\/[^:\s]+):(\d+)(?::(\d+))? (.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ level: "error" as const, title: t.invalidData, file: m[1]!, startLine: Number(m[2]), ...(m[3] ? { startColumn: Number(m[3]) } : {}), message: m[4]! }));
  if (placed.length === 0) return [{ level: "error", title: t.loadFailed, message }];
  return placed.length > limit ? [...placed.slice(0, limit - 1), { level: "error", title: t.loadFailed, message }] : placed;
}

/** Header and rows of the row-account table (plain strings, not yet escaped). */
export function accountTable(accounts: readonly FileAccount[], language: Language = "nl"): string[][] {
  const header = [...messages(language).validate.accountHeader];
  const rows = accounts.map((a) => [
    `data/${a.file}`,
    a.source,
    String(a.rowsRead),
    String(a.rowsAccepted),
    String(a.rowsRejected),
    a.rowsRead === 0 ? "–" : `${new Intl.NumberFormat(DEFAULT_LOCALE[language], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format((a.rowsRejected / a.rowsRead) * 100)} %`,
    Object.entries(a.reasons)
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .map(([reason, n]) => `${language === "en" ? reason : reasonLabel(reason, language)} (${n})`)
      .join(", ") || "–",
  ]);
  return [header, ...rows];
}

/** The table as aligned plain text for a terminal. */
export function plainTable(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join("  ").trimEnd()).join("\n");
}

/** HTML of every kept rejection of one file (for a `<details>` block), cells escaped. */
export function rejectionsHtml(account: FileAccount, language: Language = "nl"): string {
  const t = messages(language).validate;
  const head = t.rejectionsHeader.map((h) => `<th>${h}</th>`).join("");
  const reason = (code: string) => (language === "en" ? code : reasonLabel(code, language));
  const body = account.rejections
    .map((r) => `<tr><td>${r.line}</td><td>${escapeHtml(r.column ?? "–")}</td><td>${escapeHtml(reason(r.reason))}</td><td>${escapeHtml(expectedText(r.expected, language))}</td></tr>`)
    .join("");
  const more = account.rowsRejected > account.rejections.length ? `<p>${t.firstOf(account.rejections.length, account.rowsRejected)}</p>` : "";
  return `<table><tr>${head}</tr>${body}</table>${more}`;
}
