/**
 * The language of the command-line tools' messages (`npm run load`, `validate`, `notify`,
 * `protect`, `export:segments`): `KLANTBEELD_LANGUAGE=en|nl` when set, else the language of
 * `locale` in data/klantbeeld.yaml (nl-NL → Dutch, en-GB → English), read even when the rest of
 * the description is not valid, so its validation messages come in the analyst's language. Dutch
 * when the file is missing, is not valid YAML or has no valid `locale`, unless KLANTBEELD_LANGUAGE
 * says otherwise.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { type Language, languageOf } from "../i18n/index.ts";
import { ConfigSchema } from "../schemas/config.ts";

/** The environment variable that overrides the data description's language for messages. */
export const LANGUAGE_ENV = "KLANTBEELD_LANGUAGE";

/** The messages' language for the data folder `dataDir` (see the module comment); never throws. */
export function cliLanguage(dataDir = "data", env: Record<string, string | undefined> = process.env): Language {
  const forced = env[LANGUAGE_ENV]?.trim().toLowerCase();
  if (forced === "en" || forced === "nl") return forced;
  try {
    const raw: unknown = parse(readFileSync(join(dataDir, "klantbeeld.yaml"), "utf8"));
    const locale = ConfigSchema.shape.locale.safeParse(raw !== null && typeof raw === "object" ? (raw as { locale?: unknown }).locale : undefined);
    return locale.success ? languageOf(locale.data) : "nl";
  } catch {
    return "nl";
  }
}
