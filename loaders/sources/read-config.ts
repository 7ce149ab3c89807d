/** Reads and validates `data/klantbeeld.yaml`, the analysts' description of their exports. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { isTimeZone } from "../lib/dates.ts";
import { type Config, ConfigSchema } from "../schemas/config.ts";
import { LoadError } from "./load-error.ts";

/** The config file's name inside the data folder. */
export const CONFIG_FILE = "klantbeeld.yaml";

/** Turns zod issues into lines that name the field, e.g. `sources[1].format.decimal: …`. */
export function describeIssues(file: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
    return `  ${path || "(top level)"}: ${issue.message}`;
  });
  return `${file} is not valid:\n${lines.join("\n")}`;
}

/** Validates an already parsed config object (kept separate for tests). */
export function parseConfig(value: unknown, file = `data/${CONFIG_FILE}`): Config {
  const result = ConfigSchema.safeParse(value);
  if (!result.success) throw new LoadError(describeIssues(file, result.error));
  const config = result.data;
  if (!isTimeZone(config.timeZone)) throw new LoadError(`${file}: timeZone "${config.timeZone}" is not a known IANA time zone`);
  return config;
}

/** Reads a data description (by default `klantbeeld.yaml` in the data folder). */
export async function readConfig(dataDir: string, path = join(dataDir, CONFIG_FILE)): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new LoadError(`${path} not found: describe your exports there (see docs/data.md)`);
  }
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    // yaml's messages name the line and column ("… at line 3, column 5").
    throw new LoadError(`data/${CONFIG_FILE} is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  return parseConfig(value);
}
