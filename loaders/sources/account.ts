/**
 * The row account of one file, kept while it is read: every record is either accepted or
 * rejected with a reason, so rows read = accepted + rejected holds by construction.
 */
import type { FileAccount, Rejection } from "../model/file-account.ts";

/** How many rejections per file are kept with their line and column (all are counted). */
export const REJECTION_DETAIL_LIMIT = 200;

/** Mutable account of one file while it is read. */
export interface AccountBuilder {
  readonly account: FileAccount;
  accept(): void;
  reject(line: number, column: string | null, reason: string, expected: string): void;
  warn(message: string): void;
}

/** Starts the account of one file. */
export function accountFor(file: string, source: string, kind: string): AccountBuilder {
  const account: FileAccount = {
    file,
    source,
    kind,
    sha256: "",
    bytes: 0,
    rowsRead: 0,
    rowsAccepted: 0,
    rowsRejected: 0,
    reasons: {},
    rejections: [],
    warnings: [],
  };
  return {
    account,
    accept() {
      account.rowsRead++;
      account.rowsAccepted++;
    },
    reject(line, column, reason, expected) {
      account.rowsRead++;
      account.rowsRejected++;
      account.reasons[reason] = (account.reasons[reason] ?? 0) + 1;
      if (account.rejections.length < REJECTION_DETAIL_LIMIT) {
        const rejection: Rejection = { file, line, column, reason, expected };
        account.rejections.push(rejection);
      }
    },
    warn(message) {
      if (!account.warnings.includes(message)) account.warnings.push(message);
    },
  };
}
