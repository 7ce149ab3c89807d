/**
 * The modules a module depends on, found by reading its static imports (`import … from "./x.ts"`,
 * `export … from`, `import "./x.ts"`, `import("./x.ts")`), transitively. Used by the parse cache:
 * the code that decides what a file parses to is computed, never a hand-kept list.
 */
import { readFileSync } from "node:fs";

const SPECIFIERS = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** The import graph of `entries`: local module URLs (sorted) and bare package names (sorted). */
export function importGraph(entries: readonly URL[], read: (url: URL) => string = (u) => readFileSync(u, "utf8")): { modules: URL[]; packages: string[] } {
  const seen = new Map<string, URL>();
  const packages = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url.href)) continue;
    seen.set(url.href, url);
    const text = read(url).replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
    for (const m of text.matchAll(SPECIFIERS)) {
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith(".")) queue.push(new URL(spec, url));
      else if (!spec.startsWith("node:")) packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
    }
  }
  return { modules: [...seen.values()].sort((a, b) => (a.href < b.href ? -1 : a.href > b.href ? 1 : 0)), packages: [...packages].sort() };
}
