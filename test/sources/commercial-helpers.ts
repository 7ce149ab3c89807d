/** Test helper: loads the commercial exports of a throwaway data folder through the real loader. */
import { loadCommercialSources } from "../../loaders/sources/load-commercial.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import { dataDir } from "./helpers.ts";

/** Writes a config with the given YAML source entries (indented list items) and files, then loads. */
export async function loadCommercial(sources: string, files: Record<string, string | Uint8Array>) {
  const yaml = `version: 1\ntimeZone: Europe/Amsterdam\nsources:\n${sources}\n`;
  const dir = await dataDir({ "klantbeeld.yaml": yaml, ...files });
  return loadCommercialSources(await readConfig(dir), dir);
}

/** Day number of an ISO date, computed without the modules under test. */
export function day(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}
