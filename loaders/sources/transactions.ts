/**
 * Reads one transactions export file: stream → decode → parse → validate each cell against
 * the zod row contract → fold into the store, keeping the row account as it goes.
 */
import type { FileAccount } from "../bundle/types.ts";
import { toCents } from "../lib/locale-number.ts";
import type { TransactionSource } from "../schemas/config.ts";
import { transactionCells } from "../schemas/transaction.ts";
import { accountFor } from "./account.ts";
import { cellCheck, INVALID } from "./cell-check.ts";
import { LoadError } from "./load-error.ts";
import { readCsv } from "./read-csv.ts";
import type { StoreBuilder } from "./store-builder.ts";

/** Where one file sits among all files of the load. */
export interface FileContext {
  /** Absolute path to read. */
  path: string;
  /** Path relative to `data/`, used in messages and the account. */
  file: string;
  /** Index of the source in the config, and of the file in the load. */
  sourceIndex: number;
  fileIndex: number;
  /** All files' names by index, to name the first file of a duplicate order. */
  fileNames: readonly string[];
  reportZone: string;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

type Field = "orderId" | "customerId" | "date" | "amount" | "quantity" | "unitPrice" | "channel" | "product" | "category";

/** Reads one transactions file into `builder` and returns its row account. */
export async function readTransactionFile(
  source: TransactionSource,
  context: FileContext,
  builder: StoreBuilder,
): Promise<FileAccount> {
  const { file } = context;
  const builderAccount = accountFor(file, source.name, "transactions");
  const rules = transactionCells({ format: source.format, reportZone: context.reportZone, channelMap: source.channelMap });
  const checks = {
    orderId: cellCheck(rules.orderId),
    customerId: cellCheck(rules.customerId),
    date: cellCheck(rules.date),
    amount: cellCheck(rules.amount),
    quantity: cellCheck(rules.quantity),
    unitPrice: cellCheck(rules.unitPrice),
    channel: cellCheck(rules.channel),
    product: cellCheck(rules.product),
    category: cellCheck(rules.category),
  };
  const col: Record<Field, number> = {
    orderId: -1, customerId: -1, date: -1, amount: -1, quantity: -1, unitPrice: -1, channel: -1, product: -1, category: -1,
  };
  let header: string[] = [];
  const fixedChannel = source.channel === undefined ? null : checks.channel(source.channel);
  if (fixedChannel === INVALID) throw new LoadError(`source "${source.name}": channel must not be blank`);

  const onHeader = (names: string[], line: number) => {
    header = names;
    for (const field of Object.keys(col) as Field[]) {
      const name = source.columns[field];
      if (name === undefined) continue;
      const at = names.indexOf(name);
      if (at === -1) {
        throw new LoadError(
          `${file}, line ${line}: column "${name}" (${field}) is not in the header; the header has ${names.length} columns. ` +
            `Check the column names and the delimiter in data/klantbeeld.yaml (source "${source.name}").`,
        );
      }
      col[field] = at;
    }
    if (col.channel === -1 && fixedChannel === null) {
      throw new LoadError(`source "${source.name}": give a channel column or a fixed channel in data/klantbeeld.yaml`);
    }
  };

  const { accept, reject } = builderAccount;
  const onRow = (cells: string[], line: number) => {
    if (cells.length !== header.length) {
      reject(line, null, "wrong_column_count", `${header.length} fields, as in the header`);
      return;
    }
    const orderId = col.orderId === -1 ? null : checks.orderId(cells[col.orderId]!);
    if (orderId === INVALID) return reject(line, header[col.orderId]!, rules.orderId.reason, rules.orderId.expected);
    const customerId = col.customerId === -1 ? null : checks.customerId(cells[col.customerId]!);
    if (customerId === INVALID) return reject(line, header[col.customerId]!, rules.customerId.reason, rules.customerId.expected);
    const day = checks.date(cells[col.date]!);
    if (day === INVALID) return reject(line, header[col.date]!, rules.date.reason, rules.date.expected);
    let amount: number;
    let quantity = 1;
    if (col.amount !== -1) {
      const value = checks.amount(cells[col.amount]!);
      if (value === INVALID) return reject(line, header[col.amount]!, rules.amount.reason, rules.amount.expected);
      amount = value;
      if (col.quantity !== -1) {
        const q = checks.quantity(cells[col.quantity]!);
        if (q === INVALID) return reject(line, header[col.quantity]!, rules.quantity.reason, rules.quantity.expected);
        quantity = q;
      }
    } else {
      const q = checks.quantity(cells[col.quantity]!);
      if (q === INVALID) return reject(line, header[col.quantity]!, rules.quantity.reason, rules.quantity.expected);
      const price = checks.unitPrice(cells[col.unitPrice]!);
      if (price === INVALID) return reject(line, header[col.unitPrice]!, rules.unitPrice.reason, rules.unitPrice.expected);
      quantity = q;
      amount = toCents(q * price);
    }
    const channel = col.channel === -1 ? fixedChannel! : checks.channel(cells[col.channel]!);
    if (channel === INVALID) return reject(line, header[col.channel]!, rules.channel.reason, rules.channel.expected);
    const product = col.product === -1 ? null : checks.product(cells[col.product]!);
    if (product === INVALID) return reject(line, header[col.product]!, rules.product.reason, rules.product.expected);
    const category = col.category === -1 ? null : checks.category(cells[col.category]!);
    if (category === INVALID) return reject(line, header[col.category]!, rules.category.reason, rules.category.expected);

    const added = builder.add({
      source: context.sourceIndex,
      file: context.fileIndex,
      orderId,
      customerId,
      day,
      amount,
      quantity,
      channel,
      product,
      category,
    });
    if (added.ok) return accept();
    if (added.reason === "duplicate_order") {
      return reject(
        line,
        col.orderId === -1 ? null : header[col.orderId]!,
        "duplicate_order",
        `an order id not already loaded from ${context.fileNames[added.firstFile]}`,
      );
    }
    return reject(line, null, "order_conflict", "the same customer and date on every line of one order");
  };

  const info = await readCsv(context.path, {
    format: source.format,
    onHeader,
    onRow,
    ...(context.onProgress ? { onProgress: context.onProgress } : {}),
  });
  const account = builderAccount.account;
  account.sha256 = info.sha256;
  account.bytes = info.bytes;
  for (const warning of info.warnings) builderAccount.warn(warning);
  if (header.length === 0) builderAccount.warn("the file has no header line and no rows");
  return account;
}
