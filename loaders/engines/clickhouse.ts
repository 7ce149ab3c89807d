/**
 * The ClickHouse adapter (official `@clickhouse/client`, HTTP interface; works with servers from
 * 18.16 on). A source is a table (a `Distributed` table for a cluster) or a query; nothing is
 * materialised on the runner. The validated-lines SELECT is embedded where it is read (the servers
 * scan and group); the orders and the per-customer tables built from them are kept as temporary
 * tables of the load's session (in memory on the server that got the query, dropped when the
 * session ends), so no later query recomputes them. Only compact results travel back.
 */
import { randomUUID } from "node:crypto";
import { type ClickHouseClient, ClickHouseLogLevel, createClient } from "@clickhouse/client";
import { LoadError } from "../model/load-error.ts";
import type { EngineAdapter, ResolvedPart } from "./adapter.ts";
import { clickhouseDialect as sql } from "./dialects/clickhouse.ts";

/** Connection settings, from environment variables fed by repository secrets. */
export interface ClickhouseSettings {
  url: string;
  username: string;
  password: string;
  database: string;
}

/** Names of the environment variables a ClickHouse source reads. */
export const CLICKHOUSE_ENV = {
  url: "KLANTBEELD_CLICKHOUSE_URL",
  username: "KLANTBEELD_CLICKHOUSE_USER",
  password: "KLANTBEELD_CLICKHOUSE_PASSWORD",
  database: "KLANTBEELD_CLICKHOUSE_DATABASE",
} as const;

/** Reads the connection settings; a missing URL stops the load naming the variable. */
export function clickhouseSettings(env: Record<string, string | undefined>): ClickhouseSettings {
  const url = env[CLICKHOUSE_ENV.url];
  if (!url) {
    throw new LoadError((t) => t.engine.setUrl(CLICKHOUSE_ENV.url, CLICKHOUSE_ENV.username, CLICKHOUSE_ENV.password));
  }
  // Credentials written into the URL move to the settings (and out of every message).
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new LoadError((t) => t.engine.notUrl(CLICKHOUSE_ENV.url));
  }
  const inUrl = { username: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
  parsed.username = "";
  parsed.password = "";
  return {
    url: parsed.toString().replace(/\/$/, ""),
    username: env[CLICKHOUSE_ENV.username] || inUrl.username || "default",
    password: env[CLICKHOUSE_ENV.password] ?? inUrl.password,
    database: env[CLICKHOUSE_ENV.database] || "default",
  };
}

/** Opens a client (no query is sent until the first source is resolved). */
export function clickhouseAdapter(settings: ClickhouseSettings): EngineAdapter {
  const client: ClickHouseClient = createClient({
    url: settings.url,
    username: settings.username,
    password: settings.password,
    database: settings.database,
    request_timeout: 600_000,
    // One session per load: its temporary tables (`keep`) live as long as it does.
    session_id: `klantbeeld-${randomUUID()}`,
    log: { level: ClickHouseLogLevel.OFF },
    // The pushed-down SELECTs are long (one validation expression per cell rule, nested per level, and
    // the validated-lines SELECT embedded once per use: nothing is kept on the server).
    clickhouse_settings: { output_format_json_quote_64bit_integers: 0, max_query_size: "16777216", max_ast_elements: "2000000", max_expanded_ast_elements: "20000000" },
  });
  const query = async (text: string) => {
    const t0 = performance.now();
    const rows = (await (await client.query({ query: text, format: "JSONEachRow" })).json()) as Record<string, unknown>[];
    if (process.env.KLANTBEELD_ENGINE_DEBUG) console.error(`clickhouse ${text.slice(0, 40).replace(/\s+/g, " ")}: ${Math.round(performance.now() - t0)} ms`);
    return rows;
  };

  async function resolve(source: Parameters<EngineAdapter["resolve"]>[0]): Promise<ResolvedPart[]> {
    const relation = source.table !== undefined ? source.table.split(".").map(sql.ident).join(".") : `(${source.query})`;
    const result = await client.query({ query: `SELECT * FROM ${relation} LIMIT 0`, format: "JSON" });
    const json = (await result.json()) as { meta?: { name: string }[] };
    const columns = (json.meta ?? []).map((m) => m.name);
    const where = { file: null, table: source.table ?? null };
    const label = sql.text(source.table ?? `${source.name} (query)`);
    const file = source.batchColumn !== undefined && columns.includes(source.batchColumn) ? sql.asText(sql.ident(source.batchColumn)) : label;
    return [{ relation, file, columns, where }];
  }

  return {
    dialect: sql,
    resolve,
    async stage(linesSelect) {
      return linesSelect;
    },
    async keep(name, select) {
      const t0 = performance.now();
      await client.command({ query: `CREATE TEMPORARY TABLE ${name} AS ${select}` });
      if (process.env.KLANTBEELD_ENGINE_DEBUG) console.error(`clickhouse keep ${name}: ${Math.round(performance.now() - t0)} ms`);
      return name;
    },
    async readerRejects() {
      return [];
    },
    query,
    async close() {
      await client.close();
    },
  };
}
