/** Reads the bundle the loaders wrote; the site and the digest use this, never the raw data. */
import { readFile } from "node:fs/promises";
import { LoadError } from "../sources/load-error.ts";
import { BUNDLE_VERSION, type Bundle, type Series } from "./types.ts";

/** Where `npm run load` writes the bundle, relative to the project root. */
export const BUNDLE_PATH = ".klantbeeld/bundle.json";

/** Reads and checks a bundle file; a missing file or another version is a clear error. */
export async function readBundle(path = BUNDLE_PATH): Promise<Bundle> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new LoadError((t) => t.load.bundleMissing(path));
  }
  const bundle = JSON.parse(text) as Bundle;
  if (bundle.version !== BUNDLE_VERSION) throw new LoadError((t) => t.load.bundleVersion(path, String(bundle.version), BUNDLE_VERSION));
  return bundle;
}

/** The series with this id; throws with the id when it is missing (a page asking for it is a bug). */
export function seriesById(bundle: Pick<Bundle, "series">, id: string): Series {
  const found = bundle.series.find((s) => s.id === id);
  if (!found) throw new Error(`series "${id}" is not in the bundle`);
  return found;
}
