/**
 * The import rules of the code base, checked by `npm run lint` (tools/check-imports.ts) where
 * Biome's `noRestrictedImports` cannot (it matches import strings, not the folders they resolve to):
 *
 * 1. Data flows one way in `loaders/`: model, i18n ← lib ← schemas ← sources ← metrics ← bundle ←
 *    engines ← load-bundle.ts, read-bundle.ts ← notify, protect, sample ← cli ← index.ts, browser.ts.
 *    A module imports its own folder or one to its left, never one to its right (`loaders/model/`
 *    holds the shapes every layer shares). Metrics do not import sources either: they compute on
 *    the loaded model, whoever read it.
 * 2. Metrics and the bundle are pure: no `node:fs`, `node:fs/promises` or `node:child_process`.
 * 3. `src/` imports the loaders only through `loaders/index.ts` (build time) or `loaders/browser.ts`.
 * 4. A client `<script>` of an `.astro` file, and every `src/` module it loads, imports the loaders
 *    only through `loaders/browser.ts` (the pure modules that may run in the browser).
 */
import { dirname, join, normalize } from "node:path";

/** One broken rule: the importing file, its line, the import and why it is refused. */
export interface Violation {
  file: string;
  line: number;
  specifier: string;
  rule: string;
}

/** The layer of each folder of `loaders/`, left (0) to right. */
export const LAYERS: Readonly<Record<string, number>> = {
  model: 0,
  lib: 1,
  i18n: 0,
  schemas: 2,
  sources: 3,
  metrics: 4,
  bundle: 5,
  engines: 6,
  notify: 7,
  report: 7,
  protect: 7,
  sample: 7,
  cli: 8,
};

/** Top-level modules of `loaders/`: the whole load and the bundle reader (between engines and notify), the barrels (last). */
const TOP: Readonly<Record<string, number>> = { "load-bundle.ts": 6.5, "read-bundle.ts": 6.5, "index.ts": 9, "browser.ts": 9 };
/** Folders a layer may not import although they are to its left: metrics compute on the loaded model, not on the readers. */
const APART: Readonly<Record<string, readonly string[]>> = { metrics: ["sources"] };
const IMPURE = new Set(["node:fs", "node:fs/promises", "node:child_process"]);
const PURE_FOLDERS = new Set(["metrics", "bundle"]);
const SPECIFIERS = /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

interface Found {
  specifier: string;
  line: number;
  typeOnly: boolean;
}

/** The static imports (and re-exports) of a module's text, with their 1-based line. */
export function importsOf(text: string, lineOffset = 0): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(SPECIFIERS)) {
    const specifier = m[3] ?? m[4]!;
    const line = lineOffset + text.slice(0, m.index).split("\n").length + (m[0].startsWith("\n") ? 1 : 0);
    out.push({ specifier, line, typeOnly: m[2] !== undefined });
  }
  return out;
}

/** The frontmatter and the bundled client scripts of an `.astro` file, with the line each starts at. */
export function astroParts(text: string): { frontmatter: { text: string; offset: number }; scripts: { text: string; offset: number }[] } {
  const fm = /^---\n([\s\S]*?)\n---/.exec(text);
  const frontmatter = { text: fm?.[1] ?? "", offset: 1 };
  const scripts: { text: string; offset: number }[] = [];
  for (const m of text.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attributes = m[1] ?? "";
    if (/is:inline|type="application\/(ld\+)?json"/.test(attributes)) continue;
    scripts.push({ text: m[2]!, offset: text.slice(0, m.index).split("\n").length - 1 });
  }
  return { frontmatter, scripts };
}

function layerOf(file: string): number | null {
  const parts = file.split("/");
  if (parts[0] !== "loaders") return null;
  if (parts.length === 2) return TOP[parts[1]!] ?? 9;
  return LAYERS[parts[1]!] ?? null;
}

function resolve(from: string, specifier: string): string | null {
  return specifier.startsWith(".") ? normalize(join(dirname(from), specifier)) : null;
}

/** Checks every file of `files` (repo-relative path → text) against the rules above. */
export function checkImports(files: ReadonlyMap<string, string>): Violation[] {
  const out: Violation[] = [];
  const clientModules = new Set<string>();
  const pending: string[] = [];
  for (const [file, text] of files) {
    const parts = file.endsWith(".astro") ? astroParts(text) : null;
    const found = parts ? importsOf(parts.frontmatter.text, parts.frontmatter.offset) : importsOf(text);
    if (parts) {
      for (const script of parts.scripts) {
        for (const f of importsOf(script.text, script.offset)) {
          found.push(f);
          checkClient(file, f, out, clientModules, pending);
        }
      }
    }
    for (const f of found) checkOne(file, f, out);
  }
  // Follow the client scripts' src/ modules transitively: they run in the browser too.
  while (pending.length > 0) {
    const file = pending.pop()!;
    const text = files.get(file);
    if (text === undefined) continue;
    for (const f of importsOf(text)) checkClient(file, f, out, clientModules, pending);
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

function checkOne(file: string, f: Found, out: Violation[]): void {
  const here = layerOf(file);
  const folder = file.split("/")[1] ?? "";
  if (here !== null && PURE_FOLDERS.has(folder) && IMPURE.has(f.specifier)) {
    out.push({ file, line: f.line, specifier: f.specifier, rule: `loaders/${folder}/ is pure: no file or process access (read in loaders/sources/)` });
  }
  const target = resolve(file, f.specifier);
  if (target === null || !target.startsWith("loaders/")) return;
  if (here !== null) {
    const there = layerOf(target);
    const sameFolder = target.split("/")[1] === folder && target.split("/").length > 2;
    const apart = APART[folder]?.includes(target.split("/")[1] ?? "") ?? false;
    if (apart) out.push({ file, line: f.line, specifier: f.specifier, rule: `loaders/${folder}/ may not import loaders/${target.split("/")[1]}/: metrics take the loaded model (loaders/model/), not the readers` });
    else if (there !== null && there > here && !sameFolder) {
      out.push({ file, line: f.line, specifier: f.specifier, rule: `against the flow: ${here === 6.5 || here === 9 ? file : `loaders/${folder}/`} may not import ${target.split("/").length > 2 ? `${target.split("/").slice(0, 2).join("/")}/` : target} (model ← lib ← schemas ← sources ← metrics ← bundle ← engines ← notify/protect/sample ← cli)` });
    }
  } else if (file.startsWith("src/") && target !== "loaders/index.ts" && target !== "loaders/browser.ts") {
    out.push({ file, line: f.line, specifier: f.specifier, rule: "src/ imports the loaders through loaders/index.ts or loaders/browser.ts only" });
  }
}

function checkClient(file: string, f: Found, out: Violation[], seen: Set<string>, pending: string[]): void {
  const target = resolve(file, f.specifier);
  if (target === null) return;
  if (target.startsWith("loaders/")) {
    if (target !== "loaders/browser.ts" && !f.typeOnly) {
      out.push({ file, line: f.line, specifier: f.specifier, rule: "browser code (a client <script> and what it loads) imports the loaders through loaders/browser.ts only" });
    }
  } else if (target.startsWith("src/") && !seen.has(target)) {
    seen.add(target);
    pending.push(target);
  }
}
