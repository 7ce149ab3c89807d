/** The glossary as the pages read it: names and definitions with this data set's settings filled in, in the reader's language. */
import { channelLabel as catalogueChannelLabel, type GlossaryParams, glossaryParamsOf, type Language, messages, SEGMENTS, type Series, term, type Term, termName } from "../../loaders/index.ts";
import { bundle } from "./bundle.ts";

export { expectedNl, expectedText, reasonLabel, toneWords, TONE_WORDS } from "../../loaders/index.ts";

/** A channel code as the reader sees it: the data description's own label (`channelLabels:`) in that language, else the catalogue's, else the code tidied. */
export function channelLabel(code: string, language: Language = "nl"): string {
  return catalogueChannelLabel(code, language, bundle.channelLabels?.[language]);
}

/** This data set's settings for definitions (the bundle's `kpi`, see loaders/lib/glossary-params.ts). */
export const glossaryParams: GlossaryParams = glossaryParamsOf(bundle);

/** A metric's name in `language` (or `fallback`). */
export function nameOf(id: string, fallback: string, language: Language = "nl"): string {
  return termName(id, fallback, glossaryParams, language);
}

/** A metric's glossary entry in `language`, or undefined. */
export function define(id: string, language: Language = "nl"): Term | undefined {
  return term(id, glossaryParams, language);
}

/**
 * A series' name in `language`: its glossary term, else the catalogue's series names (segments by
 * their name in that language, journeys by their data name), else — in Dutch, the loaders'
 * language — the series' own label.
 */
export function seriesName(series: Pick<Series, "id" | "label">, language: Language = "nl"): string {
  const found = term(series.id, glossaryParams, language)?.name;
  if (found) return found;
  if (language === "nl") return series.label;
  const words = messages(language).siteSeries;
  const segment = /^segment\.(.+)\.([a-z_]+)$/.exec(series.id);
  const info = segment ? SEGMENTS.find((s) => s.id === segment[1]) : undefined;
  if (segment && info && words.segment[segment[2]!]) return words.segment[segment[2]!]!(segmentName(info, language));
  const journey = /^journey\.(.+)\.conversion$/.exec(series.id);
  const journeys = bundle.sections.journeys?.entries;
  const journeyName = journey ? journeys?.find((e) => e.slug === journey[1])?.journey : undefined;
  if (journeyName) return words.journey(journeyName);
  return words.names[series.id] ?? series.label;
}

/** A segment's name in `language` (the bundle carries both). */
export function segmentName(segment: { name: string; nameNl: string }, language: Language): string {
  return language === "nl" ? segment.nameNl : segment.name;
}
