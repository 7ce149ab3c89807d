/**
 * Row accounts of engine sources, from the counts the engine computed: one account per file
 * (DuckDB reading files) or per table, lines scanned = accepted + rejected, rejected by reason,
 * with up to `EXAMPLES` order ids per reason instead of line numbers (never customer data).
 */
import { createHash } from "node:crypto";
import type { FileAccount, Rejection } from "../model/file-account.ts";
import { REASONS } from "./sql/lines.ts";

/** Example order ids kept per reason. */
export const EXAMPLES = 5;

const EXPECTED: Record<string, string> = {
  wrong_column_count: "as many fields as the header",
  [REASONS.orderId]: "an order id (not blank, at most 100 characters)",
  [REASONS.customerId]: "a customer id of at most 100 characters, or blank for an unregistered sale",
  [REASONS.date]: "a real calendar date in the declared date format",
  [REASONS.amount]: "a number in the declared decimal/thousands format",
  [REASONS.quantity]: "a number in the declared decimal/thousands format",
  [REASONS.unitPrice]: "a number in the declared decimal/thousands format",
  [REASONS.channel]: "a channel name (not blank)",
  [REASONS.product]: "a product of at most 200 characters",
  [REASONS.category]: "a category of at most 100 characters",
  duplicate_order: "an order id not loaded from an earlier file of the source",
  order_conflict: "the same customer and date on every line of one order",
};

/** One count the engine returned: lines of a file with one reason ('' = accepted). */
export interface AccountRow {
  source: string;
  file: string;
  reason: string;
  n: number;
  /** Order ids of examples (rejections only). */
  examples: string[];
  /** Line numbers of examples, when the reader knows them (CSV reader rejects). */
  lines?: number[];
}

/** Groups count rows into accounts, in file order; `accepted` lines of conflicting orders move to rejected. */
export function engineAccounts(rows: readonly AccountRow[]): FileAccount[] {
  const byFile = new Map<string, FileAccount>();
  for (const row of [...rows].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    let account = byFile.get(row.file);
    if (account === undefined) {
      account = { file: row.file, source: row.source, kind: "transactions", sha256: "", bytes: 0, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0, reasons: {}, rejections: [], warnings: [] };
      byFile.set(row.file, account);
    }
    account.rowsRead += row.n;
    if (row.reason === "") {
      account.rowsAccepted += row.n;
      continue;
    }
    account.rowsRejected += row.n;
    account.reasons[row.reason] = (account.reasons[row.reason] ?? 0) + row.n;
    const expected = EXPECTED[row.reason] ?? row.reason;
    const examples: Rejection[] = row.lines
      ? row.lines.map((line) => ({ file: row.file, line, column: null, reason: row.reason, expected }))
      : row.examples.map((key) => ({ file: row.file, line: 0, column: null, reason: row.reason, expected, key }));
    account.rejections.push(...examples);
  }
  const accounts = [...byFile.values()];
  for (const a of accounts) {
    // Engine sources have no file bytes to hash: the account's own figures identify the input.
    a.sha256 = createHash("sha256").update(JSON.stringify([a.rowsRead, a.rowsAccepted, a.reasons])).digest("hex");
  }
  return accounts;
}

/** Moves lines found at order level (duplicate orders, order conflicts) from accepted to their reason. */
export function withConflicts(rows: AccountRow[], conflicts: readonly AccountRow[]): AccountRow[] {
  for (const c of conflicts) {
    const accepted = rows.find((r) => r.file === c.file && r.reason === "");
    if (accepted) accepted.n -= c.n;
    rows.push(c);
  }
  return rows;
}
