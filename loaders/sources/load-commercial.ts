/**
 * Loads the exports of the commercial pages — `products`, `journeys` and `experiments` — named
 * in the data description, next to `loadSources` for transactions. Each file gets a row account
 * like a transactions file; a kind the config does not name simply comes back empty.
 */
import { join } from "node:path";
import type { z } from "zod";
import type { FileAccount } from "../bundle/types.ts";
import type { Config } from "../schemas/config.ts";
import { type Experiment, ExperimentSourceSchema } from "../schemas/experiments.ts";
import { type JourneyRow, JourneySourceSchema } from "../schemas/journeys.ts";
import { ProductSourceSchema } from "../schemas/products.ts";
import { experimentProblems, readExperimentFile } from "./experiments.ts";
import { emptyJourneys, readJourneyFile } from "./journeys.ts";
import { LoadError } from "./load-error.ts";
import { sourceFiles } from "./load-sources.ts";
import { emptyCatalog, type ProductCatalog, readProductFile } from "./products.ts";
import { describeIssues } from "./read-config.ts";

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

/** The config's sources of one kind, each parsed by its schema (a bad entry is a `LoadError`). */
function sourcesOf<S extends z.ZodType>(config: Config, kind: string, schema: S): z.output<S>[] {
  const out: z.output<S>[] = [];
  config.sources.forEach((raw, index) => {
    if (raw.kind !== kind) return;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new LoadError(describeIssues(`data/klantbeeld.yaml, sources[${index}] ("${raw.name}")`, parsed.error));
    out.push(parsed.data);
  });
  return out;
}

/** The files of a source, or a `LoadError` when its glob matches nothing. */
async function filesOf(dataDir: string, source: { name: string; files: string }): Promise<string[]> {
  const files = await sourceFiles(dataDir, source.files, source.name);
  if (files.length === 0) throw new LoadError(`source "${source.name}": no file in data/ matches "${source.files}"`);
  return files;
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
