/**
 * The glossary: one name and one definition per metric, in the reader's words, and the labels of
 * the codes the data carry (channels, rejection reasons). The site's cards, charts and tables and
 * the digest read names from here, so one figure has one name everywhere and two figures that
 * differ by definition have different names. The words live in the message catalogue
 * (`loaders/i18n/<language>/glossary.ts`); every function takes the language, Dutch by default.
 */
import { type Language, messages } from "../i18n/index.ts";
import type { GlossaryParams, Term } from "../i18n/types.ts";

export type { GlossaryParams, Term } from "../i18n/types.ts";

/** Defaults of the data description, for definitions read without a bundle. */
export const GLOSSARY_DEFAULTS: GlossaryParams = { activeWindowMonths: 12, topShare: 0.2, lapsedDays: 90 };

/** The glossary entry of a metric id, or undefined when it has none. */
export function term(id: string, params: GlossaryParams = GLOSSARY_DEFAULTS, language: Language = "nl"): Term | undefined {
  return messages(language).glossary.terms[id]?.(params);
}

/**
 * The glossary name of a metric; else, in a language other than Dutch, the catalogue's name of a
 * series the glossary does not define (`siteSeries.names`: `trigger.entries` → "Customers in a
 * trigger"); else `fallback` (the series' own label, which the loaders write in Dutch).
 */
export function termName(id: string, fallback: string, params: GlossaryParams = GLOSSARY_DEFAULTS, language: Language = "nl"): string {
  const name = term(id, params, language)?.name;
  if (name !== undefined) return name;
  return language === "nl" ? fallback : (messages(language).siteSeries.names[id] ?? fallback);
}

/** Dutch names of the channel codes the sample and most exports use (the reference table). */
export const CHANNEL_LABELS: Readonly<Record<string, string>> = messages("nl").glossary.channels;

/**
 * A channel code as a reader sees it: the data description's own label for it when given
 * (`labels`), else the catalogue's label, else the code with spaces and a capital (`pop_up` → `Pop up`).
 */
export function channelLabel(code: string, language: Language = "nl", labels: Readonly<Record<string, string>> = {}): string {
  const label = labels[code] ?? messages(language).glossary.channels[code];
  if (label) return label;
  const words = code.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Dutch descriptions of rejection reasons and warning codes (the reference table). */
export const REASON_LABELS: Readonly<Record<string, string>> = messages("nl").glossary.reasons;

/** A reason or warning code in the reader's language (the code itself, with spaces, when it is not in the table). */
export function reasonLabel(code: string, language: Language = "nl"): string {
  return messages(language).glossary.reasons[code] ?? code.replace(/_/g, " ");
}

/**
 * A rejection's "expected" text in the reader's language: the loaders describe what a cell should
 * hold in English; the catalogue renders the known phrasings. Unknown text is returned as it is.
 */
export function expectedText(text: string, language: Language = "nl"): string {
  for (const [pattern, render] of messages(language).glossary.expected) {
    const match = text.match(pattern);
    if (match) return render(match);
  }
  return text;
}

/** A rejection's "expected" text in Dutch (see {@link expectedText}). */
export function expectedNl(text: string): string {
  return expectedText(text, "nl");
}

/** Words for how a change reads (visible beside the coloured number, and read out by screen readers). */
export function toneWords(language: Language = "nl"): { good: string; bad: string; chance: string } {
  return messages(language).glossary.tone;
}

/** The Dutch tone words (see {@link toneWords}). */
export const TONE_WORDS = toneWords("nl");
