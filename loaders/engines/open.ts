/** Opens the adapter of an engine: the one place that knows every engine (add a third here). */
import type { EngineSource } from "../schemas/config.ts";
import type { EngineAdapter } from "./adapter.ts";
import { clickhouseAdapter, clickhouseSettings } from "./clickhouse.ts";
import { duckdbAdapter } from "./duckdb.ts";

/** The adapter for `engine`, connection settings from `env` where the engine needs any. */
export async function openAdapter(engine: EngineSource["engine"], dataDir: string, env: Record<string, string | undefined>): Promise<EngineAdapter> {
  if (engine === "clickhouse") return clickhouseAdapter(clickhouseSettings(env));
  return await duckdbAdapter(dataDir);
}
