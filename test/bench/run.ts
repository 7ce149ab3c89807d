/**
 * `npm run bench`: generates seeded transaction exports in the temp folder and measures, per
 * export, in child processes run alternately: what `npm run load` does with every section
 * (`full.ts`), our same work as DuckDB's query (`ours.ts`) and DuckDB's query (`duckdb.ts`).
 * Prints wall time, CPU time, peak RSS and the ratios to DuckDB, a per-section breakdown, checks
 * that DuckDB and we agree and that every run built the same bundle (exit 1 when not), times the
 * incremental rebuild (36 cached monthly files + one new month) against a cold build (and checks
 * both bundles are byte-identical), and `npm run build` on the sample data.
 *
 * Flags: `--rows 1e6`, `--customers 260000` (customer-id range of the main exports; ~200k distinct
 * at 1M rows), `--quick` (200k rows, one run, no 10M, no build), `--skip-10m`, `--runs 3` (medians),
 * `--only en,nl,10m,inc,build,quoted`, `--clean` regenerates the exports.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { child, type Measured, median, medianNotes, noise, OURS_ENV, OURS_NODE_ARGS } from "./children.ts";
import { compareFigures } from "./figures.ts";
import { benchConfig, GENERATOR_VERSION, type GenerateOptions, generate } from "./generate.ts";
import { buildScenario, printReport, type Row } from "./report.ts";

// `--engine duckdb|clickhouse`: the pushed-down engine loads (test/bench/engines.ts) instead of the file reader.
if (process.argv.includes("--engine")) {
  const { runEngineBench } = await import("./engines.ts");
  process.exit(await runEngineBench(process.argv.slice(2)));
}

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const value = (name: string) => {
  const at = argv.indexOf(`--${name}`);
  return at === -1 ? undefined : argv[at + 1];
};
const quick = flag("quick");
const rows = Math.round(Number(value("rows") ?? (quick ? 2e5 : 1e6)));
const customers = Math.round(Number(value("customers") ?? rows * 0.26));
const runs = Math.max(1, Number(value("runs") ?? (quick ? 1 : 3)));
const only = value("only")?.split(",") ?? ["en", "nl", "10m", "inc", ...(quick ? [] : ["build"]), ...(flag("quoted") ? ["quoted"] : [])];
const skip10m = quick || flag("skip-10m");
const root = join(tmpdir(), `klantbeeld-bench-v${GENERATOR_VERSION}`);
if (flag("clean")) rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });

const FIRST_MONTH = 2023 * 12; // 2023-01
const LAST_MONTH = 2025 * 12 + 11; // 2025-12: 36 months
const problems: string[] = [];
const table: Row[] = [];
/** Per scenario, the median time of each step and section of `npm run load` (wall and CPU). */
const sections: { scenario: string; wall: Record<string, number>; cpu: Record<string, number> }[] = [];

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

/** One table row from `n` reports: medians of the timings and of peak RSS. */
function row(scenario: string, engine: string, reports: Measured[], ms: (r: Measured) => number = (r) => r.ms): Row {
  const cpu = reports.map((r) => (typeof r.notes.cpuMs === "number" ? r.notes.cpuMs : Number.NaN));
  return { scenario, engine, rows: reports[0]!.rows, runs: reports.length, ms: median(reports.map(ms)), cpuMs: median(cpu), maxRss: median(reports.map((r) => r.maxRss)) };
}

/** The bundles of all `reports` must be byte-identical (same inputs → same bytes). */
function sameBundles(scenario: string, reports: Measured[]): void {
  const hashes = new Set(reports.map((r) => r.notes.bundleSha256));
  if (hashes.size !== 1) problems.push(`${scenario}: runs built different bundles (${[...hashes].join(", ")})`);
}

/** `npm run load` (every section), our same-work path and DuckDB, alternating, on one export. */
async function sideBySide(scenario: string, dir: string, file: string, dialect: "en" | "nl", n: number): Promise<void> {
  const configPath = join(dir, `${file}.config.json`);
  const config = benchConfig(dialect, file);
  writeFileSync(configPath, JSON.stringify(config));
  writeFileSync(join(dir, "klantbeeld.yaml"), JSON.stringify(config)); // JSON is YAML
  const full: Measured[] = [];
  const ours: Measured[] = [];
  const duck: Measured[] = [];
  for (let i = 0; i < n; i++) {
    process.stderr.write(`${scenario}: run ${i + 1}/${n}: npm run load, same work, duckdb …\n`);
    full.push(await child("full.ts", { dataDir: dir }, OURS_NODE_ARGS, OURS_ENV));
    ours.push(await child("ours.ts", { configPath, dataDir: dir, figures: true }, OURS_NODE_ARGS, OURS_ENV));
    duck.push(await child("duckdb.ts", { path: join(dir, file), dialect }, [], { NODE_COMPILE_CACHE: OURS_ENV.NODE_COMPILE_CACHE }));
  }
  const duckMs = median(duck.map((r) => r.ms));
  const fullRow = row(scenario, "klantbeeld: npm run load (every section)", full);
  const sameRow = row(scenario, "klantbeeld: same work as DuckDB", ours, (r) => r.notes.sameWorkMs as number);
  const duckRow = row(scenario, "duckdb (2 threads)", duck);
  // Ratios per run pair as well as of the medians: pairs ran back to back, so they share the noise.
  const pairRatio = (xs: Measured[], ms: (r: Measured) => number) => median(xs.map((r, i) => ms(r) / duck[i]!.ms));
  // Other processes stretch wall times, CPU time much less. Both sides use up to two threads (ours:
  // one large file split over two, the repurchase model on its own thread), so the CPU ratio
  // compares the work done: our CPU time ÷ DuckDB's (the fourth round and before divided DuckDB's by 2).
  const duckCpu = median(duck.map((r) => r.notes.cpuMs as number));
  const cpuRatio = (r: Row) => `, CPU ${(r.cpuMs / duckCpu).toFixed(2)}×`;
  fullRow.ratio = `${(fullRow.ms / duckMs).toFixed(2)}× (pairs ${pairRatio(full, (r) => r.ms).toFixed(2)}×${cpuRatio(fullRow)}), RSS ${(fullRow.maxRss / duckRow.maxRss).toFixed(2)}×`;
  sameRow.ratio = `${(sameRow.ms / duckMs).toFixed(2)}× (pairs ${pairRatio(ours, (r) => r.notes.sameWorkMs as number).toFixed(2)}×${cpuRatio(sameRow)})`;
  table.push(fullRow, sameRow, duckRow);
  sections.push({ scenario, wall: medianNotes(full, "sectionMs"), cpu: medianNotes(full, "sectionCpuMs") });
  sameBundles(scenario, full);
  const diffs = ours[0]!.figures && duck[0]!.figures ? compareFigures(ours[0]!.figures, duck[0]!.figures) : ["figures missing"];
  if (ours[0]!.rows !== duck[0]!.rows) diffs.unshift(`rows: ${ours[0]!.rows} vs ${duck[0]!.rows}`);
  if (full[0]!.rows !== duck[0]!.rows) diffs.unshift(`rows (npm run load): ${full[0]!.rows} vs ${duck[0]!.rows}`);
  if (diffs.length > 0) problems.push(`${scenario}: klantbeeld and DuckDB DISAGREE:\n    ${diffs.join("\n    ")}`);
  else process.stderr.write(`${scenario}: agree (${ours[0]!.figures!.customers} customers, ${ours[0]!.figures!.scored} scored)\n`);
}

/** 36 cached monthly files + one new month, against a cold build of all 37 (every section). */
async function incremental(n: number): Promise<void> {
  const base = join(root, `inc-${rows}-${customers}`);
  const perFile = Math.round(rows / 37);
  let nextOrder = 1;
  const names: string[] = [];
  for (let k = 0; k < 37; k++) {
    const month = FIRST_MONTH + k;
    const name = `sales-${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}.csv`;
    const options: GenerateOptions = { rows: perFile, seed: 1000 + k, dialect: "en", firstMonth: month, lastMonth: month, customers, firstOrder: nextOrder };
    const path = await ensureFile(join(base, "files"), name, options);
    nextOrder = (JSON.parse(readFileSync(`${path}.json`, "utf8")).made as { nextOrder: number }).nextOrder;
    names.push(name);
  }
  const config = JSON.stringify(benchConfig("en", "*.csv"));
  const dir36 = join(base, "d36");
  const dir37 = join(base, "d37");
  for (const [dir, count] of [[dir36, 36], [dir37, 37]] as const) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const name of names.slice(0, count)) linkSync(join(base, "files", name), join(dir, name));
    writeFileSync(join(dir, "klantbeeld.yaml"), config);
  }
  const cacheDir = join(base, "cache");
  const scenario = "incremental 36+1 files";
  const cold: Measured[] = [];
  const warm: Measured[] = [];
  const allWarm: Measured[] = [];
  /** Cold builds with the files parsed on the main thread and on 1 worker thread (`parseThreads` 0 and 1; the default is 2 with a CPU free, else 1). */
  const THREADS = [0, 1];
  const threaded: Measured[][] = THREADS.map(() => []);
  rmSync(cacheDir, { recursive: true, force: true });
  process.stderr.write(`${scenario}: filling the cache with 36 files …\n`);
  const fill = await child("full.ts", { dataDir: dir36, cacheDir }, OURS_NODE_ARGS, OURS_ENV);
  const cached = new Set(readdirSync(cacheDir));
  // The month-level state entries (`.kbs`) are rewritten by every build: put the 36 months' back before each rebuild.
  const states = [...cached].filter((e) => e.endsWith(".kbs")).map((e) => [e, readFileSync(join(cacheDir, e))] as const);
  for (let i = 0; i < n; i++) {
    process.stderr.write(`${scenario}: run ${i + 1}/${n}: cold (default parsing threads), cold on the main thread and on 1 thread, 36 cached + 1 new, all cached …\n`);
    cold.push(await child("full.ts", { dataDir: dir37 }, OURS_NODE_ARGS, OURS_ENV));
    for (const [t, runs] of threaded.entries()) runs.push(await child("full.ts", { dataDir: dir37, parseThreads: THREADS[t] }, OURS_NODE_ARGS, OURS_ENV));
    for (const entry of readdirSync(cacheDir)) if (!cached.has(entry)) rmSync(join(cacheDir, entry), { recursive: true, force: true });
    for (const [entry, bytes] of states) writeFileSync(join(cacheDir, entry), bytes);
    warm.push(await child("full.ts", { dataDir: dir37, cacheDir }, OURS_NODE_ARGS, OURS_ENV));
    allWarm.push(await child("full.ts", { dataDir: dir37, cacheDir }, OURS_NODE_ARGS, OURS_ENV));
  }
  const coldRow = row(scenario, "cold, no cache (default: 2 parsing threads with a CPU free)", cold);
  const threadRows = threaded.map((runs, t) => row(scenario, THREADS[t] === 0 ? "cold, parsed on the main thread" : `cold, parsed on ${THREADS[t]} thread${THREADS[t] === 1 ? "" : "s"}`, runs));
  const warmRow = row(scenario, "36 cached + 1 new month", warm);
  const allRow = row(scenario, "all 37 cached", allWarm);
  const fillRow = row(scenario, "filling the cache (36 files)", [fill]);
  const share = (r: Row) => `${((r.ms / coldRow.ms) * 100).toFixed(0)} % of cold (CPU ${((r.cpuMs / coldRow.cpuMs) * 100).toFixed(0)} %)`;
  warmRow.ratio = share(warmRow);
  allRow.ratio = share(allRow);
  fillRow.ratio = share(fillRow);
  for (const r of threadRows) r.ratio = share(r);
  table.push(coldRow, ...threadRows, fillRow, warmRow, allRow);
  sections.push({ scenario: `${scenario}: cold`, wall: medianNotes(cold, "sectionMs"), cpu: medianNotes(cold, "sectionCpuMs") });
  sections.push({ scenario: `${scenario}: 36 cached + 1`, wall: medianNotes(warm, "sectionMs"), cpu: medianNotes(warm, "sectionCpuMs") });
  // The incremental bundle must equal the cold one byte for byte.
  sameBundles(`${scenario} (cold, cold on threads, 36 cached + 1 new, all cached)`, [...cold, ...threaded.flat(), ...warm, ...allWarm]);
  for (const [t, runs] of threaded.entries()) sections.push({ scenario: `${scenario}: cold, parseThreads ${THREADS[t]}`, wall: medianNotes(runs, "sectionMs"), cpu: medianNotes(runs, "sectionCpuMs") });
}

const base = { seed: 42, firstMonth: FIRST_MONTH, lastMonth: LAST_MONTH, customers };
const label = (n: number) => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : `${Math.round(n / 1e3)}k`);
if (only.includes("en")) {
  const dir = join(root, `en-${rows}-${customers}`);
  await ensureFile(dir, "export.csv", { ...base, rows, dialect: "en" });
  await sideBySide(`${label(rows)} en`, dir, "export.csv", "en", runs);
}
if (only.includes("nl")) {
  const dir = join(root, `nl-${rows}-${customers}`);
  await ensureFile(dir, "export.csv", { ...base, rows, dialect: "nl" });
  await sideBySide(`${label(rows)} nl (sep=;, 1,23, dd-mm-yyyy)`, dir, "export.csv", "nl", runs);
}
if (only.includes("quoted")) {
  const dir = join(root, `quoted-${rows}-${customers}`);
  await ensureFile(dir, "export.csv", { ...base, rows, dialect: "en", quotedShare: 0.02 });
  await sideBySide(`${label(rows)} en, 2 % quoted`, dir, "export.csv", "en", runs);
}
if (only.includes("10m") && !skip10m) {
  const dir = join(root, "en-10000000-400000");
  await ensureFile(dir, "export.csv", { ...base, rows: 10_000_000, dialect: "en", customers: 400_000 });
  await sideBySide("10M en", dir, "export.csv", "en", 1);
}
if (only.includes("inc")) await incremental(runs);
if (only.includes("build")) table.push(await buildScenario());

printReport(table, sections, runs, noise);
writeFileSync(join(root, "last-results.json"), JSON.stringify({ table, sections }, null, 2));
if (problems.length > 0) {
  console.error(`\n*** BENCHMARK FAILED ***\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("DuckDB and we agree on customers, orders, totals, R/F/M score counts and month × channel revenue; every run of a scenario built the same bundle, incremental equal to cold.");
