/**
 * `npm run lint` (after Biome): checks the import rules of tools/import-rules.ts over loaders/ and
 * src/ and prints each broken one as `file:line specifier — rule`; exits 1 when there is one.
 *
 *   node tools/check-imports.ts [root]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { checkImports } from "./import-rules.ts";

/** The `.ts` and `.astro` files under `dir` (repo-relative, sorted). */
function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(ts|astro)$/.test(entry.name)) continue;
    out.push(relative(root, join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

const root = process.argv[2] ?? ".";
const files = new Map<string, string>();
for (const file of [...sourceFiles(root, "loaders"), ...sourceFiles(root, "src")]) files.set(file, readFileSync(join(root, file), "utf8"));
const violations = checkImports(files);
for (const v of violations) console.error(`${v.file}:${v.line} "${v.specifier}" — ${v.rule}`);
console.log(`import rules: ${files.size} files, ${violations.length} broken`);
if (violations.length > 0) process.exitCode = 1;
