/**
 * Test helper: puts the sample exports into a warehouse the way a data team would — one table per
 * export kind, every cell as the text the export held, plus the export file's name as batch
 * column — then writes a `data/` folder whose klantbeeld.yaml points the transactions sources
 * at those tables (or, for DuckDB, at the same CSV files) and links the other exports.
 */
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ClickHouseClient, ClickHouseLogLevel, createClient } from "@clickhouse/client";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { parse, stringify } from "yaml";
import { sourceFiles } from "../../loaders/sources/load-sources.ts";

export const SAMPLE = new URL("../../data/", import.meta.url).pathname;

/** A pinned as-of day inside a month of the sample: a partial last month compared on the same days (docs/metrics.md). */
export const PINNED = { asOf: "2026-09-09" };

/** Sample transactions sources and the warehouse table each reads (winkels split by a query on the batch). */
const TABLES = { webshop: "webshop_lines", "winkels-oud": "winkels_lines", winkels: "winkels_lines" } as const;

/** A data folder with the sample's other exports linked and `klantbeeld.yaml` rewritten by `edit` (and `top` merged into it, e.g. `asOf`). */
export function dataFolder(edit: (source: Record<string, unknown>) => Record<string, unknown>, top: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "klantbeeld-engine-data-"));
  for (const name of readdirSync(SAMPLE)) if (name !== "klantbeeld.yaml") symlinkSync(join(SAMPLE, name), join(dir, name));
  const config = parse(readFileSync(join(SAMPLE, "klantbeeld.yaml"), "utf8")) as { sources: Record<string, unknown>[] };
  config.sources = config.sources.map((s) => (s.kind === "transactions" ? edit(s) : s));
  writeFileSync(join(dir, "klantbeeld.yaml"), stringify({ ...config, ...top }));
  return dir;
}

/** The sample's data folder with its transactions sources read by DuckDB from the same CSV files. */
export function duckdbSampleFolder(top: Record<string, unknown> = {}): string {
  return dataFolder((s) => ({ ...s, engine: "duckdb" }), top);
}

/** The sample's own reader (no engine) with `top` merged into its klantbeeld.yaml. */
export function streamSampleFolder(top: Record<string, unknown>): string {
  return dataFolder((s) => s, top);
}

/** The sample's data folder with its transactions sources in ClickHouse tables. */
export function clickhouseSampleFolder(top: Record<string, unknown> = {}): string {
  return dataFolder((s) => {
    const { files, ...rest } = s as { files: string; name: keyof typeof TABLES };
    const table = TABLES[rest.name];
    const where = rest.name === "winkels-oud" ? "export_file < 'winkels/winkels-2025'" : rest.name === "winkels" ? "export_file >= 'winkels/winkels-2025'" : null;
    void files;
    return { ...rest, engine: "clickhouse", batchColumn: "export_file", ...(where ? { query: `SELECT * FROM ${table} WHERE ${where}` } : { table }) };
  }, top);
}

/** Rows of one sample CSV as the export held them (text cells); lines with a wrong field count are not loadable into a table and are counted. */
function readRows(path: string, encoding: string, delimiter: string): { header: string[]; rows: string[][]; unloadable: number } {
  const bytes = readFileSync(path);
  let text = encoding === "windows-1252" ? iconv.decode(bytes, "win1252") : bytes.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/^"?sep=."?\r?\n/i, "");
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  const good = rows.filter((r) => r.length === header!.length);
  return { header: header!, rows: good, unloadable: rows.length - good.length };
}

/** Creates `<table>_local` on every shard and `<table>` as a Distributed table over them, then inserts through it. */
export async function loadSampleIntoCluster(urls: readonly string[], user: string, password: string): Promise<{ unloadable: number; perShard: number[] }> {
  const clients: ClickHouseClient[] = urls.map((url) => createClient({ url, username: user, password, log: { level: ClickHouseLogLevel.OFF } }));
  const config = parse(readFileSync(join(SAMPLE, "klantbeeld.yaml"), "utf8")) as { sources: { name: string; kind: string; files: string; format: { delimiter: string; encoding?: string } }[] };
  let unloadable = 0;
  const perShard = urls.map(() => 0);
  try {
    const created = new Set<string>();
    for (const source of config.sources.filter((s) => s.kind === "transactions")) {
      const table = TABLES[source.name as keyof typeof TABLES];
      for (const file of await sourceFiles(SAMPLE, source.files)) {
        const { header, rows, unloadable: bad } = readRows(join(SAMPLE, file), source.format.encoding ?? "utf-8", source.format.delimiter);
        unloadable += bad;
        if (!created.has(table)) {
          const columns = [...header, "export_file"].map((c) => `\`${c}\` String`).join(", ");
          for (const client of clients) await client.command({ query: `CREATE TABLE ${table}_local (${columns}) ENGINE = MergeTree ORDER BY tuple()` });
          for (const client of clients) await client.command({ query: `CREATE TABLE ${table} AS ${table}_local ENGINE = Distributed(klantbeeld, default, ${table}_local, rand())` });
          created.add(table);
        }
        const values = rows.map((r) => Object.fromEntries([...header.map((h, i) => [h, r[i]!]), ["export_file", file]]));
        await clients[0]!.insert({ table, values, format: "JSONEachRow", clickhouse_settings: { insert_distributed_sync: 1 } });
      }
    }
    for (const [i, client] of clients.entries()) {
      for (const table of created) {
        const [row] = (await (await client.query({ query: `SELECT count() AS n FROM ${table}_local`, format: "JSONEachRow" })).json()) as { n: string }[];
        perShard[i]! += Number(row!.n);
      }
    }
  } finally {
    for (const client of clients) await client.close();
  }
  return { unloadable, perShard };
}

/** Removes a folder made by `dataFolder` (symlinks only, the sample stays). */
export { rmSync as removeFolder } from "node:fs";
