/**
 * A bundle warning in the reader's language. The loaders store warnings with a code and a Dutch
 * message; for the codes the catalogue words (`dataQuality.warningTexts`: an unknown channel, an
 * experiment's visitor split) the message is rebuilt from the quoted name, in any language. Any
 * other warning keeps the loaders' text. The site's Datakwaliteit page and the digest share this.
 */
import { type Language, messages } from "../i18n/index.ts";

/** A warning as the loaders store it. */
export interface StoredWarning {
  code: string;
  message: string;
}

/** The warning's message in `language` (see the module comment). */
export function warningText(warning: StoredWarning, language: Language): string {
  const texts = messages(language).dataQuality.warningTexts;
  const name = /"([^"]+)"/.exec(warning.message)?.[1];
  const text = warning.code in texts ? texts[warning.code as keyof typeof texts] : undefined;
  return name !== undefined && text ? text(name) : warning.message;
}
