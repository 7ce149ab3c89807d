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
};
