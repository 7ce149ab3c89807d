/**
 * Every export besides the transactions — products, journeys, experiments, signals, profiles,
 * offers — and the goals file, read in one step before the bundle is built: the bundle step is a
 * pure function of what was loaded and reads no file.
 */
import type { Config } from "../schemas/config.ts";
import type { FileAccount } from "../model/file-account.ts";
import { type ParsedGoals, readGoals } from "./goals-file.ts";
import { type CommercialData, loadCommercialSources } from "./load-commercial.ts";
import { loadMomentSources, type MomentSources } from "./load-moments.ts";

/** What the further exports and the goals file hold. */
export interface FurtherSources {
  commercial: CommercialData;
  /** Signals, profiles and offers; null when the config names none of them. */
  moments: MomentSources | null;
  /** The checked goals file; null when there is none. */
  goals: ParsedGoals | null;
}

/** Whether `config` names a signals, profiles or offers source. */
export function namesMomentSources(config: Config): boolean {
  return config.sources.some((s) => s.kind === "signals" || s.kind === "profiles" || s.kind === "offers");
}

/** Reads the further exports of `config` and the goals file from `dataDir`. */
export async function loadFurtherSources(config: Config, dataDir: string): Promise<FurtherSources> {
  const commercial = await loadCommercialSources(config, dataDir);
  const moments = namesMomentSources(config) ? await loadMomentSources(config, dataDir) : null;
  return { commercial, moments, goals: await readGoals(dataDir) };
}

/** Their row accounts in read order (commercial, then signals, profiles and offers). */
export function furtherAccounts(further: FurtherSources): FileAccount[] {
  return [...further.commercial.accounts, ...(further.moments?.accounts ?? [])];
}
