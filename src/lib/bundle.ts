/** The bundle as the pages see it: read once per build, with small lookups for cards and charts. */
import { type Bundle, type BundleSections, type Delta, type Language, languageOf, messages, periodDeltas, readBundle, type SectionName, type Series } from "../../loaders/index.ts";
import { type FormatSettings, formatDay, formatMonth } from "../../loaders/browser.ts";
import { languagesOf } from "./languages.ts";

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
 * The KPI of a series at a month (default: the latest). A partial month's deltas compare the same
 * days of earlier months (`periodDeltas`). Throws when the bundle has no series `id`: a page asks
 * only for the series its data hold (check the section that makes them), so a card never vanishes
 * silently.
 */
export function kpi(id: string, at = latest): Kpi {
  const series = findSeries(id);
  if (!series) throw new Error(`kpi("${id}"): the bundle has no series "${id}" (ask for it only when its section is in the bundle)`);
  return { series, value: series.values[at] ?? null, ...periodDeltas(bundle, series, at) };
}

/** The month key the last month is still running in (data end before its last day), or null. */
export const partialMonth: string | null = bundle.period?.partial?.month ?? null;

/**
 * How a standing figure's moment is named: "eind oktober 2026" at a month's last day, "op 9 april
 * 2026" on any other day (a partial month, docs/metrics.md). `at` is a `yyyy-mm-dd` day or a
 * `yyyy-mm` month key (its month end, or the as-of day when it is the partial month).
 */
export function momentLabel(at: string, short = false, settings: FormatSettings = { locale: bundle.locale, currency: bundle.currency }): string {
  const words = messages(languageOf(settings.locale)).period;
  const day = at.length === 7 ? (at === partialMonth && bundle.period ? bundle.period.asOf : monthEndIso(at)) : at;
  if (day === monthEndIso(day.slice(0, 7))) return words.monthEnd(formatMonth(day.slice(0, 7), settings.locale, short));
  return words.onDay(formatDay(day, settings.locale));
}

/** The labels of a card's month and year change: full months, or the same days while `month` is partial. */
export function changeLabels(month: string = bundle.months[latest]!, language: Language = languageOf(bundle.locale)): { mom: string; yoy: string } {
  const words = messages(language).period;
  return month === partialMonth ? { mom: words.vsSameDaysLastMonth, yoy: words.vsSameDaysLastYear } : { mom: words.vsLastMonth, yoy: words.vsLastYear };
}

function monthEndIso(key: string): string {
  const [y, m] = key.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** A feature section of the bundle, or undefined when its data are absent. */
export function section<K extends SectionName>(name: K): BundleSections[K] {
  return bundle.sections[name];
}

/** The site's languages, the first at `/` (see src/lib/languages.ts). */
export const siteLanguages: readonly Language[] = languagesOf(bundle);

/**
 * Site path with the configured base (`import.meta.env.BASE_URL`) inside a language, e.g.
 * `href("segmenten/", "en")` → `/en/segmenten/` when English is not the first language; without
 * a language, the first language's path.
 */
export function href(path: string, language: Language = siteLanguages[0]!): string {
  const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const prefix = language === siteLanguages[0] || !siteLanguages.includes(language) ? "" : `${language}/`;
  return `${base}${prefix}${path.replace(/^\//, "")}`;
}

/** A page's path inside its language (`/base/en/segmenten/` → `segmenten/`), for the language switch. */
export function pathInLanguage(pathname: string, language: Language): string {
  const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, "");
  return language !== siteLanguages[0] && path.startsWith(`${language}/`) ? path.slice(language.length + 1) : path;
}
