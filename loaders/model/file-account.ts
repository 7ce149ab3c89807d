/**
 * The row account of one read file: shared by the readers (sources/, engines/) that make it and
 * the bundle that publishes it. Part of `loaders/model/`, the neutral shapes every layer may use.
 */

/** One rejected row: where and why, never the cell's value. */
export interface Rejection {
  /** File path relative to `data/`. */
  file: string;
  /** Physical line in the file, 1-based (quoted newlines counted). */
  line: number;
  /** Column header name as in the file, or null for a row-level problem. */
  column: string | null;
  /** Machine-readable reason code, e.g. `invalid_date`. */
  reason: string;
  /** What was expected, in words. */
  expected: string;
  /** Engine sources (no line numbers; `line` is 0): the order id of an example row, never customer data. */
  key?: string;
}

/** The row account of one file: rowsRead = rowsAccepted + rowsRejected, always. */
export interface FileAccount {
  file: string;
  source: string;
  kind: string;
  /** SHA-256 of the file's bytes. */
  sha256: string;
  bytes: number;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Rejections per reason code. */
  reasons: Record<string, number>;
  /** The first rejections in file order (at most `REJECTION_DETAIL_LIMIT`). */
  rejections: Rejection[];
  /** Non-fatal notes, e.g. unknown channel names (names only, never customer data). */
  warnings: string[];
}
