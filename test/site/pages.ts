/** Test helper: every built page of `DIST` as a site path (`/`, `/segmenten/2026-10/`, …). */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "./serve.ts";

/** The paths of every `index.html` under `DIST`, sorted. */
export function builtPages(dir = DIST, base = "/"): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...builtPages(path, `${base}${entry}/`));
    else if (entry === "index.html") out.push(base);
  }
  return out;
}
