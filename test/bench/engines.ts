/**
 * `npm run bench -- --engine duckdb|clickhouse [--lines 1e6] [--sections] [--clean]`: the pushed-down load on
 * generated order lines (`--sections`: with every feature section the data allow: RFM, repurchase, cross-/upsell). DuckDB reads a CSV (generated once into the temp folder by DuckDB itself,
 * 36 months, ~3 lines per 100 customers); ClickHouse gets the same lines in a two-shard loopback
 * cluster behind a Distributed table. The load runs in a child process; the table reports wall
 * time, peak RSS of the Node process (DuckDB runs inside it) and, for ClickHouse, of the servers.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(tmpdir(), "klantbeeld-engine-bench-v1");

/** The transactions source of the bench data, as YAML lines after `engine:`. */
const SOURCE = `    format: { delimiter: ",", decimal: ".", date: yyyy-mm-dd }
    columns: { orderId: order_id, customerId: customer_id, date: ordered_at, channel: channel, product: product_id, category: category, quantity: quantity, unitPrice: unit_price }
`;

/** One generated line per row number `i`: two lines per order; 10 % unregistered; 4 % returns. Shared by both generators. */
function lineSelect(n: number, customers: number, hash: (x: string) => string, text: (x: string) => string, from: string): string {
  const order = "intdiv_i";
  return `SELECT concat('W', ${text(order)}) AS order_id,
    CASE WHEN ${hash(`${order} * 3`)} % 10 = 0 THEN '' ELSE concat('K', ${text(`${hash(`${order} * 5`)} % ${customers}`)}) END AS customer_id,
    ${"ORDERED_AT"} AS ordered_at,
    ['web', 'app', 'store', 'phone', 'smart_tv'][1 + ${hash(`${order} * 11`)} % 5] AS channel,
    concat('P', ${text(`${hash("i * 13")} % 40`)}) AS product_id,
    ['mobiel', 'internet', 'tv', 'accessoires'][1 + ${hash("i * 13")} % 40 % 4] AS category,
    CASE WHEN ${hash("i * 17")} % 25 = 0 THEN '-1' ELSE '1' END AS quantity,
    ${"UNIT_PRICE"} AS unit_price
    FROM ${from} WHERE i < ${n}`;
}

/** DuckDB writes the CSV (fast, multi-threaded); skipped when the file of that size exists. */
async function duckdbFile(n: number): Promise<string> {
  mkdirSync(root, { recursive: true });
  const path = join(root, `lines-${n}.csv`);
  if (existsSync(path) && existsSync(`${path}.done`)) return path;
  process.stderr.write(`generating ${path} (${n.toLocaleString("en")} lines) …\n`);
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const db = await DuckDBInstance.create(":memory:", { temp_directory: root });
  const c = await db.connect();
  const customers = Math.max(1000, Math.round(n * 0.03));
  const hash = (x: string) => `CAST(hash(${x}) % 1000000007 AS BIGINT)`;
  const select = lineSelect(n, customers, hash, (x) => `CAST(${x} AS VARCHAR)`, `(SELECT range AS i, range // 2 AS intdiv_i FROM range(${n})) AS r`)
    .replace("ORDERED_AT", `strftime(TIMESTAMP '2023-01-01 08:00:00' + to_seconds(${hash("intdiv_i * 7")} % (1095 * 86400)), '%Y-%m-%dT%H:%M:%SZ')`)
    .replace("UNIT_PRICE", `printf('%.2f', (${hash("i * 19")} % 50000) / 100.0)`);
  await c.run(`COPY (${select}) TO '${path}' (HEADER, DELIMITER ',')`);
  c.closeSync();
  db.closeSync();
  writeFileSync(`${path}.done`, "");
  return path;
}

/** Generates the CSV of `n` lines (the 100M scenario is made once and kept in the temp folder). */
export async function generateOnly(n: number): Promise<string> {
  return await duckdbFile(n);
}

/** Runs `--child` in a fresh Node and returns its report. */
async function child(args: string[], env: Record<string, string> = {}): Promise<{ ms: number; cpuMs: number; maxRss: number; orders: number; lines: number }> {
  const out = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, [join(here, "engines.ts"), "--child", ...args], { env: { ...process.env, ...env }, maxBuffer: 1 << 20 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

/** The child: one engine load of `dir`, timed; without feature sections unless `withSections` (`--sections`). */
async function childMain(dir: string, withSections: boolean): Promise<void> {
  const { loadEngineBundle } = await import("../../loaders/engines/load-engine.ts");
  const { readConfig } = await import("../../loaders/sources/read-config.ts");
  const { sections } = await import("../../loaders/bundle/sections.ts");
  const t0 = performance.now();
  const { bundle } = await loadEngineBundle(await readConfig(dir), dir, { sections: withSections ? sections() : [] });
  const ms = performance.now() - t0;
  const orders = (bundle.series.find((s) => s.id === "orders")!.values as number[]).reduce((a, b) => a + (b ?? 0), 0);
  const lines = bundle.accounts.reduce((a, x) => a + x.rowsRead, 0);
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, maxRss: usage.maxRSS * 1024, orders, lines })}\n`);
}

/** Peak resident memory (VmHWM) of a process, in bytes, or 0. */
function peakOf(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmHWM:"));
    return line ? Number(line.split(/\s+/)[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

const mib = (b: number) => `${Math.round(b / 2 ** 20).toLocaleString("en")} MiB`;

/** Entry point of `--engine`; returns the exit code. */
export async function runEngineBench(argv: readonly string[]): Promise<number> {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at === -1 ? undefined : argv[at + 1];
  };
  if (argv.includes("--child")) {
    await childMain(value("child")!, argv.includes("--sections"));
    return 0;
  }
  const engine = value("engine");
  const n = Math.round(Number(value("lines") ?? (engine === "clickhouse" ? 1e6 : 1e7)));
  if (argv.includes("--clean")) rmSync(root, { recursive: true, force: true });
  const dir = mkdtempSync(join(tmpdir(), "klantbeeld-engine-bench-data-"));
  try {
    if (engine === "duckdb") {
      const file = await duckdbFile(n);
      writeFileSync(join(dir, "klantbeeld.yaml"), `version: 1\nsources:\n  - name: lines\n    kind: transactions\n    engine: duckdb\n    files: ${file.slice(file.lastIndexOf("/") + 1)}\n${SOURCE}`);
      (await import("node:fs")).symlinkSync(file, join(dir, file.slice(file.lastIndexOf("/") + 1)));
      const r = await child([dir, ...(argv.includes("--sections") ? ["--sections"] : [])]);
      console.log(`| lines | engine | file | wall time | CPU (user+sys) | peak RSS Node (incl. DuckDB) | orders |\n|---|---|---|---|---|---|---|`);
      console.log(`| ${r.lines.toLocaleString("en")} | duckdb | ${mib(statSync(file).size)} CSV | ${(r.ms / 1000).toFixed(1)} s | ${(r.cpuMs / 1000).toFixed(1)} s | ${mib(r.maxRss)} | ${r.orders.toLocaleString("en")} |`);
      return 0;
    }
    if (engine === "clickhouse") return await clickhouseBench(n, dir, argv.includes("--sections"));
    console.error("--engine must be duckdb or clickhouse");
    return 2;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Two loopback shards, the lines inserted by the servers themselves, one timed load through the Distributed table. */
async function clickhouseBench(n: number, dir: string, withSections: boolean): Promise<number> {
  const { clickhouseBinary, startCluster } = await import("../engines/clickhouse-cluster.ts");
  const { createClient } = await import("@clickhouse/client");
  const binary = clickhouseBinary();
  if (!binary) {
    console.error("clickhouse-server is not installed (sudo apt-get install clickhouse-server)");
    return 1;
  }
  const cluster = await startCluster(binary);
  try {
    const columns = "order_id String, customer_id String, ordered_at String, channel String, product_id String, category String, quantity String, unit_price String";
    const customers = Math.max(1000, Math.round(n * 0.03));
    for (const url of cluster.urls) {
      const c = createClient({ url, username: cluster.user, password: cluster.password });
      await c.command({ query: `CREATE TABLE lines_local (${columns}) ENGINE = MergeTree ORDER BY tuple()` });
      await c.command({ query: "CREATE TABLE lines AS lines_local ENGINE = Distributed(klantbeeld, default, lines_local, rand())" });
      await c.close();
    }
    const c = createClient({ url: cluster.urls[0], username: cluster.user, password: cluster.password, request_timeout: 3_600_000 });
    const hash = (x: string) => `(cityHash64(${x}) % 1000000007)`;
    const select = lineSelect(n, customers, hash, (x) => `toString(${x})`, `(SELECT number AS i, intDiv(number, 2) AS intdiv_i FROM system.numbers LIMIT ${n})`)
      .replace("ORDERED_AT", `concat(replaceOne(toString(toDateTime(1672560000 + ${hash("intdiv_i * 7")} % (1095 * 86400), 'UTC')), ' ', 'T'), 'Z')`)
      .replace("UNIT_PRICE", `toString(toDecimal64((${hash("i * 19")} % 50000) / 100, 2))`);
    process.stderr.write(`inserting ${n.toLocaleString("en")} lines into two shards …\n`);
    await c.command({ query: `INSERT INTO lines ${select}`, clickhouse_settings: { insert_distributed_sync: 1 } });
    await c.close();
    writeFileSync(join(dir, "klantbeeld.yaml"), `version: 1\nsources:\n  - name: lines\n    kind: transactions\n    engine: clickhouse\n    table: lines\n${SOURCE}`);
    const r = await child([dir, ...(withSections ? ["--sections"] : [])], { KLANTBEELD_CLICKHOUSE_URL: cluster.urls[0], KLANTBEELD_CLICKHOUSE_USER: cluster.user, KLANTBEELD_CLICKHOUSE_PASSWORD: cluster.password });
    const servers = cluster.pids().map(peakOf);
    console.log(`| lines | engine | wall time | CPU Node (user+sys) | peak RSS Node | peak RSS servers (shard 1, shard 2) | orders |\n|---|---|---|---|---|---|---|`);
    console.log(`| ${r.lines.toLocaleString("en")} | clickhouse 2 shards | ${(r.ms / 1000).toFixed(1)} s | ${(r.cpuMs / 1000).toFixed(1)} s | ${mib(r.maxRss)} | ${servers.map(mib).join(", ")} | ${r.orders.toLocaleString("en")} |`);
    return 0;
  } finally {
    await cluster.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes("--child")) {
  process.exitCode = await runEngineBench(process.argv.slice(2));
}
