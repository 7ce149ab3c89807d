/**
 * The message catalogue: every user-facing string (pages, charts, calculators, CLI messages,
 * digest, report) comes from one catalogue per language. Dutch (`nl`) is the reference: the English
 * catalogue is typed as `Messages` (the Dutch shape), so a missing or extra key fails the type
 * check, not the reader. A catalogue is split into areas (`nl/<area>.ts`, `en/<area>.ts`); adding
 * an area is one file per language plus one line in each `index.ts`.
 */
import { nl } from "./nl/index.ts";
import { en } from "./en/index.ts";

/** The shape of a catalogue: the Dutch one's. */
export type Messages = typeof nl;

/** A language the dashboard is written in. */
export type Language = "nl" | "en";

/** Every language with a catalogue, Dutch first (the default). */
export const LANGUAGES: readonly Language[] = ["nl", "en"];

/** The number/date locale each language formats with by default. */
export const DEFAULT_LOCALE: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };

const CATALOGUES: Record<Language, Messages> = { nl, en };

/** The language of a BCP 47 locale (`nl-NL` → `nl`, `en-GB` → `en`); Dutch for anything else. */
export function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith("en") ? "en" : "nl";
}

/** The catalogue of a language or locale. */
export function messages(languageOrLocale: Language | string): Messages {
  return CATALOGUES[languageOf(languageOrLocale)];
}

/** The code of a schema's custom check; its text is `schema.custom[code]` in each catalogue. */
export type SchemaCode = keyof Messages["schema"]["custom"];
