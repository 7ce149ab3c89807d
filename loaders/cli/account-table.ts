/** Plain-text row account for the terminal and CI logs: counts and reasons, never cell values. */
import type { FileAccount } from "../bundle/types.ts";
import { type Language, messages } from "../i18n/index.ts";
import { expectedText, reasonLabel } from "../lib/glossary.ts";

/** A reason code as the reader sees it: the code in English (the column a developer greps), the label otherwise. */
function reasonText(code: string, language: Language): string {
  return language === "en" ? code : reasonLabel(code, language).toLowerCase();
}

/** One line per file plus a total: read = accepted + rejected, with the rejection reasons. */
export function accountTable(accounts: readonly FileAccount[], language: Language = "nl"): string {
  const t = messages(language).load;
  const header = [...t.accountHeader];
  const rows = accounts.map((a) => [
    a.file,
    String(a.rowsRead),
    String(a.rowsAccepted),
    String(a.rowsRejected),
    Object.entries(a.reasons)
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .map(([reason, n]) => `${reasonText(reason, language)} ${n}`)
      .join(", "),
  ]);
  const sum = (pick: (a: FileAccount) => number) => String(accounts.reduce((s, a) => s + pick(a), 0));
  rows.push([t.total, sum((a) => a.rowsRead), sum((a) => a.rowsAccepted), sum((a) => a.rowsRejected), ""]);
  const widths = header.map((_, i) => Math.max(header[i]!.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i > 0 && i < 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

/** The first rejections of each file as `file:line kolom "x": reden (verwacht …)` lines, in `language`. */
export function rejectionLines(accounts: readonly FileAccount[], perFile = 5, language: Language = "nl"): string[] {
  const t = messages(language).load;
  return accounts.flatMap((a) =>
    a.rejections.slice(0, perFile).map((r) => t.rejection(`data/${r.file}:${r.line}`, r.column, reasonText(r.reason, language), expectedText(r.expected, language))),
  );
}
