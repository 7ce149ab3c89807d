/**
 * Builds the metrics bundle from what the loaders read: the month axis, the base KPIs, then
 * each feature section in order (a later section may read the series of an earlier one, e.g.
 * goals track any series). Pure apart from the sections' own reads of `data/`.
 */
import { createHash } from "node:crypto";
import { isoDay, monthOfDay, monthRange } from "../lib/months.ts";
import type { Loaded } from "../sources/load-sources.ts";
import { baseSeries } from "./base-series.ts";
import { BUNDLE_VERSION, type Bundle, type BundleWarning, type FileAccount, type Series } from "./types.ts";

/** What a section builder sees: the loaded data and everything built before it. */
export interface SectionContext {
  loaded: Loaded;
  dataDir: string;
  /** Month axis as month indexes and as `yyyy-mm` keys. */
  first: number;
  last: number;
  months: string[];
  series: readonly Series[];
  sections: Readonly<Record<string, unknown>>;
}

/** What a section adds to the bundle. */
export interface SectionResult {
  series?: Series[];
  section?: unknown;
  /** Row accounts of further exports the section read (journeys, experiments …). */
  accounts?: FileAccount[];
  warnings?: BundleWarning[];
}

/** One feature section of the bundle (`rfm`, `goals` …). */
export interface SectionBuilder {
  name: string;
  build(context: SectionContext): SectionResult | Promise<SectionResult>;
}

/** A stable id of the inputs: the config and every file's hash, in file order. */
export function inputsId(loaded: Loaded, accounts: readonly FileAccount[]): string {
  const hash = createHash("sha256").update(JSON.stringify(loaded.config));
  for (const account of accounts) hash.update(`\n${account.file}\t${account.sha256}`);
  return hash.digest("hex");
}

/** The base KPI series of months `first..last`; engine loads pass one built from pushed-down aggregates. */
export type BaseSeriesBuilder = (loaded: Loaded, first: number, last: number) => Series[];

/** Assembles the bundle. Throws when the data hold no orders at all. */
export async function buildBundle(
  loaded: Loaded,
  dataDir: string,
  builders: readonly SectionBuilder[] = [],
  base: BaseSeriesBuilder = (l, first, last) => baseSeries(l.store, l.config, first, last),
): Promise<Bundle> {
  const { config, store } = loaded;
  if (store.firstDay === null || store.lastDay === null) throw new Error("no orders in the data: nothing to report");
  const first = monthOfDay(store.firstDay);
  const last = monthOfDay(store.lastDay);
  const months = monthRange(first, last);
  const series = base(loaded, first, last);
  const sections: Record<string, unknown> = {};
  const accounts = [...loaded.accounts];
  const warnings: BundleWarning[] = loaded.warnings.map((message) => ({ code: "unknown_channel", message }));
  for (const builder of builders) {
    const result = await builder.build({ loaded, dataDir, first, last, months, series, sections });
    if (result.series) series.push(...result.series);
    if (result.section !== undefined) sections[builder.name] = result.section;
    if (result.accounts) accounts.push(...result.accounts);
    if (result.warnings) warnings.push(...result.warnings);
  }
  const ids = new Set<string>();
  for (const s of series) {
    if (ids.has(s.id)) throw new Error(`two series share the id "${s.id}"`);
    ids.add(s.id);
  }
  return {
    version: BUNDLE_VERSION,
    title: config.title,
    locale: config.locale,
    currency: config.currency,
    timeZone: config.timeZone,
    dataAsOf: isoDay(store.lastDay),
    inputsId: inputsId(loaded, accounts),
    minGroupSize: config.minGroupSize,
    freshnessDays: config.freshnessDays,
    months,
    series,
    sections,
    accounts,
    warnings,
  };
}
