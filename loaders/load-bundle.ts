/**
 * The whole load in one call: config → every export read (transactions, then the further ones and
 * the goals file) → row accounts (threshold, once) → bundle (pure).
 * The CLI writes its result; tests call it directly.
 */
import { buildBundle } from "./bundle/build-bundle.ts";
import { hasEngineSources, loadEngineBundle } from "./engines/load-engine.ts";
import { LoadError } from "./model/load-error.ts";
import { sections } from "./bundle/sections.ts";
import type { Bundle } from "./bundle/types.ts";
import { furtherAccounts, loadFurtherSources } from "./sources/load-further.ts";
import { checkThreshold, type LoadOptions, loadSources } from "./sources/load-sources.ts";
import { readConfig } from "./sources/read-config.ts";
import { codeVersion } from "./sources/cache.ts";
import { readStateBytes, readStateEntry, writeStateEntry } from "./sources/state-file.ts";
import { decodeHistory, encodeHistory } from "./bundle/cross-upsell-state.ts";
import { decodeMonthState, emptyExchange, encodeMonthState, type MonthStateExchange } from "./bundle/month-state.ts";

/** Options of `loadBundle`: those of `loadSources`, and what the month-level state did. */
export interface LoadBundleOptions extends LoadOptions {
  /** Filled with the month state's reuse counts when `cacheDir` is set (for tests and the benchmark). */
  monthStats?: MonthStateExchange["stats"];
}

const STATE_PREFIX = "months-";
/** The cross-/upsell history's entry (binary, beside the months' JSON). */
const HISTORY_PREFIX = "history-";
let stateName: string | null = null;

/**
 * The bundle of the data folder `dataDir`. With `options.cacheDir`, besides the parsed files the
 * month-level state of the last build is read from there and this build's written back (its entry
 * is named by the code version of the modules that compute it, so a code change starts afresh).
 */
export async function loadBundle(dataDir: string, options: LoadBundleOptions = {}): Promise<Bundle> {
  const config = await readConfig(dataDir);
  if (hasEngineSources(config)) {
    const { bundle, unsupported } = await loadEngineBundle(config, dataDir, { sections: sections() });
    if (unsupported.length > 0) throw new LoadError((t) => t.engine.unsupported(unsupported));
    checkThreshold(bundle.accounts, config.rejectThreshold);
    return bundle;
  }
  const loaded = await loadSources(config, dataDir, options);
  const further = await loadFurtherSources(config, dataDir);
  checkThreshold([...loaded.accounts, ...furtherAccounts(further)], config.rejectThreshold);
  if (options.cacheDir === undefined) return buildBundle(loaded, further, sections());
  const { result, stats } = await withMonthState(options.cacheDir, (exchange) => buildBundle(loaded, further, sections(exchange), undefined, exchange));
  if (options.monthStats) Object.assign(options.monthStats, stats);
  return result;
}

/**
 * Runs `build` with the month-level state the last build left in `cacheDir` (an empty one when
 * there is none, it is altered, or the code that computes it changed), then stores what `build`
 * recorded for the next build (a failed write is ignored, as for parsed-file entries).
 */
export async function withMonthState<T>(cacheDir: string, build: (exchange: MonthStateExchange) => Promise<T>): Promise<{ result: T; stats: MonthStateExchange["stats"] }> {
  stateName ??= codeVersion([new URL("./bundle/build-bundle.ts", import.meta.url), new URL("./bundle/sections.ts", import.meta.url)]);
  const [text, history] = await Promise.all([readStateEntry(cacheDir, STATE_PREFIX + stateName), readStateBytes(cacheDir, HISTORY_PREFIX + stateName)]);
  const exchange = emptyExchange(decodeMonthState(text), decodeHistory(history));
  const result = await build(exchange);
  // Like a parsed-file entry, a state that cannot be written only costs the next build time.
  await writeStateEntry(cacheDir, STATE_PREFIX + stateName, encodeMonthState(exchange.next), STATE_PREFIX).catch(() => {});
  if (exchange.nextHistory !== null) await writeStateEntry(cacheDir, HISTORY_PREFIX + stateName, encodeHistory(exchange.nextHistory), HISTORY_PREFIX).catch(() => {});
  return { result, stats: exchange.stats };
}
