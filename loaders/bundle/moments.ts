/**
 * The section builders of "Moment van de waarheid" (`moments`) and "Klantprofiel" (`profile`).
 * They read the signals, profiles and offers exports once (the first builder returns their row
 * accounts) and join them to the transactions in memory; a data set without these kinds gets
 * neither section.
 */
import { commercialSettings } from "../schemas/commercial.ts";
import type { Config } from "../schemas/config.ts";
import { loadMomentSources, type MomentSources } from "../sources/load-moments.ts";
import type { Store } from "../sources/orders.ts";
import type { SectionBuilder } from "./build-bundle.ts";
import { type MomentInputs, momentInputs } from "./moment-inputs.ts";
import { momentsSection } from "./moment-section.ts";
import { profileSection } from "./profile-section.ts";

export type { MomentsSection, MomentTrigger, PublishedCoverage } from "./moment-section.ts";
export type { ProfileSection } from "./profile-section.ts";

/** Earliest day among the rows of the given lists, or null when all are empty. */
function firstDay(...lists: readonly (readonly { day: number }[])[]): number | null {
  let min = Infinity;
  for (const list of lists) for (const r of list) if (r.day < min) min = r.day;
  return min === Infinity ? null : min;
}

/** `moments` then `profile`, sharing one read of the exports and one join. */
export function momentSectionBuilders(): SectionBuilder[] {
  let loading: Promise<MomentSources> | undefined;
  let inputs: MomentInputs | undefined;
  const load = (config: Config, dataDir: string) => (loading ??= loadMomentSources(config, dataDir));
  const join = (store: Store, config: Config, sources: MomentSources, last: number, asOf: number) => (inputs ??= momentInputs(store, config, sources.data, last, asOf));
  /** Rows of the three exports after the as-of day: read and accepted, left out of every figure, counted. */
  const after = (sources: MomentSources, asOf: number) => {
    let n = 0;
    for (const list of [sources.data.signals, sources.data.profiles, sources.data.offers]) for (const r of list) if (r.day > asOf) n++;
    return n;
  };
  const named = (config: Config) => config.sources.some((s) => s.kind === "signals" || s.kind === "profiles" || s.kind === "offers");
  return [
    {
      name: "moments",
      async build({ loaded, dataDir, first, last, period }) {
        if (!named(loaded.config)) return {};
        const sources = await load(loaded.config, dataDir);
        const excluded = { momentRows: after(sources, period.asOf) };
        if (!sources.kinds.signals || !sources.kinds.offers) return { accounts: sources.accounts, excluded };
        const settings = commercialSettings(loaded.config);
        const { data } = sources;
        const result = momentsSection(join(loaded.store, loaded.config, sources, last, period.asOf), data.offers, first, last, loaded.config.minGroupSize, settings.confidenceLevel, settings.experiments.alpha, firstDay(data.signals, data.offers));
        return { series: result.series, section: result.section, accounts: sources.accounts, excluded };
      },
    },
    {
      name: "profile",
      async build({ loaded, dataDir, first, last, period }) {
        if (!named(loaded.config)) return {};
        const sources = await load(loaded.config, dataDir);
        if (!sources.kinds.signals && !sources.kinds.profiles) return {};
        const { data } = sources;
        const result = profileSection(join(loaded.store, loaded.config, sources, last, period.asOf), data.profiles, data.profileFields, first, last, loaded.config.minGroupSize, loaded.config.kpi.lapsedDays, firstDay(data.signals, data.profiles));
        return { series: result.series, section: result.section };
      },
    },
  ];
}
