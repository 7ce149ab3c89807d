/**
 * The language of the command-line tools' messages (`npm run load`, `validate`, `notify`,
 * `protect`, `export:segments`): `KLANTBEELD_LANGUAGE=en|nl` when set, else the language of
 * `locale` in data/klantbeeld.yaml (nl-NL → Dutch, en-GB → English). Dutch when the file is
 * missing, is not valid YAML or is not a valid data description — the message about that very
 * file is then Dutch, unless KLANTBEELD_LANGUAGE says otherwise.
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
    const parsed = ConfigSchema.safeParse(parse(readFileSync(join(dataDir, "klantbeeld.yaml"), "utf8")));
    return parsed.success ? languageOf(parsed.data.locale) : "nl";
  } catch {
    return "nl";
  }
}
