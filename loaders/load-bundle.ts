/**
 * The whole load in one call: config → exports → row accounts (threshold) → bundle.
 * The CLI writes its result; tests call it directly.
 */
import { buildBundle } from "./bundle/build-bundle.ts";
import { hasEngineSources, loadEngineBundle } from "./engines/load-engine.ts";
import { LoadError } from "./sources/load-error.ts";
import { sections } from "./bundle/sections.ts";
import type { Bundle } from "./bundle/types.ts";
import { checkThreshold, type LoadOptions, loadSources } from "./sources/load-sources.ts";
import { readConfig } from "./sources/read-config.ts";

/** The bundle of the data folder `dataDir`. */
export async function loadBundle(dataDir: string, options: LoadOptions = {}): Promise<Bundle> {
  const config = await readConfig(dataDir);
  if (hasEngineSources(config)) {
    const { bundle, unsupported } = await loadEngineBundle(config, dataDir, { sections: sections() });
    if (unsupported.length > 0) throw new LoadError(`not yet supported for engine sources: ${unsupported.join(", ")} (see docs/scaling.md)`);
    checkThreshold(bundle.accounts, config.rejectThreshold);
    return bundle;
  }
  const loaded = await loadSources(config, dataDir, options);
  checkThreshold(loaded.accounts, config.rejectThreshold);
  const bundle = await buildBundle(loaded, dataDir, sections());
  checkThreshold(bundle.accounts, config.rejectThreshold);
  return bundle;
}
