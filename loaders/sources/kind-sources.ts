/**
 * Shared by the readers of the further export kinds (products, journeys, experiments, signals,
 * profiles, offers): the config's sources of one kind, and the files a source's glob names.
 */
import type { z } from "zod";
import type { Config } from "../schemas/config.ts";
import { LoadError } from "../model/load-error.ts";
import { sourceFiles } from "./load-sources.ts";
import { describeIssues } from "./read-config.ts";

/** The config's sources of one kind, each parsed by its schema (a bad entry is a `LoadError`). */
export function sourcesOf<S extends z.ZodType>(config: Config, kind: string, schema: S): z.output<S>[] {
  const out: z.output<S>[] = [];
  config.sources.forEach((raw, index) => {
    if (raw.kind !== kind) return;
    const parsed = schema.safeParse(raw, { reportInput: true });
    if (!parsed.success) throw new LoadError(describeIssues(`data/klantbeeld.yaml, sources[${index}] ("${raw.name}")`, parsed.error));
    out.push(parsed.data);
  });
  return out;
}

/** The files of a source, or a `LoadError` when its glob matches nothing (or a folder). */
export async function filesOf(dataDir: string, source: { name: string; files: string }): Promise<string[]> {
  const files = await sourceFiles(dataDir, source.files, source.name);
  if (files.length === 0) throw new LoadError((t) => t.load.noFileMatches(source.name, source.files));
  return files;
}
