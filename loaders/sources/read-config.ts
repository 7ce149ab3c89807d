/** Reads and validates `data/klantbeeld.yaml`, the analysts' description of their exports, once and strictly. */
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { isTimeZone } from "../lib/dates.ts";
import { type Config, ConfigSchema } from "../schemas/config.ts";
import { configJsonSchema } from "../schemas/json-schema.ts";
import { type ConfigText, issueLines, schemaKeys } from "../lib/config-issues.ts";
import { LoadError, type Localized } from "../model/load-error.ts";

/** The config file's name inside the data folder. */
export const CONFIG_FILE = "klantbeeld.yaml";

let knownKeys: string[] | null = null;

/**
 * Turns zod issues into lines that name the field, e.g. `sources[1].format.decimal: …`, with the
 * line in the YAML file and a "did you mean" for a misspelt key when `text` is given; a message
 * for `new LoadError(…)`, written in the reader's language.
 */
export function describeIssues(file: string, error: z.ZodError, text?: ConfigText): Localized {
  knownKeys ??= schemaKeys(configJsonSchema());
  const keys = knownKeys;
  return (t) => `${t.load.invalid(file)}\n${issueLines(file, error, text, keys, t).join("\n")}`;
}

/** Validates an already parsed config object (kept separate for tests); `text` adds line numbers to messages. */
export function parseConfig(value: unknown, file = `data/${CONFIG_FILE}`, text?: ConfigText): Config {
  // reportInput: the found type of a wrong value ("found: text"); the value itself is never printed.
  const result = ConfigSchema.safeParse(value, { reportInput: true });
  if (!result.success) throw new LoadError(describeIssues(file, result.error, text));
  const config = result.data;
  if (!isTimeZone(config.timeZone)) throw new LoadError((t) => t.load.timeZone(file, config.timeZone));
  return config;
}

/** Reads a data description (by default `klantbeeld.yaml` in the data folder). */
export async function readConfig(dataDir: string, description?: string): Promise<Config> {
  const path = description ?? join(dataDir, CONFIG_FILE);
  // Named as the repository sees it (the data folder is data/ there), so CI annotations land on the file.
  const file = description === undefined ? `data/${CONFIG_FILE}` : relative(process.cwd(), description).split("\\").join("/");
  let source: string;
  try {
    source = await readFile(path, "utf8");
  } catch {
    throw new LoadError((t) => t.load.configNotFound(file));
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const [first] = doc.errors;
  if (first) {
    const at = lineCounter.linePos(first.pos[0]);
    throw new LoadError((t) => t.load.configNotYaml(`${file}:${at.line}:${at.col}`, first.message.split("\n")[0]!));
  }
  return parseConfig(doc.toJS(), file, { doc, lineCounter });
}
