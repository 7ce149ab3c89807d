/** Reads the bundle the loaders wrote; the site and the digest use this, never the raw data. */
import { readFile } from "node:fs/promises";
import { BundleSchema } from "./bundle/bundle-schema.ts";
import { LoadError } from "./model/load-error.ts";
import { BUNDLE_VERSION, type Bundle, type Series } from "./bundle/types.ts";

/** Where `npm run load` writes the bundle, relative to the project root. */
export const BUNDLE_PATH = ".klantbeeld/bundle.json";

/** The most problems listed when a bundle does not match its schema. */
const ISSUES_LISTED = 5;

/** Reads and checks a bundle file; a missing file or another version is a clear error. */
export async function readBundle(path = BUNDLE_PATH): Promise<Bundle> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new LoadError((t) => t.load.bundleMissing(path));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not JSON: run \`npm run load\` again`);
  }
  return parseBundle(raw, path);
}

/** Checks a parsed bundle against `BundleSchema` (once, at the read boundary); `path` names it in errors. */
export function parseBundle(raw: unknown, path: string): Bundle {
  const version = typeof raw === "object" && raw !== null && "version" in raw ? raw.version : undefined;
  if (version !== BUNDLE_VERSION) throw new LoadError((t) => t.load.bundleVersion(path, String(version), BUNDLE_VERSION));
  // Once per process: zod's compiled (eval) fast path costs more to build than it saves on one parse.
  const result = BundleSchema.safeParse(raw, { jitless: true });
  if (result.success) return result.data;
  const lines = result.error.issues.slice(0, ISSUES_LISTED).map((issue) => `  ${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`);
  const more = result.error.issues.length - lines.length;
  throw new Error(`${path} does not match the bundle's schema:\n${lines.join("\n")}${more > 0 ? `\n  … and ${more} more` : ""}\nRun \`npm run load\` again.`);
}

/** The series with this id; throws with the id when it is missing (a page asking for it is a bug). */
export function seriesById(bundle: Pick<Bundle, "series">, id: string): Series {
  const found = bundle.series.find((s) => s.id === id);
  if (!found) throw new Error(`series "${id}" is not in the bundle`);
  return found;
}
