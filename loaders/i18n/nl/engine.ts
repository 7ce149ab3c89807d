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
  cannotAttach: (source: string, database: string) => `bron "${source}": kan de DuckDB-database data/${database} niet openen; controleer het pad in data/klantbeeld.yaml`,
  cannotRead: (source: string, table: string | null, database: string | null, detail: string) =>
    `bron "${source}": DuckDB kan ${table === null ? "de query" : `tabel ${table}`}${database ? ` in data/${database}` : ""} niet lezen (${detail}); controleer table/query in data/klantbeeld.yaml`,
  noFiles: (source: string, files: string) => `bron "${source}": geen bestand in data/ past bij "${files}"`,
  mixedSources: (source: string) => `bron "${source}": geef ook deze bron een engine; transactiebronnen kunnen niet deels door Klantbeeld gelezen bestanden en deels engine-bronnen zijn (data/klantbeeld.yaml)`,
  oneEngine: (engines: string[]) => `alle transactiebronnen moeten één engine gebruiken (data/klantbeeld.yaml noemt ${engines.join(" en ")}): klanten worden over de bronnen heen in één query geteld`,
  missingColumn: (source: string, column: string, field: string, table: string | null, file: string | null, columns: string[]) =>
    `bron "${source}": kolom "${column}" (${field}) staat niet in ${file !== null ? file : table !== null ? `tabel ${table}` : "de query"}; die heeft ${columns.map((c) => `"${c}"`).join(", ")}. Controleer columns in data/klantbeeld.yaml.`,
  noChannel: (source: string) => `bron "${source}": geef een kanaalkolom of een vast kanaal op in data/klantbeeld.yaml`,
  noOrders: "geen orders in de engine-bronnen: niets te rapporteren",
  unsupported: (sections: string[]) => `nog niet mogelijk voor engine-bronnen: ${sections.join(", ")} (zie docs/scaling.md)`,
};
