/**
 * What an engine adapter does: resolve each source to a FROM item with its columns, run
 * pushed-down SQL and return plain rows. The queries themselves live in `sql/`, the dialect in
 * `dialects/`; an adapter holds only the connection and how a source names its data.
 */
import type { EngineSource } from "../schemas/config.ts";
import type { Dialect } from "./dialect.ts";

/** A source resolved by its adapter: FROM items of its lines with their column names. */
export interface ResolvedPart {
  /** A FROM item: table name or parenthesised query or reader call. */
  relation: string;
  /** SQL expression of the row's file/table label in the row account. */
  file: string;
  /** Column names the relation has (for the missing-column check). */
  columns: string[];
  /** SQL condition true for a line the reader split into the wrong number of fields (CSV only). */
  wrongFieldCount?: string;
  /** Where the columns were read, for messages: a file (`data/webshop/x.csv`), else a table (`sales.lines`), else the source's query (both null). */
  where: { file: string | null; table: string | null };
}

/** Lines the engine's reader itself refused (e.g. a CSV line with the wrong number of fields). */
export interface ReaderRejects {
  file: string;
  count: number;
  /** Line numbers of the first few (file sources only). */
  lines: number[];
}

/** An engine connection for one load. */
export interface EngineAdapter {
  readonly dialect: Dialect;
  /** Resolves a source to the parts its lines come from (throws `LoadError` naming the source). */
  resolve(source: EngineSource, index: number): Promise<ResolvedPart[]>;
  /**
   * Makes the validated lines queryable: returns the FROM item later queries read them from.
   * An adapter may materialise them (DuckDB) or return the SELECT itself (a warehouse).
   */
  stage(linesSelect: string): Promise<string>;
  /**
   * Makes an intermediate SELECT reusable by the later queries: returns a FROM item. DuckDB keeps
   * it as a temp table (spills to disk), ClickHouse as a temporary table of the load's session
   * (on the server; a third engine may also return the parenthesised SELECT, recomputed where read).
   */
  keep(name: string, select: string): Promise<string>;
  /** Lines the engine's own reader refused, per file (empty for tables). */
  readerRejects(): Promise<ReaderRejects[]>;
  /** Runs a query and returns its rows as objects (numbers as numbers, arrays as arrays). */
  query(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}
