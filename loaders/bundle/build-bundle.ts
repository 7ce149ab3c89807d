/**
 * Builds the metrics bundle from what the loaders read: the month axis, the base KPIs, then
 * each feature section in order (a later section may read the series of an earlier one, e.g.
 * goals track any series). Pure: every file was read before (`loadSources`, `loadFurtherSources`).
 */
import { createHash } from "node:crypto";
import { isoDay, monthRange } from "../lib/months.ts";
import { furtherAccounts, type FurtherSources } from "../sources/load-further.ts";
import type { Loaded } from "../sources/load-sources.ts";
import { baseSameDays, baseSeries } from "./base-series.ts";
import type { MonthStateExchange } from "./month-state.ts";
import { type PeriodDays, periodField, periodOf, pinStore } from "./period.ts";
import { BUNDLE_VERSION, type Bundle, type BundleSections, type BundleWarning, type FileAccount, type Period, type SectionName, type Series } from "./types.ts";
import { experimentWarning, bundleWarning } from "./warnings.ts";
import { experimentIssues } from "../schemas/experiments.ts";

/** What a section builder sees: the loaded data and everything built before it. */
export interface SectionContext {
  loaded: Loaded;
  /** The further exports and the goals file, already read. */
  further: FurtherSources;
  /** Month axis as month indexes and as `yyyy-mm` keys. */
  first: number;
  last: number;
  months: string[];
  /** The as-of day (day number) and the partial-month facts; `loaded.store` holds no order after `period.asOf`. */
  period: PeriodDays;
  series: readonly Series[];
  sections: Readonly<BundleSections>;
}

/** What a section adds to the bundle. */
export interface SectionResult {
  series?: Series[];
  section?: BundleSections[SectionName];
  warnings?: BundleWarning[];
  /** Rows of further exports left out because they lie after a pinned `asOf` (counts only). */
  excluded?: Partial<Period["excluded"]>;
}

/** What a section may start on before any section is built: the pinned data and the period. */
export type StartContext = Pick<SectionContext, "loaded" | "first" | "last" | "period">;

/** One feature section of the bundle (`rfm`, `goals` …). */
export interface SectionBuilder {
  name: SectionName;
  /** Optional: starts work that needs only the pinned data (e.g. on a worker thread) before the base series and any section. */
  start?(context: StartContext): void;
  build(context: SectionContext): SectionResult | Promise<SectionResult>;
  /** Optional: releases what the builder holds (e.g. a worker thread); called once when the build ends, also when it failed. */
  close?(): Promise<void>;
}

/** A stable id of the inputs: the config and every file's hash, in file order. */
export function inputsId(loaded: Loaded, accounts: readonly FileAccount[]): string {
  const hash = createHash("sha256").update(JSON.stringify(loaded.config));
  for (const account of accounts) hash.update(`\n${account.file}\t${account.sha256}`);
  return hash.digest("hex");
}

/**
 * The base KPI series of a load whose figures were computed elsewhere (engine loads build them
 * from pushed-down aggregates cut off at the as-of day), with what that cut-off left out.
 */
export interface BaseSeriesBuilder {
  /** The base series of the period's months, `sameDays` included for a partial last month. */
  series(loaded: Loaded, period: PeriodDays): Series[];
  /** Orders and category lines after the as-of day (the store is not cut: it holds no orders). */
  excluded: { orders: number; lines: number };
}

/**
 * Assembles the bundle as of the as-of day (`asOf:` in the config, else the newest transaction's
 * day; see `period.ts`): orders after it are cut off before any figure is computed and counted in
 * `period.excluded`. Throws when the data hold no orders at all (or none up to `asOf`). With `base`,
 * the base series and the excluded counts come from it and the store is not cut. With `monthState`
 * (an incremental build) the base series reuse the month figures the last build stored (same bytes).
 */
export async function buildBundle(raw: Loaded, further: FurtherSources, builders: readonly SectionBuilder[] = [], base?: BaseSeriesBuilder, monthState?: MonthStateExchange): Promise<Bundle> {
  const { config } = raw;
  const period = periodOf(raw.store, config.asOf);
  const pinned = base ? { store: raw.store, ...base.excluded } : pinStore(raw.store, period.asOf);
  const loaded: Loaded = { ...raw, store: pinned.store };
  const { first, last } = period;
  try {
    for (const builder of builders) builder.start?.({ loaded, first, last, period });
    return await assemble(loaded, further, builders, period, pinned, base, monthState);
  } finally {
    await Promise.all(builders.map((builder) => builder.close?.()));
  }
}

async function assemble(loaded: Loaded, further: FurtherSources, builders: readonly SectionBuilder[], period: PeriodDays, pinned: { orders: number; lines: number }, base?: BaseSeriesBuilder, monthState?: MonthStateExchange): Promise<Bundle> {
  const { config, store } = loaded;
  const { first, last } = period;
  const months = monthRange(first, last);
  const series = base ? base.series(loaded, period) : baseSeries(store, config, first, last, period.asOf, first, monthState);
  if (period.partial && !base) baseSameDays(series, store, config, period);
  const sections: BundleSections = {};
  const accounts = [...loaded.accounts, ...furtherAccounts(further)];
  const warnings: BundleWarning[] = loaded.warnings.map((message) => ({ code: "unknown_channel", message }));
  // Problems of whole experiments (names only), found when the experiments export was read.
  warnings.push(...further.commercial.experiments.flatMap(experimentIssues).map(experimentWarning));
  const excluded: Period["excluded"] = { orders: pinned.orders, lines: pinned.lines, journeyRows: 0, experiments: 0, momentRows: 0 };
  for (const builder of builders) {
    const result = await builder.build({ loaded, further, first, last, months, period, series, sections });
    if (result.series) series.push(...result.series);
    if (result.section !== undefined) Object.assign(sections, { [builder.name]: result.section });
    if (result.warnings) warnings.push(...result.warnings);
    excluded.journeyRows += result.excluded?.journeyRows ?? 0;
    excluded.experiments += result.excluded?.experiments ?? 0;
    excluded.momentRows += result.excluded?.momentRows ?? 0;
  }
  warnings.push(...periodWarnings(period, excluded));
  const ids = new Set<string>();
  for (const s of series) {
    if (ids.has(s.id)) throw new Error(`two series share the id "${s.id}"`);
    ids.add(s.id);
  }
  return {
    version: BUNDLE_VERSION,
    title: config.title,
    locale: config.locale,
    ...(config.languages ? { languages: config.languages } : {}),
    currency: config.currency,
    timeZone: config.timeZone,
    dataAsOf: isoDay(period.asOf),
    period: periodField(period, excluded),
    inputsId: inputsId(loaded, accounts),
    minGroupSize: config.minGroupSize,
    kpi: { activeWindowMonths: config.kpi.activeWindowMonths, topShare: config.kpi.topShare, lapsedDays: config.kpi.lapsedDays },
    freshnessDays: config.freshnessDays,
    ...(config.channelLabels ? { channelLabels: config.channelLabels } : {}),
    months,
    series,
    sections,
    accounts,
    warnings,
  };
}

/** What a pinned `asOf` did, for the load output, the dashboard and the digest (counts only). */
function periodWarnings(period: PeriodDays, excluded: Period["excluded"]): BundleWarning[] {
  if (!period.pinned) return [];
  const out: BundleWarning[] = [bundleWarning("as_of_pinned", { asOf: isoDay(period.asOf), ...excluded })];
  if (period.asOf > period.dataLastDay) out.push(bundleWarning("as_of_after_data", { asOf: isoDay(period.asOf), last: isoDay(period.dataLastDay) }));
  return out;
}
