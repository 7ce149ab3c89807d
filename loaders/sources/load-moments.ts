/**
 * Loads the exports behind "Moment van de waarheid" and "Klantprofiel" — `signals`, `profiles`
 * and `offers` — named in the data description, with a row account per file like every other
 * kind. A kind the config does not name simply comes back empty.
 */
import { join } from "node:path";
import type { FileAccount } from "../model/file-account.ts";
import type { Config } from "../schemas/config.ts";
import { OfferSourceSchema } from "../schemas/offers.ts";
import { ProfileSourceSchema } from "../schemas/profiles.ts";
import { SignalSourceSchema } from "../schemas/signals.ts";
import { filesOf, sourcesOf } from "./kind-sources.ts";
import { LoadError } from "../model/load-error.ts";
import { emptyMomentData, type MomentData } from "./moment-data.ts";
import { readOfferFile } from "./offers.ts";
import { readProfileFile } from "./profiles.ts";
import { readSignalFile } from "./signals.ts";

/** The three kinds read, with their row accounts. */
export interface MomentSources {
  data: MomentData;
  accounts: FileAccount[];
  /** Which kinds the config names. */
  kinds: { signals: boolean; profiles: boolean; offers: boolean };
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
      throw new LoadError((t) => t.load.profileFields(source.name));
    }
    for (const file of await filesOf(dataDir, source)) accounts.push(await readProfileFile(source, join(dataDir, file), file, zone, data));
  }
  const offers = sourcesOf(config, "offers", OfferSourceSchema);
  for (const source of offers) for (const file of await filesOf(dataDir, source)) accounts.push(await readOfferFile(source, join(dataDir, file), file, zone, data));
  data.seen.clear();
  return { data, accounts, kinds: { signals: signals.length > 0, profiles: profiles.length > 0, offers: offers.length > 0 } };
}
