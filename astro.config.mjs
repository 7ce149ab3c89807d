// @ts-check
import { defineConfig } from "astro/config";
import { languageRoutes, siteLanguages } from "./src/lib/languages.ts";

// The site is fully static: loaders write `.klantbeeld/bundle.json` before the build,
// pages read it at build time, and charts are pre-rendered SVG.
// Languages come from the bundle (`languages:` in data/klantbeeld.yaml, else the locale's one):
// the first at `/`, every other at `/<language>/`, rendered by the same page files through
// injected routes, so `Astro.currentLocale` tells the pages which language they speak.
const languages = siteLanguages();

export default defineConfig({
  site: process.env.KLANTBEELD_SITE ?? "https://example.github.io",
  base: process.env.KLANTBEELD_BASE ?? "/",
  output: "static",
  trailingSlash: "always",
  build: { format: "directory" },
  i18n: { locales: [...languages], defaultLocale: languages[0] ?? "nl", routing: { prefixDefaultLocale: false } },
  integrations: [
    {
      name: "klantbeeld-languages",
      hooks: {
        "astro:config:setup": ({ injectRoute }) => {
          for (const route of languageRoutes(languages)) injectRoute(route);
        },
      },
    },
  ],
});
