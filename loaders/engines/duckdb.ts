/**
 * The DuckDB adapter: in-process, out-of-core (spills to a temp folder past its memory limit).
 * A source is CSV/Parquet files under `data/` read by DuckDB's own readers — every CSV cell as
 * text, delimiter, header and encoding given explicitly, so no sniffer guesses a locale — or a
 * table or query in a `.duckdb` file. Validated lines are materialised once; every aggregate
 * query then reads that table.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, resolve as resolvePath } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { EngineSource } from "../schemas/config.ts";
import { LoadError } from "../model/load-error.ts";
import { sourceFiles } from "../sources/load-sources.ts";
import type { EngineAdapter, ReaderRejects, ResolvedPart } from "./adapter.ts";
import { csvHead } from "./csv-head.ts";
import { standardText } from "./dialect.ts";
import { duckdbDialect as sql } from "./dialects/duckdb.ts";
import { plainRows } from "./rows.ts";

/** The extra column that catches a line with one field too many (DuckDB tolerates a trailing delimiter). */
const EXTRA = "__klantbeeld_extra";
/** A null marker no export holds, so an empty field stays '' and a missing one is NULL. */
const NO_NULL = "\u0001";
/** The reader option that pads short lines with NULL (so they can be counted as wrong). */
const PADDING = "null_padding = true";

/** Options of the DuckDB adapter. */
export interface DuckdbOptions {
  /** DuckDB's memory limit, e.g. `2GB` (default: KLANTBEELD_DUCKDB_MEMORY or `2GB`). */
  memoryLimit?: string;
  /** Threads (default: KLANTBEELD_DUCKDB_THREADS, else DuckDB's: one per core). */
  threads?: number;
  /** Folder the private spill folder is made in (default: KLANTBEELD_DUCKDB_TEMP, else the system temp folder). */
  tempDir?: string;
}

/** Opens an in-memory DuckDB with a private spill folder. */
export async function duckdbAdapter(dataDir: string, options: DuckdbOptions = {}): Promise<EngineAdapter> {
  const spill = mkdtempSync(join(options.tempDir ?? process.env.KLANTBEELD_DUCKDB_TEMP ?? tmpdir(), "klantbeeld-duckdb-"));
  const threads = options.threads ?? (Number(process.env.KLANTBEELD_DUCKDB_THREADS) || undefined);
  const instance = await DuckDBInstance.create(":memory:", {
    memory_limit: options.memoryLimit ?? process.env.KLANTBEELD_DUCKDB_MEMORY ?? "2GB",
    temp_directory: spill,
    // No query relies on insertion order (they all ORDER BY); keeping it costs memory in large CREATE TABLE AS.
    preserve_insertion_order: "false",
    ...(threads ? { threads: String(threads) } : {}),
  });
  const connection = await instance.connect();
  let csvReads = 0;
  const attached = new Map<string, string>();
  const run = async (text: string) => plainRows((await connection.runAndReadAll(text)).getRowObjectsJS());
  const timed = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await work();
    if (process.env.KLANTBEELD_ENGINE_DEBUG) console.error(`duckdb ${what}: ${Math.round(performance.now() - t0)} ms`);
    return result;
  };
  const columnsOf = async (relation: string) => (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${relation}`)).getRowObjectsJS().map((r) => String(r.column_name));

  async function csvPart(source: EngineSource, file: string): Promise<ResolvedPart> {
    const path = resolvePath(dataDir, file);
    const head = await csvHead(path, source.format);
    csvReads++;
    const columns = [...head.header, EXTRA].map((name) => `${standardText(name)}: 'VARCHAR'`).join(", ");
    const relation = `read_csv(${standardText(path)}, header = false, skip = ${head.skip + 1}, delim = ${standardText(head.delimiter)}, quote = '"', escape = '"',
      encoding = ${standardText(source.format.encoding === "windows-1252" ? "latin-1" : "utf-8")}, auto_detect = false, ${PADDING},
      nullstr = ${standardText(NO_NULL)}, columns = {${columns}}, store_rejects = true, rejects_table = 'kb_rejects', rejects_scan = 'kb_scans')`;
    const last = sql.ident(head.header.at(-1) ?? EXTRA);
    return { relation, file: standardText(file), columns: head.header, where: { file: `data/${file}`, table: null }, wrongFieldCount: `${sql.ident(EXTRA)} IS NOT NULL OR ${last} IS NULL` };
  }

  async function tablePart(source: EngineSource, index: number): Promise<ResolvedPart> {
    let prefix = "";
    if (source.database !== undefined) {
      const alias = attached.get(source.database) ?? `src${index}`;
      if (!attached.has(source.database)) {
        const path = resolvePath(dataDir, source.database);
        await connection.run(`ATTACH ${standardText(path)} AS ${alias} (READ_ONLY)`).catch(() => {
          throw new LoadError((t) => t.engine.cannotAttach(source.name, source.database!));
        });
        attached.set(source.database, alias);
        await connection.run(`USE ${alias}`);
      }
      prefix = `${alias}.`;
    }
    const relation = source.table !== undefined ? `${prefix}${source.table.split(".").map(sql.ident).join(".")}` : `(${source.query})`;
    const columns = await columnsOf(relation).catch((error: unknown) => {
      const detail = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
      throw new LoadError((t) => t.engine.cannotRead(source.name, source.table ?? null, source.database ?? null, detail));
    });
    const label = standardText(source.table ?? `${source.name} (query)`);
    const file = source.batchColumn !== undefined && columns.includes(source.batchColumn) ? sql.asText(sql.ident(source.batchColumn)) : label;
    return { relation, file, columns, where: { file: null, table: source.table ?? null } };
  }

  return {
    dialect: sql,
    async resolve(source, index) {
      if (source.files === undefined) return [await tablePart(source, index)];
      const files = await sourceFiles(dataDir, source.files);
      if (files.length === 0) throw new LoadError((t) => t.engine.noFiles(source.name, source.files!));
      const parts: ResolvedPart[] = [];
      for (const file of files) {
        if (extname(file).toLowerCase() === ".parquet") {
          const relation = `read_parquet(${standardText(resolvePath(dataDir, file))})`;
          parts.push({ relation, file: standardText(file), columns: await columnsOf(relation), where: { file: `data/${file}`, table: null } });
        } else parts.push(await csvPart(source, file));
      }
      return parts;
    },
    async stage(linesSelect) {
      const create = (select: string) => connection.run(`CREATE OR REPLACE TEMP TABLE kb_lines AS ${select}`);
      await timed("stage", () => create(linesSelect)).catch(async (error: unknown) => {
        // DuckDB's parallel CSV scanner cannot pad short lines when a quoted field spans lines: read serially then.
        if (!String((error as Error).message).includes("parallel=false")) throw error;
        await create(linesSelect.replaceAll(PADDING, `${PADDING}, parallel = false`));
      });
      return "kb_lines";
    },
    async keep(name, select) {
      await timed(name, () => connection.run(`CREATE OR REPLACE TEMP TABLE ${name} AS ${select}`));
      return name;
    },
    async readerRejects(): Promise<ReaderRejects[]> {
      if (csvReads === 0) return [];
      const rows = await run(`SELECT s.file_path AS path, count(*) AS n, list(e.line ORDER BY e.line)[1:5] AS lines FROM kb_rejects e
        JOIN kb_scans s ON e.scan_id = s.scan_id AND e.file_id = s.file_id GROUP BY s.file_path ORDER BY s.file_path`).catch(() => []);
      const root = resolvePath(dataDir);
      return rows.map((r) => ({ file: String(r.path).slice(root.length + 1), count: Number(r.n), lines: (r.lines as number[]).map(Number) }));
    },
    query: (text) => timed(text.slice(0, 40).replace(/\s+/g, " "), () => run(text)),
    async close() {
      connection.closeSync();
      instance.closeSync();
      rmSync(spill, { recursive: true, force: true });
    },
  };
}
