/** The bundle as the pages see it: read once per build, with small lookups for cards and charts. */
import { type Bundle, type Delta, periodDeltas, readBundle, type Series } from "../../loaders/index.ts";
import type { FormatSettings } from "./format.ts";

/** The bundle of this build (`.klantbeeld/bundle.json`, written by `npm run load`; KLANTBEELD_BUNDLE for a test build). */
export const bundle: Bundle = await readBundle(process.env.KLANTBEELD_BUNDLE || undefined);

/** Locale and currency for formatting. */
export const settings: FormatSettings = { locale: bundle.locale, currency: bundle.currency };

/** Index of the latest month on the axis. */
export const latest = bundle.months.length - 1;

/** A KPI as a card shows it: the series, its latest value and its MoM and YoY deltas. */
export interface Kpi {
  series: Series;
  value: number | null;
  mom: Delta | null;
  yoy: Delta | null;
}

/** The series with this id, or undefined when the data set does not have it. */
export function findSeries(id: string): Series | undefined {
  return bundle.series.find((s) => s.id === id);
}

/**
 * The KPI of a series at a month (default: the latest), or undefined when the series is absent.
 * A partial month's deltas compare the same days of earlier months (`periodDeltas`).
 */
export function kpi(id: string, at = latest): Kpi | undefined {
  const series = findSeries(id);
  if (!series) return undefined;
  return { series, value: series.values[at] ?? null, ...periodDeltas(bundle, series, at) };
}

/** A feature section of the bundle, typed by the caller, or undefined when absent. */
export function section<T>(name: string): T | undefined {
  return bundle.sections[name] as T | undefined;
}

/** Site path with the configured base (`import.meta.env.BASE_URL`), e.g. `href("segmenten/")`. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\//, "")}`;
}
