/**
 * The whole load in one call: config → exports → row accounts (threshold) → bundle.
 * The CLI writes its result; tests call it directly.
 */
import { buildBundle } from "./bundle/build-bundle.ts";
import { sections } from "./bundle/sections.ts";
import type { Bundle } from "./bundle/types.ts";
import { checkThreshold, type LoadOptions, loadSources } from "./sources/load-sources.ts";
import { readConfig } from "./sources/read-config.ts";

/** The bundle of the data folder `dataDir`. */
export async function loadBundle(dataDir: string, options: LoadOptions = {}): Promise<Bundle> {
  const config = await readConfig(dataDir);
  const loaded = await loadSources(config, dataDir, options);
  checkThreshold(loaded.accounts, config.rejectThreshold);
  const bundle = await buildBundle(loaded, dataDir, sections());
  checkThreshold(bundle.accounts, config.rejectThreshold);
  return bundle;
}
