/**
 * Loads the exports of the commercial pages — `products`, `journeys` and `experiments` — named
 * in the data description, next to `loadSources` for transactions. Each file gets a row account
 * like a transactions file; a kind the config does not name simply comes back empty.
 */
import { join } from "node:path";
import type { FileAccount } from "../model/file-account.ts";
import type { Config } from "../schemas/config.ts";
import { type Experiment, ExperimentSourceSchema, experimentProblems } from "../schemas/experiments.ts";
import { type JourneyRow, JourneySourceSchema } from "../schemas/journeys.ts";
import { ProductSourceSchema } from "../schemas/products.ts";
import { readExperimentFile } from "./experiments.ts";
import { emptyJourneys, readJourneyFile } from "./journeys.ts";
import { filesOf, sourcesOf } from "./kind-sources.ts";
import { emptyCatalog, type ProductCatalog, readProductFile } from "./products.ts";

/** Everything the commercial exports hold. */
export interface CommercialData {
  products: ProductCatalog;
  /** Journey rows in file order. */
  journeys: JourneyRow[];
  /** Experiments sorted by start day, then name. */
  experiments: Experiment[];
  accounts: FileAccount[];
  /** Problems of whole experiments (names only), for the bundle's warnings. */
  warnings: string[];
}

/** Reads every products, journeys and experiments source of `config` from `dataDir`. */
export async function loadCommercialSources(config: Config, dataDir: string): Promise<CommercialData> {
  const accounts: FileAccount[] = [];
  const products = emptyCatalog();
  for (const source of sourcesOf(config, "products", ProductSourceSchema)) {
    for (const file of await filesOf(dataDir, source)) accounts.push(await readProductFile(source, join(dataDir, file), file, products));
  }
  const journeys = emptyJourneys();
  for (const source of sourcesOf(config, "journeys", JourneySourceSchema)) {
    for (const file of await filesOf(dataDir, source)) {
      accounts.push(await readJourneyFile(source, join(dataDir, file), file, config.timeZone, journeys));
    }
  }
  const byName = new Map<string, Experiment>();
  for (const source of sourcesOf(config, "experiments", ExperimentSourceSchema)) {
    for (const file of await filesOf(dataDir, source)) {
      accounts.push(await readExperimentFile(source, join(dataDir, file), file, config.timeZone, byName));
    }
  }
  const experiments = [...byName.values()].sort((a, b) => a.start - b.start || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const warnings = experiments.flatMap(experimentProblems);
  return { products, journeys: journeys.rows, experiments, accounts, warnings };
}
