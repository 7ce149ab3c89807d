/**
 * Reads the transaction files of a load and merges them, in load order, into the store
 * builder. A file is parsed, or with a cache folder taken from the incremental cache when its
 * content hash, source settings and loader code are unchanged; hashing and reading cache entries
 * run ahead (hashing on threads) while the main thread parses and merges.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { FileAccount } from "../model/file-account.ts";
import type { TransactionSource } from "../schemas/config.ts";
import { cacheKey, entryPath, pruneCache, readCached, writeCached } from "./cache.ts";
import { FileHasher } from "./file-hasher.ts";
import type { IdMaps } from "./local-ids.ts";
import { chainKey, type MergeMemo, readMergeMemo, writeMergeMemo } from "./merge-memo.ts";
import { ParsePool } from "./parse-pool.ts";
import type { ParsedFile } from "./parsed-file.ts";
import type { StoreBuilder } from "./store-builder.ts";
import { parseSplit, secondCpuLikelyFree, type SplitOptions } from "./split-parse.ts";
import { type ParseStats, parseTransactionFile } from "./transactions.ts";

/** What a load did, per file and per column (numbers only, never data). */
export interface LoadStats {
  /** Per file: `readMs` parsing it; `waitMs` the rest of its turn before merging (hash, cache entry, writing the entry). */
  files: { file: string; cache: "off" | "hit" | "miss"; waitMs: number; readMs: number; mergeMs: number; rows: number }[];
  /** Per column: cells looked up and zod parses (memo misses), summed over parsed files. */
  memo: Record<string, { cells: number; zodParses: number }>;
  /** Cache entries that could not be written (the load still succeeds). */
  cacheErrors: number;
  finishMs: number;
}

/** One file of the load: its source and its path relative to the data folder. */
export interface PlannedFile {
  source: number;
  file: string;
}

/** How to read the files. */
export interface ReadFilesOptions {
  dataDir: string;
  reportZone: string;
  cacheDir?: string | undefined;
  stats?: LoadStats | undefined;
  onProgress?: ((file: string, bytesRead: number, totalBytes: number) => void) | undefined;
  /**
   * Parse files on this many worker threads, ahead of the merging. Default, when two or more files
   * hold `THREADED` bytes or more together: two threads while a second CPU is likely free
   * (`secondCpuLikelyFree`: 14 % less wall time for 10 % more CPU on 37 monthly files), else one
   * (less CPU in all than none: docs/performance.md); 0 for a single file or less.
   */
  parseThreads?: number | undefined;
  /**
   * Without parsing threads, a large file is parsed in two parts on two threads (`split-parse.ts`);
   * `false` reads every file on one thread.
   */
  split?: SplitOptions | false | undefined;
}

/** Hashing threads pay off from this many bytes in all files together (they take ~30 ms to start), a parsing thread too. */
const THREADED = 8 << 20;

/** One file on its way: to be parsed, or read from the cache. */
interface Pending {
  key: string | null;
  cache: "off" | "hit" | "miss";
  /** The cache entry on a hit. */
  parsed: ParsedFile | null;
}

/** Reads `plan` in order into `builder`; returns one row account per file. */
export async function readFiles(
  plan: readonly PlannedFile[],
  sources: readonly (TransactionSource | null)[],
  builder: StoreBuilder,
  options: ReadFilesOptions,
): Promise<FileAccount[]> {
  const { dataDir, cacheDir, stats } = options;
  const fileNames = plan.map((p) => p.file);
  const paths = fileNames.map((file) => join(dataDir, file));
  let hasher: FileHasher | null = null;
  const total = (await Promise.all(paths.map((path) => stat(path)))).reduce((sum, s) => sum + s.size, 0);
  if (cacheDir !== undefined) hasher = new FileHasher(total < THREADED ? 0 : plan.length > 1 ? 2 : 1);
  const contextOf = (i: number) => ({ path: paths[i]!, file: fileNames[i]!, reportZone: options.reportZone });
  /** Parses file `i` (on the main thread, when its turn comes; a large file on two threads when no other parses). */
  const parse = (i: number, parseStats: ParseStats | undefined): Promise<ParsedFile> => {
    const onProgress = options.onProgress;
    const context = { ...contextOf(i), ...(onProgress ? { onProgress: (r: number, t: number) => onProgress(fileNames[i]!, r, t) } : {}) };
    const source = sources[plan[i]!.source]!;
    // With parsing threads the cores are busy already: files are not split.
    if (threads > 0 || options.split === false) return parseTransactionFile(source, context, parseStats);
    return parseSplit(source, context, parseStats, options.split);
  };

  // With a cache, every file is hashed (on threads) and its entry looked up ahead of the merging.
  // The file whose lookup the main thread waits for: its entry is read there rather than queued.
  const turn = { waiting: -1, entries: [] as (string | undefined)[] };
  const lookups = plan.map(async ({ source }, i) => {
    if (hasher === null) return null;
    const key = cacheKey(await hasher!.hash(paths[i]!), sources[source]!, options.reportZone);
    turn.entries[i] = entryPath(cacheDir!, key);
    // With hashing threads, they also read and check the entry (the main thread only decodes it),
    // unless the main thread is waiting for it already.
    const open = hasher!.threaded && turn.waiting !== i ? (path: string, magic: string, header: number) => hasher!.readEntry(path, magic, header) : undefined;
    return { key, cached: await readCached(cacheDir!, key, open) };
  });
  for (const lookup of lookups) lookup.catch(() => {}); // each is awaited in turn below
  // With parsing threads, the files after the one being merged are parsed ahead (at most one per thread waiting);
  // the main thread parses what was not parsed ahead.
  const threads = options.parseThreads ?? (plan.length > 1 && total >= THREADED ? (secondCpuLikelyFree() ? 2 : 1) : 0);
  // The threads start with the file after the first one to parse (a load from the cache starts none).
  const threadsOf: { pool: ParsePool | null } = { pool: null };
  const ahead: (Promise<{ parsed: ParsedFile; stats: ParseStats | undefined } | null> | undefined)[] = [];
  // Threads start only once a file had to be parsed: a rebuild with one new file parses it on the
  // main thread instead of paying a thread's start (~0.25 s CPU) for it.
  let parsing = false;
  const parseAhead = (i: number) => {
    if (threads === 0 || !parsing || i >= plan.length || ahead[i] !== undefined) return;
    ahead[i] = lookups[i]!.then((lookup) => (lookup?.cached ? null : (threadsOf.pool ??= new ParsePool(threads)).parse(sources[plan[i]!.source]!, contextOf(i), stats !== undefined)));
    ahead[i]!.catch(() => {}); // awaited in turn below
  };

  const accounts: FileAccount[] = [];
  const used = new Set<string>();
  // The merge memo: the last load's id maps of the files it shares with this one, in order.
  const memoRead = cacheDir === undefined ? Promise.resolve(null) : readMergeMemo(cacheDir);
  const memo: MergeMemo = { chain: [], sizes: [], maps: [], tables: [] };
  let replaying = cacheDir !== undefined;
  let chain = "";
  try {
    for (const [i, { source, file }] of plan.entries()) {
      const t0 = performance.now();
      turn.waiting = i;
      hasher?.hashNow(i);
      // Its entry still queued for a thread: the main thread, which would only wait, reads it.
      if (turn.entries[i] !== undefined) hasher?.entryNow(turn.entries[i]!);
      const lookup = await lookups[i]!;
      const next: Pending =
        lookup === null
          ? { key: null, cache: "off", parsed: null }
          : { key: lookup.key, cache: lookup.cached === null ? "miss" : "hit", parsed: lookup.cached };
      const parseStats: ParseStats | undefined = stats ? {} : undefined;
      const r0 = performance.now();
      if (next.parsed === null) parsing = true;
      for (let j = i + 1; j <= i + threads; j++) parseAhead(j);
      const threaded = threads === 0 || next.parsed !== null ? null : ((await ahead[i]) ?? null);
      if (threaded?.stats && parseStats) Object.assign(parseStats, threaded.stats);
      const parsed = next.parsed ?? threaded?.parsed ?? (await parse(i, parseStats));
      const readMs = next.parsed === null ? performance.now() - r0 : 0;
      if (next.parsed !== null || threaded !== null) options.onProgress?.(file, parsed.bytes, parsed.bytes);
      if (stats && parseStats) addMemoStats(stats, parseStats);
      if (next.key !== null) {
        used.add(next.key);
        // The file may have changed since it was hashed: cache only what was hashed.
        if (next.cache === "miss" && cacheKey(parsed.sha256, sources[source]!, options.reportZone) === next.key) {
          await writeCached(cacheDir!, next.key, parsed).catch(() => {
            if (stats) stats.cacheErrors++;
          });
        }
      }
      const t1 = performance.now();
      let known: IdMaps | undefined;
      if (next.key !== null) chain = chainKey(chain, next.key, source);
      if (replaying) {
        const last = await memoRead;
        const maps = last?.maps[i];
        if (last && maps && last.chain[i] === chain && fits(maps, parsed)) known = maps;
        else {
          replaying = false;
          if (last && i > 0) builder.adoptTables(last.tables, last.sizes[i - 1]!);
        }
      }
      accounts.push(builder.mergeFile(parsed, { source, sourceName: sources[source]!.name, file: i, fileName: file, fileNames }, known));
      if (cacheDir !== undefined) {
        memo.chain.push(chain);
        memo.maps.push(builder.lastMaps!);
        memo.sizes.push(known ? (await memoRead)!.sizes[i]! : builder.tableSizes());
      }
      const rows = accounts.at(-1)!.rowsRead;
      stats?.files.push({ file, cache: next.cache, waitMs: t1 - t0 - readMs, readMs, mergeMs: performance.now() - t1, rows });
    }
  } finally {
    await hasher?.close();
    await threadsOf.pool?.close();
  }
  if (cacheDir !== undefined) {
    const last = await memoRead;
    // Every file replayed: the tables as they were after the last one; the memo holds them already when no file was added.
    if (replaying && last && plan.length > 0) builder.adoptTables(last.tables, last.sizes[plan.length - 1]!);
    if (!(replaying && last && last.chain.length === plan.length)) await writeMergeMemo(cacheDir, { ...memo, tables: builder.tables() });
    await pruneCache(cacheDir, used);
  }
  return accounts;
}

/** Whether replayed maps have one entry per local id of `parsed` (else they are not this file's). */
function fits(maps: IdMaps, parsed: ParsedFile): boolean {
  return maps.customer.length === parsed.customers.ends.length && maps.channel.length === parsed.channels.ends.length && maps.category.length === parsed.categories.ends.length && maps.product.length === parsed.products.ends.length;
}

function addMemoStats(stats: LoadStats, parseStats: ParseStats): void {
  for (const [field, memo] of Object.entries(parseStats)) {
    const sum = (stats.memo[field] ??= { cells: 0, zodParses: 0 });
    sum.cells += memo.cells;
    sum.zodParses += memo.zodParses;
  }
}
