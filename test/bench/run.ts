/**
 * `npm run bench`: generates seeded transaction exports in the temp folder, runs our full load
 * and DuckDB's reference query on each in child processes, prints wall time, rows/s and peak
 * RSS side by side with the ratio ours/DuckDB, checks that both agree (exit 1 when not), and
 * times the incremental rebuild (36 cached monthly files + one new month) against a cold load.
 *
 * Flags: `--rows 1e6` rows of the main exports, `--quick` (200k rows, one run, no 10M),
 * `--skip-10m`, `--runs 3` runs per timing (medians), `--only en,nl,10m,inc` scenarios,
 * `--quoted` adds an export whose product cells are 2 % quoted, `--clean` regenerates files.
 */
import { execFile } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ChildReport, compareFigures } from "./figures.ts";
import { benchConfig, GENERATOR_VERSION, type GenerateOptions, generate } from "./generate.ts";

// `--engine duckdb|clickhouse`: the pushed-down engine loads (test/bench/engines.ts) instead of the file reader.
if (process.argv.includes("--engine")) {
  const { runEngineBench } = await import("./engines.ts");
  process.exit(await runEngineBench(process.argv.slice(2)));
}

const here = fileURLToPath(new URL(".", import.meta.url));
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const value = (name: string) => {
  const at = argv.indexOf(`--${name}`);
  return at === -1 ? undefined : argv[at + 1];
};
const quick = flag("quick");
const rows = Math.round(Number(value("rows") ?? (quick ? 2e5 : 1e6)));
const runs = Math.max(1, Number(value("runs") ?? (quick ? 1 : 3)));
const only = value("only")?.split(",") ?? ["en", "nl", "10m", "inc", ...(flag("quoted") ? ["quoted"] : [])];
const skip10m = quick || flag("skip-10m");
const root = join(tmpdir(), `klantbeeld-bench-v${GENERATOR_VERSION}`);
if (flag("clean")) rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });

const FIRST_MONTH = 2023 * 12; // 2023-01
const LAST_MONTH = 2025 * 12 + 11; // 2025-12: 36 months
const problems: string[] = [];

/** Generates `name` once per options (kept in the temp folder between runs). */
async function ensureFile(dir: string, name: string, options: GenerateOptions): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  const stamp = `${path}.json`;
  const want = JSON.stringify(options);
  if (existsSync(path) && existsSync(stamp) && JSON.parse(readFileSync(stamp, "utf8")).options === want) return path;
  process.stderr.write(`generating ${path} (${options.rows.toLocaleString("en")} rows) …\n`);
  const made = await generate(path, options);
  writeFileSync(stamp, JSON.stringify({ options: want, made }));
  return path;
}

/** Share of the CPUs busy over `ms` milliseconds (from /proc/stat), or 0 where that is unknown. */
async function busyShare(ms: number): Promise<number> {
  const sample = () => {
    try {
      const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
      return { idle: cpu[3]! + (cpu[4] ?? 0), total: cpu.reduce((a, b) => a + b, 0) };
    } catch {
      return null;
    }
  };
  const a = sample();
  await new Promise((r) => setTimeout(r, ms));
  const b = sample();
  if (a === null || b === null || b.total === a.total) return 0;
  return 1 - (b.idle - a.idle) / (b.total - a.total);
}

let noisy = 0;
/** Waits (up to a minute) until other processes leave the CPUs nearly idle, so timings are not shared. */
async function waitForQuiet(): Promise<void> {
  for (let tries = 0; tries < 60; tries++) if ((await busyShare(500)) < 0.12) return;
  noisy++;
}

/** Runs one child and returns its report plus the wall time seen from outside. */
async function child(script: string, args: unknown, extraNodeArgs: string[] = []): Promise<ChildReport & { processMs: number }> {
  await waitForQuiet();
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [...extraNodeArgs, join(here, script), JSON.stringify(args)], { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${script} failed: ${stderr.trim().split("\n").slice(-5).join("\n")}`));
      const line = stdout.trim().split("\n").at(-1)!;
      resolve({ ...(JSON.parse(line) as ChildReport), processMs: performance.now() - t0 });
    });
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

interface Row {
  scenario: string;
  engine: string;
  rows: number;
  ms: number;
  loadMs: number;
  /** Ours: load + monthly sales + RFM of one month (DuckDB's query); DuckDB: its time. */
  sameWorkMs: number;
  processMs: number;
  maxRss: number;
  runs: number;
  ratio?: string;
}
/**
 * Node flags of our child, the same as `npm run load` uses: a small young generation, because
 * papaparse's short-lived row arrays would otherwise let V8 grow it by ~100 MiB (see README).
 */
const OURS_NODE_ARGS = ["--max-semi-space-size=8"];
const table: Row[] = [];
/** Per scenario, the time of each metric in the first run (the repurchase fit among them). */
const metricLines: string[] = [];

/** Runs a child `n` times; medians of the timings and of peak RSS. */
async function repeat(scenario: string, engine: string, n: number, run: () => Promise<ChildReport & { processMs: number }>): Promise<ChildReport & { row: Row }> {
  const reports = [];
  for (let i = 0; i < n; i++) reports.push(await run());
  const row: Row = {
    scenario,
    engine,
    rows: reports[0]!.rows,
    ms: median(reports.map((r) => r.ms)),
    loadMs: median(reports.map((r) => r.loadMs)),
    sameWorkMs: median(reports.map((r) => (typeof r.notes.sameWorkMs === "number" ? r.notes.sameWorkMs : r.ms))),
    processMs: median(reports.map((r) => r.processMs)),
    maxRss: median(reports.map((r) => r.maxRss)),
    runs: n,
  };
  table.push(row);
  const metricMs = reports[0]!.notes.metricMs as Record<string, number> | undefined;
  if (metricMs && Object.keys(metricMs).length > 0) {
    metricLines.push(`${scenario}: ${Object.entries(metricMs).map(([name, ms]) => `${name} ${ms} ms`).join(", ")}`);
  }
  const skipped = reports[0]!.notes.skipped as string[] | undefined;
  if (skipped?.length) process.stderr.write(`  note: metrics skipped: ${skipped.join("; ")}\n`);
  return { ...reports[0]!, row };
}

/** Ours vs DuckDB on one export; checks agreement. */
async function sideBySide(scenario: string, dir: string, file: string, dialect: "en" | "nl", n: number): Promise<void> {
  const configPath = join(dir, `${file}.config.json`);
  writeFileSync(configPath, JSON.stringify(benchConfig(dialect, file)));
  process.stderr.write(`${scenario}: klantbeeld ×${n} …\n`);
  const ours = await repeat(scenario, "klantbeeld", n, () => child("ours.ts", { configPath, dataDir: dir, figures: true }, OURS_NODE_ARGS));
  process.stderr.write(`${scenario}: duckdb ×${n} …\n`);
  const duck = await repeat(scenario, "duckdb", n, () => child("duckdb.ts", { path: join(dir, file), dialect }));
  ours.row.ratio =
    `${(ours.row.ms / duck.row.ms).toFixed(2)}× time (load ${(ours.row.loadMs / duck.row.ms).toFixed(2)}×, ` +
    `same work ${(ours.row.sameWorkMs / duck.row.ms).toFixed(2)}×), ${(ours.row.maxRss / duck.row.maxRss).toFixed(2)}× RSS`;
  const diffs = ours.figures && duck.figures ? compareFigures(ours.figures, duck.figures) : ["figures missing"];
  if (ours.rows !== duck.rows) diffs.unshift(`rows: ${ours.rows} vs ${duck.rows}`);
  if (diffs.length > 0) problems.push(`${scenario}: klantbeeld and DuckDB DISAGREE:\n    ${diffs.join("\n    ")}`);
  else process.stderr.write(`${scenario}: agree (${ours.figures!.customers} customers, ${ours.figures!.scored} scored, ${Object.keys(ours.figures!.monthly).length} month×channel cells)\n`);
}

/** 36 cached monthly files + one new month, against a cold load of all 37. */
async function incremental(n: number): Promise<void> {
  const dir36 = join(root, `inc-${rows}`, "d36");
  const dir37 = join(root, `inc-${rows}`, "d37");
  const perFile = Math.round(rows / 37);
  let nextOrder = 1;
  const names: string[] = [];
  for (let k = 0; k < 37; k++) {
    const month = FIRST_MONTH + k;
    const name = `sales-${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}.csv`;
    const options: GenerateOptions = { rows: perFile, seed: 1000 + k, dialect: "en", firstMonth: month, lastMonth: month, customers: Math.round(rows / 20), firstOrder: nextOrder };
    const path = await ensureFile(join(root, `inc-${rows}`, "files"), name, options);
    nextOrder = (JSON.parse(readFileSync(`${path}.json`, "utf8")).made as { nextOrder: number }).nextOrder;
    names.push(name);
  }
  for (const [dir, count] of [[dir36, 36], [dir37, 37]] as const) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const name of names.slice(0, count)) linkSync(join(root, `inc-${rows}`, "files", name), join(dir, name));
  }
  const configPath = join(root, `inc-${rows}`, "config.json");
  writeFileSync(configPath, JSON.stringify(benchConfig("en", "*.csv")));
  const cacheDir = join(root, `inc-${rows}`, "cache");
  const scenario = `incremental 36+1 files`;
  process.stderr.write(`${scenario}: cold ×${n} …\n`);
  const cold = await repeat(scenario, "cold (no cache)", n, () => child("ours.ts", { configPath, dataDir: dir37, figures: true }, OURS_NODE_ARGS));
  rmSync(cacheDir, { recursive: true, force: true });
  const fill = await repeat(scenario, "fill cache (36 files)", 1, () => child("ours.ts", { configPath, dataDir: dir36, cacheDir }, OURS_NODE_ARGS));
  const cached = new Set(readdirSync(cacheDir));
  const warm = await repeat(scenario, "warm (36 cached + 1 new)", n, () => {
    for (const entry of readdirSync(cacheDir)) if (!cached.has(entry)) rmSync(join(cacheDir, entry), { force: true });
    return child("ours.ts", { configPath, dataDir: dir37, cacheDir, figures: true }, OURS_NODE_ARGS);
  });
  const allWarm = await repeat(scenario, "all 37 cached", n, () => child("ours.ts", { configPath, dataDir: dir37, cacheDir }, OURS_NODE_ARGS));
  warm.row.ratio = `${((warm.row.ms / cold.row.ms) * 100).toFixed(1)} % of cold (load only ${((warm.row.loadMs / cold.row.loadMs) * 100).toFixed(1)} %)`;
  allWarm.row.ratio = `${((allWarm.row.ms / cold.row.ms) * 100).toFixed(1)} % of cold`;
  fill.row.ratio = `${((fill.row.ms / cold.row.ms) * 100).toFixed(1)} % of cold (36/37 of the rows)`;
  const diffs = cold.figures && warm.figures ? compareFigures(cold.figures, warm.figures) : ["figures missing"];
  if (diffs.length > 0) problems.push(`${scenario}: warm and cold loads DISAGREE:\n    ${diffs.join("\n    ")}`);
}

const mib = (b: number) => `${Math.round(b / 2 ** 20)} MiB`;
function printTable(): void {
  const head = ["scenario", "engine", "rows", "runs", "time (s)", "load (s)", "rows/s", "process (s)", "peak RSS", "ours / DuckDB"];
  const body = table.map((r) => [
    r.scenario,
    r.engine,
    r.rows.toLocaleString("en"),
    String(r.runs),
    (r.ms / 1000).toFixed(2),
    (r.loadMs / 1000).toFixed(2),
    Math.round((r.rows / r.ms) * 1000).toLocaleString("en"),
    (r.processMs / 1000).toFixed(2),
    mib(r.maxRss),
    r.ratio ?? "",
  ]);
  const width = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 && i <= 8 ? c.padStart(width[i]!) : c.padEnd(width[i]!))).join("  ");
  console.log(`\n${line(head)}\n${width.map((w) => "-".repeat(w)).join("  ")}`);
  for (const b of body) console.log(line(b));
  console.log(
    `\ntime = load + every metric inside the child, load = loadSources alone (medians of ${runs} runs; 10M: 1 run);` +
      `\nsame work = load + monthly sales + RFM of one month, what DuckDB's query computes; process = spawn to exit.`,
  );
  if (noisy > 0) console.log(`WARNING: ${noisy} run(s) started while other processes kept the CPUs busy; timings are pessimistic.`);
  if (metricLines.length > 0) console.log(`\nmetric times (first run):\n  ${metricLines.join("\n  ")}`);
}

const base = { seed: 42, firstMonth: FIRST_MONTH, lastMonth: LAST_MONTH };
const label = (n: number) => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : `${Math.round(n / 1e3)}k`);
if (only.includes("en")) {
  const dir = join(root, `en-${rows}`);
  await ensureFile(dir, "export.csv", { ...base, rows, dialect: "en" });
  await sideBySide(`${label(rows)} en`, dir, "export.csv", "en", runs);
}
if (only.includes("nl")) {
  const dir = join(root, `nl-${rows}`);
  await ensureFile(dir, "export.csv", { ...base, rows, dialect: "nl" });
  await sideBySide(`${label(rows)} nl (sep=;, 1,23, dd-mm-yyyy)`, dir, "export.csv", "nl", runs);
}
if (only.includes("quoted")) {
  const dir = join(root, `quoted-${rows}`);
  await ensureFile(dir, "export.csv", { ...base, rows, dialect: "en", quotedShare: 0.02 });
  await sideBySide(`${label(rows)} en, 2 % quoted`, dir, "export.csv", "en", runs);
}
if (only.includes("10m") && !skip10m) {
  const dir = join(root, "en-10000000");
  await ensureFile(dir, "export.csv", { ...base, rows: 10_000_000, dialect: "en", customers: 500_000 });
  await sideBySide("10M en", dir, "export.csv", "en", 1);
}
if (only.includes("inc")) await incremental(runs);

printTable();
writeFileSync(join(root, "last-results.json"), JSON.stringify(table, null, 2));
if (problems.length > 0) {
  console.error(`\n*** BENCHMARK FAILED: results do not agree ***\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("All engines agree on customers, orders, totals, R/F/M score counts and month × channel revenue.");
