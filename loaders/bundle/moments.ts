/**
 * The section builders of "Moment van de waarheid" (`moments`) and "Klantprofiel" (`profile`).
 * They take the signals, profiles and offers exports as read (`further.moments`) and join them
 * to the transactions in memory once; a data set without these kinds gets neither section.
 */
import { commercialSettings } from "../schemas/commercial.ts";
import type { Config } from "../schemas/config.ts";
import type { MomentSources } from "../sources/load-moments.ts";
import type { Store } from "../model/store.ts";
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

/** How the builders get their joined inputs: from the store by default, from an engine's counts in an engine load. */
export type MomentInputsOf = (store: Store, config: Config, sources: MomentSources, last: number, asOf: number) => MomentInputs | Promise<MomentInputs>;

/** `moments` then `profile`, sharing one read of the exports and one join (`inputsOf`, the store's by default). */
export function momentSectionBuilders(inputsOf: MomentInputsOf = (store, config, sources, last, asOf) => momentInputs(store, config, sources.data, last, asOf)): SectionBuilder[] {
  let inputs: MomentInputs | Promise<MomentInputs> | undefined;
  const join = (store: Store, config: Config, sources: MomentSources, last: number, asOf: number) => (inputs ??= inputsOf(store, config, sources, last, asOf));
  /** Rows of the three exports after the as-of day: read and accepted, left out of every figure, counted. */
  const after = (sources: MomentSources, asOf: number) => {
    let n = 0;
    for (const list of [sources.data.signals, sources.data.profiles, sources.data.offers]) for (const r of list) if (r.day > asOf) n++;
    return n;
  };
  return [
    {
      name: "moments",
      async build({ loaded, further, first, last, period }) {
        const sources = further.moments;
        if (!sources) return {};
        const excluded = { momentRows: after(sources, period.asOf) };
        if (!sources.kinds.signals || !sources.kinds.offers) return { excluded };
        const settings = commercialSettings(loaded.config);
        const { data } = sources;
        const result = momentsSection(await join(loaded.store, loaded.config, sources, last, period.asOf), data.offers, first, last, loaded.config.minGroupSize, settings.confidenceLevel, settings.experiments.alpha, firstDay(data.signals, data.offers));
        return { series: result.series, section: result.section, excluded };
      },
    },
    {
      name: "profile",
      async build({ loaded, further, first, last, period }) {
        const sources = further.moments;
        if (!sources) return {};
        if (!sources.kinds.signals && !sources.kinds.profiles) return {};
        const { data } = sources;
        const result = profileSection(await join(loaded.store, loaded.config, sources, last, period.asOf), data.profiles, data.profileFields, first, last, loaded.config.minGroupSize, loaded.config.kpi.lapsedDays, firstDay(data.signals, data.profiles));
        return { series: result.series, section: result.section };
      },
    },
  ];
}
