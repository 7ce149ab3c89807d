/**
 * Reads one non-transaction export (products, journeys, experiments) the way transactions are
 * read: streamed by `read-csv.ts` (BOM, `sep=`, encodings), header names mapped through the
 * source's column map (a missing column is a `LoadError` naming file, line and column), cells
 * checked by memoised zod rules, and every record accepted or rejected in the row account.
 */
import type { FileAccount } from "../model/file-account.ts";
import type { Format } from "../schemas/config.ts";
import type { CellRule } from "../schemas/transaction.ts";
import { type AccountBuilder, accountFor } from "./account.ts";
import { cellCheck, INVALID } from "./cell-check.ts";
import { EncodingCheck } from "./encoding-check.ts";
import { columnIndex } from "./header.ts";
import { readCsv } from "./read-csv.ts";

/** Free-text fields: bytes replaced there (bad encoding) are a warning; in any other field they reject the row. */
const TEXT_FIELDS = new Set(["name", "category", "journey", "segment", "experiment", "variant"]);

/** Marker returned by `Row.get` for a rejected cell (the row is then already rejected). */
export const REJECTED: unique symbol = Symbol("rejected");

/** One record being read: typed cell access that rejects the record on the first bad cell. */
export interface Row<F extends string> {
  /** Physical line of the record. */
  line: number;
  /** Whether the column map names field `f` (optional columns may be absent). */
  has(f: F): boolean;
  /** The parsed cell of field `f`, or `REJECTED` after rejecting the row with the rule's reason. */
  get<T>(f: F, rule: CellRule<T>): T | typeof REJECTED;
  /** Rejects the row for a problem found across cells (reason, column of field `f` or null). */
  reject(f: F | null, reason: string, expected: string): typeof REJECTED;
}

/** What `readExport` needs to know about the source. */
export interface ExportSource<F extends string> {
  name: string;
  kind: string;
  format: Format;
  columns: Partial<Record<F, string>>;
}

/** Reads `path` (shown as `file`) and calls `onRecord` per record; returns the row account. */
export async function readExport<F extends string>(
  source: ExportSource<F>,
  path: string,
  file: string,
  onRecord: (row: Row<F>, account: AccountBuilder) => void,
): Promise<FileAccount> {
  const builder = accountFor(file, source.name, source.kind);
  const fields = Object.keys(source.columns) as F[];
  const col = new Map<F, number>();
  let header: string[] = [];
  const checks = new Map<CellRule<unknown>, (text: string) => unknown>();

  const onHeader = (names: string[], line: number) => {
    header = names;
    for (const field of fields) {
      const name = source.columns[field];
      if (name === undefined) continue;
      const at = columnIndex(names, name, field, { file, line, source: source.name });
      col.set(field, at);
    }
  };

  let cells: string[] = [];
  let rejected = false;
  const row: Row<F> = {
    line: 0,
    has: (f) => col.has(f),
    get<T>(f: F, rule: CellRule<T>): T | typeof REJECTED {
      let check = checks.get(rule as CellRule<unknown>);
      if (check === undefined) {
        check = cellCheck(rule as CellRule<unknown>);
        checks.set(rule as CellRule<unknown>, check);
      }
      const at = col.get(f);
      const value = check(at === undefined ? "" : cells[at]!);
      if (value === INVALID) return row.reject(f, rule.reason, rule.expected);
      return value as T;
    },
    reject(f, reason, expected) {
      if (!rejected) {
        rejected = true;
        const at = f === null ? undefined : col.get(f);
        builder.reject(row.line, at === undefined ? null : header[at]!, reason, expected);
      }
      return REJECTED;
    },
  };

  const replaced = new EncodingCheck(file, source.format.encoding, () => header);
  const fieldOf = (c: number) => fields.find((f) => col.get(f) === c);
  const info = await readCsv(path, {
    format: source.format,
    file,
    onHeader,
    onOpenQuote: (line) => builder.reject(line, null, "unterminated_quote", 'a closing quote (") for the quote that opens a cell on this line'),
    onReplaced: (cells, line) => {
      const strict = cells.find((c) => {
        const f = fieldOf(c);
        return f !== undefined && !TEXT_FIELDS.has(f);
      });
      if (strict === undefined) return replaced.note(cells, line);
      builder.reject(line, header[strict] ?? null, "invalid_encoding", replaced.expected);
      return true;
    },
    onRow: (record, line) => {
      if (record.length !== header.length) {
        builder.reject(line, null, "wrong_column_count", `${header.length} fields, as in the header`);
        return;
      }
      cells = record;
      rejected = false;
      row.line = line;
      onRecord(row, builder);
      if (!rejected) builder.accept();
    },
  });
  const account = builder.account;
  account.sha256 = info.sha256;
  account.bytes = info.bytes;
  for (const warning of [...info.warnings, ...replaced.warnings()]) builder.warn(warning);
  if (header.length === 0) builder.warn("the file has no header line and no rows");
  return account;
}
