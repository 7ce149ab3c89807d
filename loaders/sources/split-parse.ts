/**
 * Parses one large transactions file on two threads: the file is cut at a line break near its
 * middle, the calling thread parses the first part while a worker thread parses the second
 * (`parse-pool.ts`), and `merge-parts.ts` joins them into exactly the `ParsedFile` of a
 * one-thread parse. The cut needs no quote count: a cut inside a quoted cell leaves the first
 * part ending in an unclosed quote, which the merge sees (the file is then parsed on one
 * thread), and a quote count is fooled by a stray `"` inside an unquoted cell anyway. Whenever
 * the merge cannot be sure, and when the second part fails, the file is parsed again on one
 * thread, so results and errors are those of one thread; an error of the first part is the
 * file's first error and stops the worker.
 */
import { open, stat } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import type { TransactionSource } from "../schemas/config.ts";
import { sortByDay } from "./file-sort.ts";
import { mergeParts } from "./merge-parts.ts";
import type { ParsedFile } from "./parsed-file.ts";
import { ParsePool, type PoolResult } from "./parse-pool.ts";
import type { CsvRange } from "./read-csv.ts";
import { readHead, sniffDelimiter } from "./read-head.ts";
import { type FileContext, type ParseStats, parseTransactionFile, parseTransactionPart } from "./transactions.ts";

/** Files of at least this many bytes are split (smaller ones do not repay the thread's start: docs/performance.md). */
export const SPLIT_MIN = 32 << 20;
/** Files above this many bytes are not split: both parts and their merge would be in memory at once. */
export const SPLIT_MAX = 256 << 20;

/**
 * Where the cut goes by default, as a share of the file: the worker starts ~0.2–0.3 s after the
 * calling thread, so the calling thread takes the larger part and both end together.
 */
export const SPLIT_AT = 0.55;

/** When and where to split (defaults for a load; tests force small files to split). */
export interface SplitOptions {
  /** Split files of at least this many bytes (default `SPLIT_MIN`). */
  minBytes?: number | undefined;
  /** …and at most this many (default `SPLIT_MAX`). */
  maxBytes?: number | undefined;
  /** Where to cut, as a share of the file: at the first line break from there (default `SPLIT_AT`). */
  at?: number | undefined;
  /** Split only while the 1-minute load average is below this (default: 2 × CPUs; `secondCpuLikelyFree`). */
  maxLoad?: number | undefined;
  /** Parse both parts on worker threads (the calling thread waits) instead of the first part on the calling thread. */
  twoWorkers?: boolean | undefined;
  /** Told how the file was read: on one thread, split, or split and then read again on one thread. */
  onOutcome?: ((outcome: "whole" | "split" | "again") => void) | undefined;
}

/** The two ranges of a file, or null when it should not be split (encoding, delimiter, a header with quotes …). */
export async function planSplit(source: TransactionSource, context: FileContext, size: number, at: number): Promise<{ first: CsvRange; second: CsvRange } | null> {
  const { format } = source;
  // Single-byte or UTF-8 text: a line break byte is a character boundary. Whitespace-aligned text is left alone.
  if ((format.encoding !== "utf-8" && format.encoding !== "windows-1252") || format.delimiter === "whitespace") return null;
  const head = await readHead(context.path, context.file, format.encoding);
  const line = head.firstLine;
  // A header line without quotes reads the same to papaparse as split at the delimiter (else: one
  // thread), and one of at most 2 000 characters ended within the 8 KiB head, so every cut is after it.
  if (line.trim() === "" || line.length > 2000 || line.includes('"') || line.includes("\uFFFD")) return null;
  const delimiter = format.delimiter !== "auto" ? format.delimiter : (head.sep ?? sniffDelimiter(line));
  const header = line.split(delimiter).map((name) => name.trim());
  const cut = await lineEndFrom(context.path, Math.floor(size * at));
  if (cut === null || cut >= size) return null;
  const headerLine = 1 + (head.sep === null ? 0 : 1);
  return { first: { start: 0, end: cut }, second: { start: cut, end: size, continues: { header, headerLine, delimiter } } };
}

/** The offset just after the first LF at or after `from` (within 1 MiB), or null. */
async function lineEndFrom(path: string, from: number): Promise<number | null> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(1 << 20);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
    const at = buffer.subarray(0, bytesRead).indexOf(0x0a);
    return at === -1 ? null : from + at + 1;
  } finally {
    await handle.close();
  }
}

/**
 * Whether a second thread is likely to get a CPU of its own: two or more CPUs, and the 1-minute
 * load average below `maxLoad` (default 2 × CPUs). On CPUs oversubscribed by other work a second
 * thread gains no time and costs CPU; a lower bound would also count this process's own recent runs
 * (back-to-back loads kept 2 CPUs at 2.5 on their own).
 */
export function secondCpuLikelyFree(maxLoad?: number): boolean {
  const cpus = availableParallelism();
  return cpus >= 2 && loadavg()[0]! < (maxLoad ?? 2 * cpus);
}

/** Reads `context`'s file like `parseTransactionFile`, split in two parts on two threads when it is large enough. */
export async function parseSplit(source: TransactionSource, context: FileContext, stats: ParseStats | undefined, options: SplitOptions = {}): Promise<ParsedFile> {
  const whole = (outcome: "whole" | "again") => {
    options.onOutcome?.(outcome);
    if (stats) for (const key of Object.keys(stats)) delete stats[key as keyof ParseStats];
    return parseTransactionFile(source, context, stats);
  };
  const size = (await stat(context.path)).size;
  if (size < (options.minBytes ?? SPLIT_MIN) || size > (options.maxBytes ?? SPLIT_MAX) || !secondCpuLikelyFree(options.maxLoad)) return whole("whole");
  const plan = await planSplit(source, context, size, options.at ?? SPLIT_AT);
  if (plan === null) return whole("whole");

  const pool = new ParsePool(options.twoWorkers ? 2 : 1);
  let a: PoolResult;
  let b: PoolResult | null;
  try {
    const second = pool.parse(source, context, stats !== undefined, plan.second);
    second.catch(() => {}); // awaited below, once the first part is read
    a = options.twoWorkers ? await pool.parse(source, context, stats !== undefined, plan.first) : await firstHere(source, context, plan.first, size, stats !== undefined);
    b = await second.catch(() => null);
  } finally {
    await pool.close();
  }
  // The second part failed (its lines count from the cut): one thread tells the error as it is.
  const merged = b === null ? null : joinParts(a, b);
  if (merged === null) return whole("again");
  if (stats) {
    for (const part of [a.stats, b!.stats]) {
      for (const [field, memo] of Object.entries(part ?? {})) {
        const sum = (stats[field as keyof ParseStats] ??= { cells: 0, zodParses: 0 });
        sum.cells += memo.cells;
        sum.zodParses += memo.zodParses;
      }
    }
  }
  options.onOutcome?.("split");
  context.onProgress?.(size, size);
  return merged;
}

/**
 * The file's `ParsedFile` (sorted by day) from its two parts, or null when only one thread can
 * tell. The first part ends with a line break: the second part's line 1 is the file's `endLine`.
 */
export function joinParts(a: { parsed: ParsedFile; endLine: number }, b: { parsed: ParsedFile }): ParsedFile | null {
  const merged = mergeParts(a.parsed, b.parsed, a.endLine - 1);
  if (merged !== null) sortByDay(merged);
  return merged;
}

/** The first part, on the calling thread; its progress told as the whole file's. */
async function firstHere(source: TransactionSource, context: FileContext, range: CsvRange, size: number, withStats: boolean): Promise<PoolResult> {
  const onProgress = context.onProgress;
  const scaled = onProgress ? { onProgress: (read: number, total: number) => onProgress(Math.round((read / total) * size), size) } : {};
  const stats: ParseStats | undefined = withStats ? {} : undefined;
  const { parsed, endLine } = await parseTransactionPart(source, { ...context, ...scaled }, range, stats);
  return { parsed, stats, endLine };
}
