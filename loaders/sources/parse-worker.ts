/**
 * Worker thread of `parse-pool.ts`: parses the transactions files it is sent, one at a time, and
 * posts each `ParsedFile` back with its typed arrays' buffers transferred (not copied).
 */
import { parentPort } from "node:worker_threads";
import type { TransactionSource } from "../schemas/config.ts";
import { buffersOf } from "./parsed-file.ts";
import { type FileContext, type ParseStats, parseTransactionFile } from "./transactions.ts";

/** One job: the source description and the file, and whether to count memo statistics. */
export interface ParseJob {
  id: number;
  source: TransactionSource;
  context: Omit<FileContext, "onProgress">;
  stats: boolean;
}

parentPort!.on("message", async ({ id, source, context, stats }: ParseJob) => {
  const parseStats: ParseStats | undefined = stats ? {} : undefined;
  try {
    const parsed = await parseTransactionFile(source, context, parseStats);
    parentPort!.postMessage({ id, parsed, stats: parseStats }, buffersOf(parsed));
  } catch (error) {
    const e = error as Error;
    parentPort!.postMessage({ id, error: { name: e.name, message: e.message } });
  }
});
