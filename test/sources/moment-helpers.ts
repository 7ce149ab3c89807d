/** Test helper: loads the signals, profiles and offers exports of a throwaway data folder through the real loader. */
import { loadMomentSources } from "../../loaders/sources/load-moments.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import { dataDir } from "./helpers.ts";

/** Writes a config with the given YAML source entries and files, then loads the three kinds. */
export async function loadMoments(sources: string, files: Record<string, string | Uint8Array>) {
  const yaml = `version: 1\ntimeZone: Europe/Amsterdam\nsources:\n${sources}\n`;
  const dir = await dataDir({ "klantbeeld.yaml": yaml, ...files });
  return loadMomentSources(await readConfig(dir), dir);
}
