/**
 * The reader's language on a page: from Astro's i18n routing (`Astro.currentLocale`, e.g. `/en/…`)
 * when the site is built in several languages, else the language of the data description's
 * `locale`. Pages and components call {@link pageContext} once and read every string from `t`
 * and format every number with `settings`.
 */
import { DEFAULT_LOCALE, type Language, languageOf, messages, type Messages } from "../../loaders/index.ts";
import type { FormatSettings } from "../../loaders/browser.ts";
import { bundle } from "./bundle.ts";

/** What a page needs to speak the reader's language. */
export interface PageContext {
  language: Language;
  /** The message catalogue of that language. */
  t: Messages;
  /** Locale and currency for numbers and dates: the data description's locale in its own language, else the language's default (en → en-GB). The currency is always the data's. */
  settings: FormatSettings;
}

/** The language a page is rendered in (see the module comment). */
export function pageLanguage(astro: { currentLocale?: string | undefined }): Language {
  return languageOf(astro.currentLocale ?? bundle.locale);
}

/** Language, catalogue and format settings for a page or component: `const { t, settings } = pageContext(Astro)`. */
export function pageContext(astro: { currentLocale?: string | undefined }): PageContext {
  const language = pageLanguage(astro);
  const locale = languageOf(bundle.locale) === language ? bundle.locale : DEFAULT_LOCALE[language];
  return { language, t: messages(language), settings: { locale, currency: bundle.currency } };
}
