/** A tiny built site and its bundle for the publish tests: each page shows one kind of sensitive text. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** The sensitive texts of the fixture, one per kind. */
export const SECRET = { revenue: "1.234.567", segment: "Kampioen", goal: "Omzet van Kampioenen +10 %", file: "webshop-2024.csv" } as const;

/** Pages and assets of the fixture site (path → text). */
export const PAGES: Record<string, string> = {
  "index.html": `<!doctype html><html lang="nl"><head><title>Overzicht</title><link rel="stylesheet" href="/_astro/site.css"></head><body><main><h1>Overzicht</h1><p class="kpi">€ ${SECRET.revenue}</p></main></body></html>`,
  "segmenten/index.html": `<!doctype html><html><body><h1>Segmenten</h1><p>${SECRET.segment}: 120 klanten</p></body></html>`,
  "doelen/index.html": `<!doctype html><html><body><h1>Doelen</h1><p>${SECRET.goal}</p></body></html>`,
  "datakwaliteit/index.html": `<!doctype html><html><body><h1>Datakwaliteit</h1><p>webshop/${SECRET.file}: 10 rijen</p></body></html>`,
  "_astro/site.css": "body { color: #222; }\n",
  "_astro/island.js": "export const answer = 42;\n",
  "data/bundle.json": `{"revenue":1234567}`,
};

/** The bundle the fixture site was "built" from. */
export const BUNDLE = {
  title: "Klantbeeld – Test",
  locale: "nl-NL",
  series: [{ id: "revenue", label: "Omzet", unit: "currency" as const, better: "up" as const, values: [1_234_567, null, 999] }],
  sections: { goals: { goals: [{ title: SECRET.goal }] } },
  accounts: [{ file: `webshop/${SECRET.file}` }] as never[],
};

/** Writes the fixture site into a new temp folder and returns the folder (and a sibling for the output). */
export function fixtureSite(extra: Record<string, string> = {}): { root: string; site: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), "klantbeeld-protect-"));
  const site = join(root, "dist");
  for (const [path, text] of Object.entries({ ...PAGES, ...extra })) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  return { root, site, out: join(root, "publish") };
}
