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
  const further = await loadFurtherSources(config, dataDir);
  checkThreshold([...loaded.accounts, ...furtherAccounts(further)], config.rejectThreshold);
  return buildBundle(loaded, further, sections());
}
