/**
 * Reads one transactions export file: stream and parse with papaparse (`csv-records.ts`) → validate each
 * cell against the zod row contract once per distinct text (`cell-memo.ts`) → fold rows into
 * the file's orders and lines (`parsed-file.ts`), keeping every row's fate for the row account.
 */
import { toCents } from "../lib/locale-number.ts";
import type { TransactionSource } from "../schemas/config.ts";
import { transactionCells } from "../schemas/transaction.ts";
import { BAD, type MemoStats, NumberMemo, TextMemo } from "./cell-memo.ts";
import type { RecordView } from "./csv-record.ts";
import { readRecords } from "./csv-records.ts";
import type { CsvRange } from "./read-csv.ts";
import { sortByDay } from "./file-sort.ts";
import { columnIndex } from "./header.ts";
import { EncodingCheck } from "./encoding-check.ts";
import { LoadError } from "../model/load-error.ts";
import { returnMarker } from "./return-marker.ts";
import { type AssembledRow, FileAssembler, type ParsedFile, type RejectionKind } from "./parsed-file.ts";

/** Which file to read, and in which reporting zone. */
export interface FileContext {
  /** Absolute path to read. */
  path: string;
  /** Path relative to `data/`, used in messages and the account. */
  file: string;
  reportZone: string;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/** The fields of a transactions export, in the order their cells are checked. */
const FIELDS = ["orderId", "customerId", "date", "amount", "quantity", "unitPrice", "channel", "product", "category"] as const;
type Field = (typeof FIELDS)[number];
/** Fields whose cells must be exactly what the file holds: a replaced byte there rejects the row. */
const STRICT: readonly Field[] = ["orderId", "customerId", "date", "amount", "quantity", "unitPrice"];
/**
 * Rejection kind 0 is a wrong number of cells; kind i + 1 is a failed cell of `FIELDS[i]`; then an
 * unterminated quote, an unmarked negative row, and `invalid_encoding` kinds per column as met.
 */
const K = Object.fromEntries(FIELDS.map((f, i) => [f, i + 1])) as Record<Field, number>;

/** Per column: how many cells were looked up and how many went to zod (memo misses). */
export type ParseStats = Partial<Record<Field, MemoStats>>;

/** Reads and validates one file on its own (no other file is consulted). */
export async function parseTransactionFile(
  source: TransactionSource,
  context: FileContext,
  stats?: ParseStats,
): Promise<ParsedFile> {
  const { parsed } = await readTransactions(source, context, stats, undefined);
  sortByDay(parsed);
  return parsed;
}

/**
 * Reads one byte range of a file (`split-parse.ts`): its `ParsedFile` with orders still in order
 * of first appearance (not sorted by day), and the line count after its last record.
 */
export function parseTransactionPart(
  source: TransactionSource,
  context: FileContext,
  range: CsvRange,
  stats?: ParseStats,
): Promise<{ parsed: ParsedFile; endLine: number }> {
  return readTransactions(source, context, stats, range);
}

async function readTransactions(
  source: TransactionSource,
  context: FileContext,
  stats: ParseStats | undefined,
  range: CsvRange | undefined,
): Promise<{ parsed: ParsedFile; endLine: number }> {
  const { file } = context;
  // papaparse has decoded the file already; the record view holds every cell as UTF-8.
  const encoding = "utf-8";
  const rules = transactionCells({
    format: source.format,
    reportZone: context.reportZone,
    channelMap: source.channelMap,
    customerIdFormat: source.customerIdFormat,
  });
  const memo = {
    orderId: new TextMemo(rules.orderId, encoding),
    customerId: new TextMemo(rules.customerId, encoding),
    date: new NumberMemo(rules.date, encoding),
    amount: new NumberMemo(rules.amount, encoding),
    quantity: new NumberMemo(rules.quantity, encoding),
    unitPrice: new NumberMemo(rules.unitPrice, encoding),
    channel: new TextMemo(rules.channel, encoding),
    product: new TextMemo(rules.product, encoding),
    category: new TextMemo(rules.category, encoding),
  };
  let fixedChannel = source.channel === undefined ? -1 : memo.channel.idOfText(source.channel);
  if (fixedChannel === BAD) throw new LoadError((t) => t.load.channelBlank(source.name));
  const marker = returnMarker(source);

  const col: Record<Field, number> = {
    orderId: -1, customerId: -1, date: -1, amount: -1, quantity: -1, unitPrice: -1, channel: -1, product: -1, category: -1,
  };
  let header: string[] = [];
  const kinds: RejectionKind[] = [];
  const onHeader = (names: string[], line: number) => {
    header = names;
    for (const field of FIELDS) {
      const name = source.columns[field];
      if (name === undefined) continue;
      const at = columnIndex(names, name, field, { file, line, source: source.name });
      col[field] = at;
    }
    // No channel column and no fixed channel: one channel named after the source.
    if (col.channel === -1 && fixedChannel === -1) fixedChannel = memo.channel.idOfText(source.name);
    kinds.push({ column: null, reason: "wrong_column_count", expected: `${names.length} fields, as in the header` });
    for (const field of FIELDS) kinds.push({ column: col[field] === -1 ? null : names[col[field]]!, reason: rules[field].reason, expected: rules[field].expected });
    kinds.push({ column: null, reason: "unterminated_quote", expected: 'a closing quote (") for the quote that opens a cell on this line' });
    marker.onHeader(names, { file, line, source: source.name });
    kinds.push({ column: marker.column(names), reason: "unmarked_negative", expected: marker.expected });
  };
  const K_QUOTE = FIELDS.length + 1;
  const K_UNMARKED = FIELDS.length + 2;
  const replaced = new EncodingCheck(file, source.format.encoding, () => header);
  /** Rows with replaced bytes in an id, amount or date cell are rejected; elsewhere they are a warning. */
  const onReplaced = (cells: readonly number[], line: number): boolean => {
    const strict = cells.find((c) => STRICT.some((f) => col[f] === c));
    if (strict === undefined) return replaced.note(cells, line);
    const column = header[strict] ?? null;
    let kind = kinds.findIndex((k) => k.reason === "invalid_encoding" && k.column === column);
    if (kind === -1) kind = kinds.push({ column, reason: "invalid_encoding", expected: replaced.expected }) - 1;
    assembler.reject(line, kind);
    return true;
  };

  const assembler = new FileAssembler();
  const row: AssembledRow = { key: -1, customer: -1, day: 0, amount: 0, quantity: 1, channel: 0, product: -1, category: -1 };
  /** Bytes of the records handed over so far (their cells plus a delimiter or line break each). */
  let recordBytes = 0;
  const onRecord = (r: RecordView): void => {
    recordBytes += r.latin1End + r.count;
    const line = r.line;
    if (r.count !== header.length) return assembler.reject(line, 0);
    let key = -1;
    if (col.orderId !== -1) {
      key = memo.orderId.get(r, col.orderId);
      if (key < 0) return assembler.reject(line, K.orderId);
    }
    let customer = -1;
    if (col.customerId !== -1) {
      customer = memo.customerId.get(r, col.customerId);
      if (customer === BAD) return assembler.reject(line, K.customerId);
    }
    const day = memo.date.get(r, col.date);
    if (Number.isNaN(day)) return assembler.reject(line, K.date);
    let amount: number;
    let quantity = 1;
    if (col.amount !== -1) {
      amount = memo.amount.get(r, col.amount);
      if (Number.isNaN(amount)) return assembler.reject(line, K.amount);
      if (col.quantity !== -1) {
        quantity = memo.quantity.get(r, col.quantity);
        if (Number.isNaN(quantity)) return assembler.reject(line, K.quantity);
      }
    } else {
      quantity = memo.quantity.get(r, col.quantity);
      if (Number.isNaN(quantity)) return assembler.reject(line, K.quantity);
      const price = memo.unitPrice.get(r, col.unitPrice);
      if (Number.isNaN(price)) return assembler.reject(line, K.unitPrice);
      amount = toCents(quantity * price);
    }
    if (marker.active) {
      if (marker.marked(r, col.orderId)) {
        amount = -Math.abs(amount);
        quantity = -Math.abs(quantity);
      } else if (amount < 0) return assembler.reject(line, K_UNMARKED);
    }
    const channel = col.channel === -1 ? fixedChannel : memo.channel.get(r, col.channel);
    if (channel < 0) return assembler.reject(line, K.channel);
    const product = col.product === -1 ? -1 : memo.product.get(r, col.product);
    if (product === BAD) return assembler.reject(line, K.product);
    const category = col.category === -1 ? -1 : memo.category.get(r, col.category);
    if (category === BAD) return assembler.reject(line, K.category);
    row.key = key;
    row.customer = customer;
    row.day = day;
    row.amount = amount;
    row.quantity = quantity;
    row.channel = channel;
    row.product = product;
    row.category = category;
    assembler.row(line, row);
  };

  let sized = false;
  const onProgress = (read: number, total: number) => {
    // After the first 64 KiB, size the columns for the whole file by its bytes per record so far.
    // `read` runs a chunk ahead of the records parsed, so the records' own bytes are the measure
    // (by `read` the estimate came out half the rows: two growths and 40 % more peak memory).
    if (!sized && assembler.rows > 0 && recordBytes > 0) {
      sized = true;
      if (total > recordBytes) {
        const factor = (total / recordBytes) * 1.05;
        assembler.expect((assembler.rows / recordBytes) * total);
        memo.orderId.reserve(Math.ceil(memo.orderId.size * factor)); // ids grow with orders
      }
    }
    context.onProgress?.(read, total);
  };
  const info = await readRecords(context.path, {
    format: source.format,
    file,
    onHeader,
    onRecord,
    onProgress,
    onReplaced,
    onOpenQuote: (line) => assembler.reject(line, K_QUOTE),
    range,
  });
  if (stats) for (const field of FIELDS) if (col[field] !== -1) stats[field] = memo[field].stats;
  const warnings = [...info.warnings, ...replaced.warnings()];
  if (header.length === 0) warnings.push("the file has no header line and no rows");
  const parsed = assembler.finish(
    {
      header,
      sha256: info.sha256,
      bytes: info.bytes,
      warnings,
      kinds,
      customers: memo.customerId.table(),
      channels: memo.channel.table(),
      categories: memo.category.table(),
      products: memo.product.table(),
    },
    col.orderId === -1 ? null : (keys) => memo.orderId.tableOf(keys),
    memo.orderId.counting,
  );
  for (const m of [memo.orderId, memo.customerId, memo.channel, memo.product, memo.category]) m.dispose();
  return { parsed, endLine: info.endLine };
}
