/**
 * Worker thread of `parse-pool.ts`: parses the transactions files (or byte ranges) it is sent, one at a time, and
 * posts each `ParsedFile` back with its typed arrays' buffers transferred (not copied).
 */
import { parentPort } from "node:worker_threads";
import type { TransactionSource } from "../schemas/config.ts";
import { buffersOf } from "./parsed-file.ts";
import type { CsvRange } from "./read-csv.ts";
import { type FileContext, type ParseStats, parseTransactionFile, parseTransactionPart } from "./transactions.ts";

/** One job: the source description and the file (or one byte range of it), and whether to count memo statistics. */
export interface ParseJob {
  id: number;
  source: TransactionSource;
  context: Omit<FileContext, "onProgress">;
  stats: boolean;
  range?: CsvRange | undefined;
}

parentPort!.on("message", async ({ id, source, context, stats, range }: ParseJob) => {
  const parseStats: ParseStats | undefined = stats ? {} : undefined;
  try {
    const { parsed, endLine } = range ? await parseTransactionPart(source, context, range, parseStats) : { parsed: await parseTransactionFile(source, context, parseStats), endLine: 0 };
    parentPort!.postMessage({ id, parsed, stats: parseStats, endLine }, buffersOf(parsed));
  } catch (error) {
    const e = error as Error;
    parentPort!.postMessage({ id, error: { name: e.name, message: e.message } });
  }
});
