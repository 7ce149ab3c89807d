/**
 * A bundle warning in the reader's language. The loaders store warnings with a code, a Dutch
 * message and the names and counts it is made of (`params`); the catalogue words each code
 * (`dataQuality.warningTexts`, an experiment's problems by `experiments.problems`) from those
 * params in any language. A warning without params (a bundle of an older version) is rebuilt from
 * its quoted name for the codes that name one; any other keeps the loaders' text. The site's
 * Datakwaliteit page and the digest share this.
 */
import { DEFAULT_LOCALE, type Language, messages } from "../i18n/index.ts";
import type { WarningParams } from "../i18n/types.ts";

/** A warning as the loaders store it. */
export interface StoredWarning {
  code: string;
  message: string;
  params?: WarningParams;
}

/** The warning's message in `language` (see the module comment). */
export function warningText(warning: StoredWarning, language: Language): string {
  const t = messages(language);
  const texts = t.dataQuality.warningTexts;
  const text = Object.hasOwn(texts, warning.code) ? texts[warning.code as keyof typeof texts] : undefined;
  const n = (x: number) => new Intl.NumberFormat(DEFAULT_LOCALE[language]).format(x);
  const p = warning.params;
  if (p !== undefined) {
    if (warning.code === "experiment_problem" && typeof p["name"] === "string") {
      const problems = t.experiments.problems;
      const count = Number(p["count"]);
      if (p["kind"] === "controls") return problems.controls(p["name"], count);
      if (p["kind"] === "variants") return problems.variants(p["name"], count);
      if (p["kind"] === "shares") return problems.shares(p["name"]);
    }
    if (text) return text(p, n);
  }
  const name = /"([^"]+)"/.exec(warning.message)?.[1];
  return name !== undefined && text && (warning.code === "unknown_channel" || warning.code === "experiment_srm") ? text({ name }, n) : warning.message;
}
