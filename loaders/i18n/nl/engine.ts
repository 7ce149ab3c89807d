/**
 * Messages about an engine that reads the transactions (DuckDB, ClickHouse), Dutch: which source
 * or engine, what went wrong in words and what to fix. The engine's own detail (scrubbed of
 * secrets) follows in brackets as the engine wrote it.
 */
export const engine = {
  engine: (name: string) => `engine ${name}`,
  source: (source: string, name: string) => `bron "${source}" (engine ${name})`,
  unreachable: (urlEnv: string) => `de server is niet bereikbaar; controleer ${urlEnv} en of de server draait`,
  refusedLogin: (userEnv: string, passwordEnv: string) => `de server weigert de gebruikersnaam of het wachtwoord; controleer de secrets ${userEnv} en ${passwordEnv}`,
  noTable: "de tabel of database bestaat niet; controleer table/query in data/klantbeeld.yaml",
  noColumn: "er ontbreekt een kolom; controleer columns in data/klantbeeld.yaml",
  badSql: "de query in data/klantbeeld.yaml is geen geldige SQL voor deze engine",
  outOfMemory: "de server had te weinig geheugen voor de query",
  refused: "de engine weigerde de query",
  setUrl: (urlEnv: string, userEnv: string, passwordEnv: string) =>
    `engine clickhouse: zet ${urlEnv} (bijv. https://warehouse.example:8443) en, als repository-secrets, ${userEnv} en ${passwordEnv}`,
  notUrl: (urlEnv: string) => `engine clickhouse: ${urlEnv} is geen URL (verwacht bijv. https://warehouse.example:8443)`,
};
