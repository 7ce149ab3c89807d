// @ts-check
import { defineConfig } from "astro/config";

// The site is fully static: loaders write `.klantbeeld/bundle.json` before the build,
// pages read it at build time, and charts are pre-rendered SVG.
export default defineConfig({
  site: process.env.KLANTBEELD_SITE ?? "https://example.github.io",
  base: process.env.KLANTBEELD_BASE ?? "/",
  output: "static",
  trailingSlash: "always",
  build: { format: "directory" },
});
