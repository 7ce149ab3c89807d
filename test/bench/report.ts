/**
 * The benchmark's printed report (the full-build table, the per-section breakdown, the noise
 * note) and the `npm run build` scenario on the sample data.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

/** One line of the main table (medians over its runs). */
export interface Row {
  scenario: string;
  engine: string;
  rows: number;
  runs: number;
  /** Wall milliseconds inside the child (DuckDB: its query; ours: as the engine says). */
  ms: number;
  /** CPU milliseconds (user + system) inside the child; NaN where not measured. */
  cpuMs: number;
  maxRss: number;
  ratio?: string;
}

const repo = fileURLToPath(new URL("../..", import.meta.url));

/** `npm run build` on the repository's sample data (`data/`), once: load + `astro build`, wall time. */
export async function buildScenario(): Promise<Row> {
  process.stderr.write("npm run build on data/ …\n");
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) =>
    execFile("npm", ["run", "build"], { cwd: repo, maxBuffer: 64 << 20 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`npm run build failed: ${stderr.trim().split("\n").slice(-5).join("\n")}`)) : resolve(),
    ),
  );
  const ms = performance.now() - t0;
  return { scenario: "sample data (data/)", engine: "npm run build (load + astro build)", rows: Number.NaN, runs: 1, ms, cpuMs: Number.NaN, maxRss: Number.NaN, ratio: ms <= 15_000 ? "within 15 s" : "over 15 s" };
}

const mib = (b: number) => (Number.isFinite(b) ? `${Math.round(b / 2 ** 20)} MiB` : "");
const seconds = (ms: number) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : "");

function printTable(head: string[], body: string[][], rightFrom: number, rightTo: number): void {
  const width = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= rightFrom && i <= rightTo ? c.padStart(width[i]!) : c.padEnd(width[i]!))).join("  ").trimEnd();
  console.log(`${line(head)}\n${width.map((w) => "-".repeat(w)).join("  ")}`);
  for (const b of body) console.log(line(b));
}

/** Prints the main table, the per-section medians and how noisy the machine was. */
export function printReport(
  table: readonly Row[],
  sections: readonly { scenario: string; wall: Record<string, number>; cpu: Record<string, number> }[],
  runs: number,
  noise: { busyStarts: number; busyShares: number[] },
): void {
  console.log("");
  printTable(
    ["scenario", "engine", "rows", "runs", "wall (s)", "CPU (s)", "peak RSS", "ours / DuckDB (wall)"],
    table.map((r) => [r.scenario, r.engine, Number.isFinite(r.rows) ? r.rows.toLocaleString("en") : "", String(r.runs), seconds(r.ms), seconds(r.cpuMs), mib(r.maxRss), r.ratio ?? ""]),
    2,
    6,
  );
  console.log(
    `\nMedians of ${runs} run(s) (10M: 1). Each run starts ours and DuckDB back to back; "pairs" is the median of the per-run ratios.` +
      `\nCPU = user + system time of the child, all its threads. "CPU" ratio = our CPU time ÷ DuckDB's: the work each does,` +
      `\nrobust to other processes on the machine (both use up to 2 threads).`,
  );
  if (sections.length > 0) {
    const names = [...new Set(sections.flatMap((s) => Object.keys(s.wall)))];
    console.log("\nnpm run load, per step and section: median wall ms (CPU ms)");
    printTable(
      ["scenario", ...names],
      sections.map((s) => [s.scenario, ...names.map((n) => (s.wall[n] === undefined ? "" : `${s.wall[n]}${s.cpu[n] === undefined ? "" : ` (${s.cpu[n]})`}`))]),
      1,
      names.length,
    );
  }
  const busy = noise.busyShares.length > 0 ? Math.round((noise.busyShares.reduce((a, b) => a + b, 0) / noise.busyShares.length) * 100) : 0;
  console.log(`\nMachine noise: CPUs on average ${busy} % busy with other work when a run started; ${noise.busyStarts} of ${noise.busyShares.length} runs started while over 12 % busy.`);
}
