/** Test helpers of the split parse: a source description, and a split parse on the calling thread. */
import { stat } from "node:fs/promises";
import type { Format, TransactionSource } from "../../loaders/schemas/config.ts";
import type { ParsedFile } from "../../loaders/sources/parsed-file.ts";
import { parseConfig } from "../../loaders/sources/read-config.ts";
import { joinParts, planSplit } from "../../loaders/sources/split-parse.ts";
import { type FileContext, parseTransactionPart } from "../../loaders/sources/transactions.ts";

/** A transactions source with columns order, customer, date, channel, product, category, amount. */
export function sourceFor(delimiter: string, encoding: Format["encoding"]): TransactionSource {
  return parseConfig({
    version: 1,
    timeZone: "Europe/Amsterdam",
    sources: [
      {
        name: "winkel",
        kind: "transactions",
        files: "*.csv",
        format: { delimiter, decimal: ".", date: "yyyy-mm-dd", encoding },
        columns: { orderId: "order", customerId: "customer", date: "date", channel: "channel", product: "product", category: "category", amount: "amount" },
      },
    ],
  }).sources[0] as TransactionSource;
}

/**
 * What `parseSplit` does, with both parts parsed on the calling thread (what the worker runs is
 * the same `parseTransactionPart`): the joined file, `null` when the merge declines, or
 * `"whole"` when the file is not split at all.
 */
export async function inline(source: TransactionSource, context: FileContext, at: number): Promise<ParsedFile | null | "whole"> {
  const plan = await planSplit(source, context, (await stat(context.path)).size, at);
  if (plan === null) return "whole";
  const a = await parseTransactionPart(source, context, plan.first);
  const b = await parseTransactionPart(source, context, plan.second);
  return joinParts(a, b);
}
