/**
 * Running benchmark children: one process per measured run (so peak RSS is that run's alone),
 * started only when the CPUs are nearly idle (other builds share this machine), plus medians.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ChildReport } from "./figures.ts";

const here = fileURLToPath(new URL(".", import.meta.url));

/** A child's report plus the wall time seen from outside (spawn to exit). */
export type Measured = ChildReport & { processMs: number };

/**
 * Node flags of our children, the same as `npm run load` uses: a small young generation, because
 * papaparse's short-lived row arrays would otherwise let V8 grow it by ~100 MiB.
 */
export const OURS_NODE_ARGS = ["--max-semi-space-size=8"];

/**
 * Environment of our children, as `npm run load` sets it: V8's compile cache (also of the stripped
 * TypeScript) in a folder of its own, so a build after the first compiles no module again; and
 * glibc's mmap threshold fixed at 4 MiB (it would rise to the size of each large array freed), so
 * freed column-sized arrays go back to the system instead of staying in malloc's heap (10M lines:
 * ~90 MiB less after the load; docs/performance.md).
 */
export const OURS_ENV = { NODE_COMPILE_CACHE: join(tmpdir(), "klantbeeld-bench-compile-cache"), MALLOC_MMAP_THRESHOLD_: "4194304" };

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

/** Runs that started while other processes kept the CPUs busy (after waiting up to `quietWaitS`). */
export const noise = { busyStarts: 0, quietWaitS: 20, busyShares: [] as number[] };

/** Waits until other processes leave the CPUs nearly idle (at most `noise.quietWaitS` seconds). */
async function waitForQuiet(): Promise<void> {
  let share = 1;
  for (let tries = 0; tries < noise.quietWaitS * 2; tries++) if ((share = await busyShare(500)) < 0.12) break;
  noise.busyShares.push(share);
  if (share >= 0.12) noise.busyStarts++;
}

/** Runs `script` (a file beside this one) with `args` as JSON and returns its report. */
export async function child(script: string, args: unknown, nodeArgs: string[] = [], env: Record<string, string> = {}): Promise<Measured> {
  await waitForQuiet();
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [...nodeArgs, join(here, script), JSON.stringify(args)], { env: { ...process.env, ...env }, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${script} failed: ${stderr.trim().split("\n").slice(-5).join("\n")}`));
      const line = stdout.trim().split("\n").at(-1)!;
      resolve({ ...(JSON.parse(line) as ChildReport), processMs: performance.now() - t0 });
    });
  });
}

/** Median of `xs` (mean of the middle two for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Per key, the median over reports of `notes[field][key]` (e.g. each section's time). */
export function medianNotes(reports: readonly ChildReport[], field: string): Record<string, number> {
  const keys = Object.keys((reports[0]?.notes[field] as Record<string, number> | undefined) ?? {});
  return Object.fromEntries(keys.map((k) => [k, Math.round(median(reports.map((r) => (r.notes[field] as Record<string, number>)[k] ?? Number.NaN)))]));
}
