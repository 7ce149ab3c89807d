/** Plain-text row account for the terminal and CI logs: counts and reasons, never cell values. */
import type { FileAccount } from "../bundle/types.ts";

/** One line per file plus a total: read = accepted + rejected, with the rejection reasons. */
export function accountTable(accounts: readonly FileAccount[]): string {
  const header = ["file", "read", "accepted", "rejected", "reasons"];
  const rows = accounts.map((a) => [
    a.file,
    String(a.rowsRead),
    String(a.rowsAccepted),
    String(a.rowsRejected),
    Object.entries(a.reasons)
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .map(([reason, n]) => `${reason} ${n}`)
      .join(", "),
  ]);
  const sum = (pick: (a: FileAccount) => number) => String(accounts.reduce((s, a) => s + pick(a), 0));
  rows.push(["total", sum((a) => a.rowsRead), sum((a) => a.rowsAccepted), sum((a) => a.rowsRejected), ""]);
  const widths = header.map((_, i) => Math.max(header[i]!.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i > 0 && i < 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

/** The first rejections of each file as `file:line column: reason (expected …)` lines. */
export function rejectionLines(accounts: readonly FileAccount[], perFile = 5): string[] {
  return accounts.flatMap((a) =>
    a.rejections.slice(0, perFile).map((r) => `data/${r.file}:${r.line}${r.column ? ` column "${r.column}"` : ""}: ${r.reason} (expected ${r.expected})`),
  );
}
