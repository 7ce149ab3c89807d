/**
 * Test helper: the languages of the built sample site (dist/ holds `languages: [nl, en]`: Dutch at
 * `/`, English at `/en/`), each with the prefix of its pages, the locale its figures are written in
 * and its catalogue, so a browser test runs once per language with the words of that language's
 * catalogue rather than literals.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_LOCALE, type Language, languageOf, type Messages, messages } from "../../loaders/index.ts";
import { DIST } from "./serve.ts";

/** One language of the built site. */
export interface SiteLanguage {
  language: Language;
  /** Path prefix of its pages: "" for the first language, `/en` for English after Dutch. */
  prefix: string;
  /** The locale of its numbers and dates: the data's locale in its own language, else the language's default (as pageContext). */
  locale: string;
  t: Messages;
}

/** The languages of the site built into `dir` (from its bundle), first at `/`. */
export function siteLanguages(dir = DIST): SiteLanguage[] {
  const path = join(dir, "data", "bundle.json");
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (npm test does)`);
  const bundle = JSON.parse(readFileSync(path, "utf8")) as { locale: string; languages?: Language[] };
  const languages = bundle.languages?.length ? bundle.languages : [languageOf(bundle.locale)];
  return languages.map((language, i) => ({
    language,
    prefix: i === 0 ? "" : `/${language}`,
    locale: languageOf(bundle.locale) === language ? bundle.locale : DEFAULT_LOCALE[language],
    t: messages(language),
  }));
}

/** The sample site's languages; the tests need both (the sample's data description builds Dutch and English). */
export const LANGUAGES_BUILT: readonly SiteLanguage[] = siteLanguages();
if (LANGUAGES_BUILT.map((l) => l.language).join() !== "nl,en") throw new Error(`dist/ should hold Dutch and English (languages: [nl, en] in data/klantbeeld.yaml), has ${LANGUAGES_BUILT.map((l) => l.language).join()}`);

const MARK = "\u0001";

/**
 * The fixed parts of a catalogue sentence: `sentence` called with MARK for the values the page
 * fills in, split at them (`footnote(5, MARK, MARK, 12)` → ["– : niet getoond … minder dan 5
 * klanten …", …]); parts without two letters in a row go.
 */
export function fixedParts(sentence: (mark: string) => string): string[] {
  return sentence(MARK)
    .split(MARK)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => /\p{L}{2}/u.test(p));
}
