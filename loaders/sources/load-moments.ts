/**
 * Loads the exports behind "Moment van de waarheid" and "Klantprofiel" — `signals`, `profiles`
 * and `offers` — named in the data description, with a row account per file like every other
 * kind. A kind the config does not name simply comes back empty.
 */
import { join } from "node:path";
import type { z } from "zod";
import type { FileAccount } from "../bundle/types.ts";
import type { Config } from "../schemas/config.ts";
import { OfferSourceSchema } from "../schemas/offers.ts";
import { ProfileSourceSchema } from "../schemas/profiles.ts";
import { SignalSourceSchema } from "../schemas/signals.ts";
import { LoadError } from "./load-error.ts";
import { sourceFiles } from "./load-sources.ts";
import { emptyMomentData, type MomentData } from "./moment-data.ts";
import { readOfferFile } from "./offers.ts";
import { readProfileFile } from "./profiles.ts";
import { describeIssues } from "./read-config.ts";
import { readSignalFile } from "./signals.ts";

/** The three kinds read, with their row accounts. */
export interface MomentSources {
  data: MomentData;
  accounts: FileAccount[];
  /** Which kinds the config names. */
  kinds: { signals: boolean; profiles: boolean; offers: boolean };
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
  const files = await sourceFiles(dataDir, source.files);
  if (files.length === 0) throw new LoadError(`source "${source.name}": no file in data/ matches "${source.files}"`);
  return files;
}

/** Reads every signals, profiles and offers source of `config` from `dataDir`. */
export async function loadMomentSources(config: Config, dataDir: string): Promise<MomentSources> {
  const data = emptyMomentData();
  const accounts: FileAccount[] = [];
  const zone = config.timeZone;
  const signals = sourcesOf(config, "signals", SignalSourceSchema);
  for (const source of signals) for (const file of await filesOf(dataDir, source)) accounts.push(await readSignalFile(source, join(dataDir, file), file, zone, data));
  const profiles = sourcesOf(config, "profiles", ProfileSourceSchema);
  for (const source of profiles) {
    const fields = Object.entries(source.fields).map(([id, f]) => ({ id, name: f.name ?? id }));
    if (data.profileFields.length === 0) data.profileFields = fields;
    else if (fields.map((f) => f.id).join("|") !== data.profileFields.map((f) => f.id).join("|")) {
      throw new LoadError(`data/klantbeeld.yaml, source "${source.name}": every profiles source must declare the same fields in the same order`);
    }
    for (const file of await filesOf(dataDir, source)) accounts.push(await readProfileFile(source, join(dataDir, file), file, zone, data));
  }
  const offers = sourcesOf(config, "offers", OfferSourceSchema);
  for (const source of offers) for (const file of await filesOf(dataDir, source)) accounts.push(await readOfferFile(source, join(dataDir, file), file, zone, data));
  data.seen.clear();
  return { data, accounts, kinds: { signals: signals.length > 0, profiles: profiles.length > 0, offers: offers.length > 0 } };
}
