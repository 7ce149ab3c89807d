import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sections } from "../../loaders/bundle/sections.ts";
import type { Bundle } from "../../loaders/bundle/types.ts";
import { type EngineLoad, loadEngineBundle } from "../../loaders/engines/load-engine.ts";
import { loadBundle } from "../../loaders/load-bundle.ts";
import { stableJson } from "../../loaders/lib/stable-json.ts";
import { parseBundle } from "../../loaders/read-bundle.ts";
import { LoadError } from "../../loaders/model/load-error.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import { type Cluster, clickhouseBinary, startCluster } from "./clickhouse-cluster.ts";
import { accountFigures, differences, PUSHED_DOWN, seriesDifferences, UNSUPPORTED, UNSUPPORTED_SERIES } from "./compare.ts";
import { createClient } from "@clickhouse/client";
import { clickhouseDialect } from "../../loaders/engines/dialects/clickhouse.ts";
import { DATE_CASES, evaluate, evaluateRanks, NUMBER_CASES, RANK_EXPECTED } from "./sql/cases.ts";
import { clickhouseSampleFolder, dataFolder, loadSampleIntoCluster, PINNED, removeFolder, SAMPLE, streamSampleFolder } from "./sample-warehouse.ts";

const binary = clickhouseBinary();
if (!binary) console.warn("clickhouse-server not installed: ClickHouse engine tests left out (npm test's pretest installs it as root)");

// Two real clickhouse-server processes on 127.0.0.1 as a two-shard cluster; the sample exports
// are inserted through Distributed tables and every query reads through them.
describe.skipIf(!binary)("engine: clickhouse, two shards behind Distributed tables", () => {
  let cluster: Cluster;
  let stream: Bundle;
  let engine: EngineLoad;
  let pinnedStream: Bundle;
  let pinned: EngineLoad;
  let env: Record<string, string>;
  let loadedRows: { unloadable: number; perShard: number[] };
  const folders: string[] = [];
  beforeAll(async () => {
    cluster = await startCluster(binary!);
    loadedRows = await loadSampleIntoCluster(cluster.urls, cluster.user, cluster.password);
    env = { KLANTBEELD_CLICKHOUSE_URL: cluster.urls[0], KLANTBEELD_CLICKHOUSE_USER: cluster.user, KLANTBEELD_CLICKHOUSE_PASSWORD: cluster.password };
    const dir = clickhouseSampleFolder();
    folders.push(dir);
    stream = await loadBundle(SAMPLE);
    engine = await loadEngineBundle(await readConfig(dir), dir, { sections: sections(), env });
    folders.push(streamSampleFolder(PINNED), clickhouseSampleFolder(PINNED));
    pinnedStream = await loadBundle(folders.at(-2)!);
    pinned = await loadEngineBundle(await readConfig(folders.at(-1)!), folders.at(-1)!, { sections: sections(), env });
  }, 600_000);
  afterAll(async () => {
    await cluster?.stop();
    for (const dir of folders) removeFolder(dir, { recursive: true, force: true });
  });

  it("reads numbers and dates with the same cell rules as DuckDB and the stream reader", async () => {
    const client = createClient({ url: cluster.urls[1], username: cluster.user, password: cluster.password });
    try {
      const query = async (text: string) => (await (await client.query({ query: text, format: "JSONEachRow" })).json()) as Record<string, unknown>[];
      const { numbers, days } = await evaluate(clickhouseDialect, query);
      expect(numbers).toEqual(NUMBER_CASES.map((c) => c[2]));
      expect(days).toEqual(DATE_CASES.map((c) => c[3]));
      // Ranks from sorted arrays (no window functions in 18.16) equal DuckDB's window sums.
      expect(await evaluateRanks(clickhouseDialect, query)).toEqual({ ranks: RANK_EXPECTED, picked: 6 });
    } finally {
      await client.close();
    }
  });

  it("spreads the sample over both shards", () => {
    const total = Object.values(accountFigures(stream)).reduce((n: number, a) => n + (a as { read: number }).read, 0);
    expect(loadedRows.unloadable).toBe(1); // the one line with an extra field cannot be a table row
    expect(loadedRows.perShard[0]! + loadedRows.perShard[1]!).toBe(total - 1);
    expect(Math.min(...loadedRows.perShard)).toBeGreaterThan(total / 4);
  });

  it("gives the stream engine's series and sections (money to the cent)", () => {
    expect(engine.bundle.months).toEqual(stream.months);
    expect(seriesDifferences(engine.bundle, stream)).toEqual([]);
    expect(engine.bundle.series.length).toBe(stream.series.filter((s) => !UNSUPPORTED_SERIES.test(s.id)).length);
    for (const name of PUSHED_DOWN) {
      expect(engine.bundle.sections[name]).toBeDefined();
      expect(differences(engine.bundle.sections[name], stream.sections[name], name)).toEqual([]);
    }
    expect(engine.unsupported).toEqual(UNSUPPORTED);
  });

  it("gives the stream's partial month as of a pinned 9 September 2026: period, series and same-days values", () => {
    expect(pinned.bundle.period).toEqual(pinnedStream.period);
    expect(seriesDifferences(pinned.bundle, pinnedStream)).toEqual([]);
    expect(pinned.bundle.series.find((s) => s.id === "revenue")!.sameDays).toEqual(pinnedStream.series.find((s) => s.id === "revenue")!.sameDays);
    for (const name of PUSHED_DOWN) expect(differences(pinned.bundle.sections[name], pinnedStream.sections[name], name)).toEqual([]);
    // The partial month's migrations start from the same-day snapshots of August and of September 2025.
    const rfm = pinned.bundle.sections.rfm as { migrations: { month: string; previous: { fromAsOf: string }; yearAgo: { fromAsOf: string } }[] };
    expect(rfm.migrations.at(-1)).toMatchObject({ month: "2026-09", previous: { fromAsOf: "2026-08-09" }, yearAgo: { fromAsOf: "2025-09-09" } });
  });

  it("writes bundles (latest and pinned) the reader's schema accepts and reads back byte-identical", () => {
    for (const bundle of [engine.bundle, pinned.bundle]) {
      const text = stableJson(bundle);
      expect(stableJson(parseBundle(JSON.parse(text), "engine bundle"))).toBe(text);
    }
  });

  it("keeps the row account per export file (batch column), found in SQL", () => {
    const figures = accountFigures(stream) as Record<string, { read: number; accepted: number; rejected: number; reasons: Record<string, number> }>;
    // The line with the wrong number of fields never reached the warehouse.
    const w = figures["webshop/webshop-2025.csv"]!;
    figures["webshop/webshop-2025.csv"] = { read: w.read - 1, accepted: w.accepted, rejected: 0, reasons: {} };
    expect(accountFigures(engine.bundle)).toEqual(figures);
    const bad = engine.bundle.accounts.find((a) => a.reasons.invalid_amount)!;
    expect(bad.rejections[0]).toMatchObject({ reason: "invalid_amount", key: "B1999901", line: 0 });
  });

  it("classifies lines of one table source without a batch column (its file label a constant in ClickHouse)", async () => {
    const dir = dataFolder((s) => {
      const { files, ...rest } = s as { files: string; name: string };
      void files;
      return { ...rest, engine: "clickhouse", table: "webshop_lines" };
    });
    folders.push(dir);
    // Only the webshop source: one SELECT of lines, whose file label stays a literal.
    const config = parse(readFileSync(join(dir, "klantbeeld.yaml"), "utf8")) as { sources: { name: string; kind: string }[] };
    config.sources = config.sources.filter((s) => s.kind !== "transactions" || s.name === "webshop");
    writeFileSync(join(dir, "klantbeeld.yaml"), stringify(config));
    // The sample's goals track store-channel series this source has none of.
    rmSync(join(dir, "goals.yaml"));
    const load = await loadEngineBundle(await readConfig(dir), dir, { sections: sections(), env });
    expect(load.unsupported).toEqual([]);
    const own = load.bundle.sections.crossUpsell!;
    expect(own.classes.upsell.orders.some((v) => v !== null && v > 0)).toBe(true);
    expect(own.pairs.items.length).toBeGreaterThan(0);
  });

  /** The load's error for the sample with `edit` applied to every transactions source (all on table webshop_lines). */
  async function failure(edit: (s: Record<string, unknown>) => Record<string, unknown>): Promise<string> {
    const dir = dataFolder((s) => edit({ ...s, engine: "clickhouse", files: undefined, table: "webshop_lines", batchColumn: "export_file" }));
    folders.push(dir);
    const error = await loadBundle(dir, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    return (error as Error).message;
  }

  it("ends a bad configuration with one clear message, never a stack trace or a credential", async () => {
    const withEnv = async (over: Record<string, string>, edit: (s: Record<string, unknown>) => Record<string, unknown> = (s) => s) => {
      const saved = { ...process.env };
      Object.assign(process.env, env, over);
      try {
        return await failure(edit);
      } finally {
        for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
        Object.assign(process.env, saved);
      }
    };
    const wrongPassword = await withEnv({ KLANTBEELD_CLICKHOUSE_PASSWORD: "not-the-password-42" });
    expect(wrongPassword).toMatch(/^source "webshop" \(engine clickhouse\): the server refused the user name or password; check the KLANTBEELD_CLICKHOUSE_USER and KLANTBEELD_CLICKHOUSE_PASSWORD secrets/);
    expect(wrongPassword).not.toContain("not-the-password-42");
    expect(wrongPassword).not.toContain(cluster.user);

    const unreachable = await withEnv({ KLANTBEELD_CLICKHOUSE_URL: "http://127.0.0.1:9" });
    expect(unreachable).toMatch(/^source "webshop" \(engine clickhouse\): cannot reach the server; check KLANTBEELD_CLICKHOUSE_URL/);

    const wrongTable = await withEnv({}, (s) => ({ ...s, table: "no_such_lines" }));
    expect(wrongTable).toMatch(/^source "webshop" \(engine clickhouse\): the table or database does not exist; check table\/query in data\/klantbeeld\.yaml/);

    const missingColumn = await withEnv({}, (s) => (s.name === "webshop" ? { ...s, columns: { ...(s.columns as object), date: "orderd_at" } } : s));
    expect(missingColumn).toMatch(/^source "webshop": column "orderd_at" \(date\) is not in table webshop_lines; it has "order_id", "customer_id", "ordered_at"/);

    for (const message of [wrongPassword, unreachable, wrongTable, missingColumn]) {
      expect(message).not.toMatch(/\n\s+at /);
      expect(message).not.toContain(cluster.password);
    }
  });
});
