/**
 * The site's languages and their routes, read by astro.config.mjs before the build: the bundle's
 * `languages` (from `languages:` in data/klantbeeld.yaml), else the language of its `locale`. The
 * first language lives at `/`, every other one at `/<language>/`, rendered by the same page files
 * (routes injected per page, so src/pages/ stays one tree and `Astro.currentLocale` names the language).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type Language, languageOf } from "../../loaders/browser.ts";

/** The languages of the bundle at `path` (default: KLANTBEELD_BUNDLE or `.klantbeeld/bundle.json`); `["nl"]` when there is no bundle yet. */
export function siteLanguages(path = process.env.KLANTBEELD_BUNDLE || ".klantbeeld/bundle.json"): Language[] {
  if (!existsSync(path)) return ["nl"];
  const bundle = JSON.parse(readFileSync(path, "utf8")) as { locale?: string; languages?: Language[] };
  return languagesOf(bundle);
}

/** A bundle's languages, first = the one at `/`: its `languages`, else its locale's language. */
export function languagesOf(bundle: { locale?: string; languages?: readonly Language[] | undefined }): Language[] {
  return bundle.languages?.length ? [...bundle.languages] : [languageOf(bundle.locale ?? "nl-NL")];
}

/** A route to inject: the site pattern and the page file that renders it. */
export interface LanguageRoute {
  pattern: string;
  entrypoint: string;
}

/**
 * Every `.astro` page under `pagesDir` again under `/<language>/` for each language after the first
 * (`src/pages/segmenten/[month].astro` → `/en/segmenten/[month]`); endpoints (`.ts`) stay single.
 */
export function languageRoutes(languages: readonly Language[], pagesDir = "src/pages"): LanguageRoute[] {
  const files = astroFiles(pagesDir).sort();
  return languages.slice(1).flatMap((language) =>
    files.map((file) => {
      const route = relative(pagesDir, file).replace(/\.astro$/, "").replace(/(^|\/)index$/, "");
      return { pattern: `/${language}${route ? `/${route}` : ""}`, entrypoint: `./${file}` };
    }),
  );
}

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? astroFiles(path) : entry.name.endsWith(".astro") ? [path] : [];
  });
}
