/** Test helper: every built page of `DIST` as a site path (`/`, `/segmenten/2026-10/`, `/en/doelen/`, …) and its language. */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Language } from "../../loaders/i18n/index.ts";
import { DIST } from "./serve.ts";

/** The paths of every `index.html` under `DIST`, sorted: with `languages: [nl, en]` the English pages under `/en/` too. */
export function builtPages(dir = DIST, base = "/"): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...builtPages(path, `${base}${entry}/`));
    else if (entry === "index.html") out.push(base);
  }
  return out;
}

/** The language of a built page by its path: `/en/…` English, else the site's first language (`first`, Dutch in the sample). */
export function languageOfPath(path: string, first: Language = "nl"): Language {
  const prefix = /^\/(nl|en)\//.exec(path)?.[1] as Language | undefined;
  return prefix ?? first;
}

/**
 * The pages whose every user-facing word comes from the catalogue (checked for Dutch left in an
 * English build by test/site/english.browser.test.ts), as path patterns, with the parts that are
 * not yet translated to leave out: every built page, the report page included.
 */
export const TRANSLATED_PAGES: readonly { path: RegExp; ignore?: string }[] = [
  { path: /^\/$/ },
  { path: /^\/doelen\/$/ },
  { path: /^\/segmenten\/$/ },
  { path: /^\/segmenten\/\d{4}-\d{2}\/$/ },
  { path: /^\/herhaalaankopen\/$/ },
  { path: /^\/moment\/$/ },
  { path: /^\/kanalen\/$/ },
  { path: /^\/conversie\/$/ },
  { path: /^\/experimenten\/$/ },
  { path: /^\/cross-upsell\/$/ },
  { path: /^\/klantprofiel\/$/ },
  { path: /^\/datakwaliteit\/$/ },
  { path: /^\/rapport\/$/ },
];
