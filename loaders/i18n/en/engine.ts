/** Messages about an engine that reads the transactions (English); see the Dutch area. */
import type { engine as nl } from "../nl/engine.ts";

export const engine: typeof nl = {
  engine: (name) => `engine ${name}`,
  source: (source, name) => `source "${source}" (engine ${name})`,
  unreachable: (urlEnv) => `cannot reach the server; check ${urlEnv} and that the server is up`,
  refusedLogin: (userEnv, passwordEnv) => `the server refused the user name or password; check the ${userEnv} and ${passwordEnv} secrets`,
  noTable: "the table or database does not exist; check table/query in data/klantbeeld.yaml",
  noColumn: "a column is missing; check columns in data/klantbeeld.yaml",
  badSql: "the query in data/klantbeeld.yaml is not valid SQL for this engine",
  outOfMemory: "the server ran out of memory for the query",
  refused: "the engine refused the query",
  setUrl: (urlEnv, userEnv, passwordEnv) => `engine clickhouse: set ${urlEnv} (e.g. https://warehouse.example:8443) and, as repository secrets, ${userEnv} and ${passwordEnv}`,
  notUrl: (urlEnv) => `engine clickhouse: ${urlEnv} is not a URL (expected e.g. https://warehouse.example:8443)`,
  cannotAttach: (source, database) => `source "${source}": cannot open the DuckDB database data/${database}; check the path in data/klantbeeld.yaml`,
  cannotRead: (source, table, database, detail) =>
    `source "${source}": DuckDB cannot read ${table === null ? "its query" : `table ${table}`}${database ? ` in data/${database}` : ""} (${detail}); check table/query in data/klantbeeld.yaml`,
  noFiles: (source, files) => `source "${source}": no file in data/ matches "${files}"`,
  mixedSources: (source) => `source "${source}": give it an engine too; transactions sources cannot mix files read by Klantbeeld with engine sources (data/klantbeeld.yaml)`,
  oneEngine: (engines) => `all transactions sources must use one engine (data/klantbeeld.yaml names ${engines.join(" and ")}): customers are counted across sources in one query`,
  missingColumn: (source, column, field, table, file, columns) =>
    `source "${source}": column "${column}" (${field}) is not in ${file !== null ? file : table !== null ? `table ${table}` : "its query"}; it has ${columns.map((c) => `"${c}"`).join(", ")}. Check columns in data/klantbeeld.yaml.`,
  noChannel: (source) => `source "${source}": give a channel column or a fixed channel in data/klantbeeld.yaml`,
  noOrders: "no orders in the engine sources: nothing to report",
  unsupported: (sections) => `not yet supported for engine sources: ${sections.join(", ")} (see docs/scaling.md)`,
};
