/**
 * Loads every export the data description names: resolves the file globs, reads each file
 * with its kind's reader, and returns the store plus one row account per file.
 */
import { glob, stat } from "node:fs/promises";
import { join } from "node:path";
import type { FileAccount } from "../model/file-account.ts";
import { DEFAULT_LOCALE, type Language, type Messages } from "../i18n/index.ts";
import { expectedText, reasonLabel } from "../lib/glossary.ts";
import { type Config, TransactionSourceSchema } from "../schemas/config.ts";
import { LoadError } from "../model/load-error.ts";
import type { Store } from "../model/store.ts";
import { describeIssues } from "./read-config.ts";
import { type LoadStats, type PlannedFile, readFiles, type ReadFilesOptions } from "./read-files.ts";
import { StoreBuilder } from "./store-builder.ts";

/** What a load did (timings, cache outcomes, memo hit counts), when asked for with `stats`. */
export type { LoadStats } from "./read-files.ts";

/** Everything read from `data/`. */
export interface Loaded {
  config: Config;
  store: Store;
  accounts: FileAccount[];
  /** Load-level warnings (unknown channels …), never customer data. */
  warnings: string[];
}

/** Options of `loadSources`. */
export interface LoadOptions {
  /** Progress per file: relative name, bytes read, total bytes. */
  onProgress?: (file: string, bytesRead: number, totalBytes: number) => void;
  /**
   * Folder of the incremental cache (e.g. `.klantbeeld/cache`): an unchanged file is not parsed
   * again. Entries this load did not use are removed. Without it nothing is cached.
   */
  cacheDir?: string;
  /** Filled with per-file timings, cache outcomes and memo hit counts (for the benchmark). */
  stats?: LoadStats;
  /** Parse files on this many worker threads while the main thread merges (default: 1 for two or more files of 8 MiB together, else 0; see docs/performance.md). */
  parseThreads?: number;
  /** A large file alone on two threads (`split-parse.ts`: when and where), or `false` for one thread. */
  split?: ReadFilesOptions["split"];
}

/** The files a source's glob matches, relative to the data folder, sorted for determinism; a matched folder stops the load. */
export async function sourceFiles(dataDir: string, pattern: string, sourceName = ""): Promise<string[]> {
  const files: string[] = [];
  for await (const file of glob(pattern, { cwd: dataDir })) files.push(file.split("\\").join("/"));
  for (const file of files) {
    if ((await stat(join(dataDir, file))).isDirectory()) {
      const example = pattern.includes("/") ? pattern : `folder/${pattern}`;
      throw new LoadError((t) => t.load.folderMatched(`data/${file}`, pattern, sourceName, example));
    }
  }
  return files.sort();
}

/** Reads all transaction sources of `config` from `dataDir`. */
export async function loadSources(config: Config, dataDir: string, options: LoadOptions = {}): Promise<Loaded> {
  const builder = new StoreBuilder();
  const plan: PlannedFile[] = [];
  const transactionSources = config.sources.map((raw, index) => {
    if (raw.kind !== "transactions") return null;
    if ("engine" in raw) {
      throw new LoadError((t) => t.load.engineSource(raw.name, raw.engine));
    }
    const parsed = TransactionSourceSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) throw new LoadError(describeIssues(`data/klantbeeld.yaml, sources[${index}] ("${raw.name}")`, parsed.error));
    return parsed.data;
  });
  for (const [index, source] of transactionSources.entries()) {
    if (source === null) continue;
    const files = await sourceFiles(dataDir, source.files, source.name);
    if (files.length === 0) throw new LoadError((t) => t.load.noFileMatches(source.name, source.files));
    for (const file of files) plan.push({ source: index, file });
  }
  const accounts = await readFiles(plan, transactionSources, builder, {
    dataDir,
    reportZone: config.timeZone,
    cacheDir: options.cacheDir,
    stats: options.stats,
    onProgress: options.onProgress,
    parseThreads: options.parseThreads,
    split: options.split,
  });
  const t0 = performance.now();
  const store = builder.finish();
  if (options.stats) options.stats.finishMs = performance.now() - t0;
  const known = new Set([...config.channels.digital, ...config.channels.offline]);
  const warnings = store.channels
    .filter((channel) => !known.has(channel))
    .sort()
    .map((channel) => `Kanaal "${channel}" staat niet bij digital of offline in data/klantbeeld.yaml; het telt niet mee in het digitale aandeel.`);
  return { config, store, accounts, warnings };
}

/** A share with one decimal in the language's number style (`10.0 %`, `10,0 %`). */
function percent(share: number, language: Language): string {
  return `${new Intl.NumberFormat(DEFAULT_LOCALE[language], { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(share * 100)} %`;
}

/**
 * Fails the load when a file's rejected share is above the configured threshold, naming each
 * such file with its counts and most common reason.
 */
export function checkThreshold(accounts: readonly FileAccount[], threshold: number): void {
  // A quote that is never closed damages the file's structure: it fails the load whatever the threshold.
  const damaged = accounts.filter((a) => (a.reasons["unterminated_quote"] ?? 0) > 0);
  if (damaged.length > 0) {
    const lines = (t: Messages) =>
      damaged.flatMap((a) => {
        const kept = a.rejections.filter((r) => r.reason === "unterminated_quote");
        const placed = kept.map((r) => `  ${t.load.unterminatedLine(`data/${r.file}:${r.line}`)}`);
        const more = a.reasons["unterminated_quote"]! - kept.length;
        return more > 0 ? [...placed, `  ${t.load.unterminatedMore(`data/${a.file}`, more)}`] : placed;
      });
    throw new LoadError((t) => `${t.load.unterminatedQuotes}\n${lines(t).join("\n")}`);
  }
  const over = accounts.filter((a) => a.rowsRead > 0 && a.rowsRejected / a.rowsRead > threshold);
  if (over.length === 0) return;
  // English: the reason code and the loaders' own "expected" text; other languages: their labels.
  const lines = (t: Messages, language: Language) =>
    over.map((a) => {
      const [reason] = Object.entries(a.reasons).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0] ?? ["?"];
      const first = a.rejections[0];
      const where = first ? t.load.firstAt(first.line, first.column, expectedText(first.expected, language)) : "";
      const share = percent(a.rowsRejected / a.rowsRead, language);
      return `  ${t.load.rejectedFile(`data/${a.file}`, a.rowsRejected, a.rowsRead, share, language === "en" ? reason : reasonLabel(reason, language).toLowerCase())}${where}`;
    });
  throw new LoadError((t, language) => `${t.load.tooManyRejected(percent(threshold, language))}\n${lines(t, language).join("\n")}`);
}
