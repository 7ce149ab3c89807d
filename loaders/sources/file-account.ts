/**
 * Completes the row account of a parsed file once it is merged: rows whose cells failed, rows
 * in conflict with their order's first row, and rows of orders an earlier file already loaded
 * are rejected in file order, exactly as if the rows had been checked one by one.
 */
import type { FileAccount } from "../model/file-account.ts";
import { accountFor } from "./account.ts";
import type { ParsedFile } from "./parsed-file.ts";

/** Who the file is, and which earlier file first loaded each duplicate order (-1 = none). */
export interface AccountContext {
  file: string;
  source: string;
  fileNames: readonly string[];
  /** Per local order: index of the file that loaded its id first, or -1; null when none did. */
  duplicateOf: Int32Array | null;
  /** Per local order with a `duplicateOf`: the line of its first row in that file (0 = unknown). */
  duplicateLine?: Int32Array | null;
}

const CONFLICT = { reason: "order_conflict", expected: "the same customer and date on every line of one order" };

/** The file's row account: rows read = accepted + rejected, rejections in line order. */
export function fileAccount(parsed: ParsedFile, context: AccountContext): FileAccount {
  const builder = accountFor(context.file, context.source, "transactions");
  const { rowOrder, rowLineJumps, rejectLine, rejectKind, kinds } = parsed;
  const dup = context.duplicateOf;
  let conflicts = 0;
  for (let i = 0; i < rowOrder.length; i++) if (rowOrder[i]! < 0) conflicts++;

  // Rejections of whole rows (conflicts, duplicates), in file order, merged with the cell rejections.
  let j = 0;
  const cellRejectionsBefore = (line: number) => {
    for (; j < rejectLine.length && rejectLine[j]! < line; j++) {
      const kind = kinds[rejectKind[j]!]!;
      builder.reject(rejectLine[j]!, kind.column, kind.reason, kind.expected);
    }
  };
  let rejectedRows = 0;
  if (conflicts > 0 || dup !== null) {
    const orderColumn = kinds[1]?.column ?? null; // kind 1: a failed order id cell
    let line = -1;
    let jump = 0;
    for (let i = 0; i < rowOrder.length; i++) {
      if (jump < rowLineJumps.length && rowLineJumps[jump] === i) {
        line = rowLineJumps[jump + 1]!;
        jump += 2;
      } else line++;
      const entry = rowOrder[i]!;
      const order = entry < 0 ? ~entry : entry;
      const first = dup === null ? -1 : dup[order]!;
      if (first === -1 && entry >= 0) continue;
      cellRejectionsBefore(line);
      rejectedRows++;
      if (first !== -1) {
        const at = context.duplicateLine?.[order] ?? 0;
        const where = at > 0 ? ` (first at data/${context.fileNames[first]}:${at})` : "";
        builder.reject(line, orderColumn, "duplicate_order", `an order id not already loaded from ${context.fileNames[first]}${where}`);
      }
      else builder.reject(line, null, CONFLICT.reason, CONFLICT.expected);
    }
  }
  cellRejectionsBefore(Number.POSITIVE_INFINITY);
  const account = builder.account;
  account.rowsRead += rowOrder.length - rejectedRows;
  account.rowsAccepted += rowOrder.length - rejectedRows;
  account.sha256 = parsed.sha256;
  account.bytes = parsed.bytes;
  for (const warning of parsed.warnings) builder.warn(warning);
  return account;
}

/**
 * The line of each order's first row, by order of first appearance (the order id table's
 * order), so a later file that repeats the order can name where it was first loaded.
 */
export function firstLines(parsed: ParsedFile): Int32Array {
  const { rowOrder, rowLineJumps, orderCreated } = parsed;
  const n = parsed.orders.length;
  const byPosition = new Int32Array(n);
  let line = -1;
  let jump = 0;
  for (let i = 0; i < rowOrder.length; i++) {
    if (jump < rowLineJumps.length && rowLineJumps[jump] === i) {
      line = rowLineJumps[jump + 1]!;
      jump += 2;
    } else line++;
    const entry = rowOrder[i]!;
    const position = entry < 0 ? ~entry : entry;
    if (byPosition[position] === 0) byPosition[position] = line;
  }
  if (orderCreated === null) return byPosition;
  // A plain loop: `Int32Array.from` with a mapping function took 4× as long.
  const out = new Int32Array(n);
  for (let k = 0; k < n; k++) out[k] = byPosition[orderCreated[k]!]!;
  return out;
}
