/**
 * The incremental build equals a cold one byte for byte: 13 monthly exports (seeded generator of
 * the benchmark) are built cold, then with 12 files in the cache plus one new month, then with all
 * 13 cached; the three bundles (as `npm run load` writes them) must be identical.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBundle } from "../loaders/load-bundle.ts";
import { stableJson } from "../loaders/lib/stable-json.ts";
import type { LoadStats } from "../loaders/sources/load-sources.ts";
import { benchConfig, generate } from "./bench/generate.ts";

const root = mkdtempSync(join(tmpdir(), "klantbeeld-incremental-"));
const files = join(root, "files");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FIRST = 2024 * 12; // 2024-01
const MONTHS = 13;
const names: string[] = [];

beforeAll(async () => {
  mkdirSync(files, { recursive: true });
  let firstOrder = 1;
  for (let k = 0; k < MONTHS; k++) {
    const month = FIRST + k;
    const name = `sales-${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}.csv`;
    const made = await generate(join(files, name), { rows: 1500, seed: 500 + k, dialect: "en", firstMonth: month, lastMonth: month, customers: 4000, firstOrder });
    firstOrder = made.nextOrder;
    names.push(name);
  }
});

/** A data folder with the first `count` monthly files (copied) and the benchmark's config. */
function dataDir(count: number): string {
  const dir = join(root, `d${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of names.slice(0, count)) copyFileSync(join(files, name), join(dir, name));
  writeFileSync(join(dir, "klantbeeld.yaml"), JSON.stringify(benchConfig("en", "*.csv")));
  return dir;
}

describe("loadBundle with the incremental cache", () => {
  it("builds the same bytes cold, with 12 cached months + 1 new, and with all 13 cached", async () => {
    const cacheDir = join(root, "cache");
    const cold = stableJson(await loadBundle(dataDir(MONTHS)));
    await loadBundle(dataDir(MONTHS - 1), { cacheDir });
    const stats: LoadStats = { files: [], memo: {}, cacheErrors: 0, finishMs: 0 };
    const oneNew = stableJson(await loadBundle(dataDir(MONTHS), { cacheDir, stats }));
    expect(stats.files.map((f) => f.cache).sort()).toEqual([...Array(MONTHS - 1).fill("hit"), "miss"]);
    const allCached = stableJson(await loadBundle(dataDir(MONTHS), { cacheDir }));
    // The fits ran and converged, so the comparison covers the repurchase models too.
    const repurchase = JSON.parse(cold).sections.repurchase;
    expect(repurchase.fits.bgNbd.converged).toBe(true);
    expect(repurchase.fits.gammaGamma.converged).toBe(true);
    expect(oneNew).toBe(cold);
    expect(allCached).toBe(cold);
  });

  it("builds the same bytes with the files parsed on worker threads, with and without the cache", async () => {
    const dir = dataDir(MONTHS);
    const cold = stableJson(await loadBundle(dir));
    const stats: LoadStats = { files: [], memo: {}, cacheErrors: 0, finishMs: 0 };
    expect(stableJson(await loadBundle(dir, { parseThreads: 2, stats }))).toBe(cold);
    // The threads' memo statistics reach the caller like the main thread's.
    expect(stats.memo["customerId"]!.cells).toBeGreaterThan(0);
    const cacheDir = join(root, "cache-threads");
    await loadBundle(dataDir(MONTHS - 1), { cacheDir, parseThreads: 1 });
    expect(stableJson(await loadBundle(dir, { cacheDir, parseThreads: 2 }))).toBe(cold);
  });

  it("stops with the same plain message when a file parsed on a thread is bad", async () => {
    const dir = dataDir(3);
    writeFileSync(join(dir, names[1]!), "order_id;customer_id\n1;2\n");
    const message = await loadBundle(dir).then(() => "", (e: Error) => `${e.name}: ${e.message}`);
    expect(message).toMatch(/^LoadError: .*sales-2024-02\.csv/);
    const threaded = await loadBundle(dir, { parseThreads: 2 }).then(() => "", (e: Error) => `${e.name}: ${e.message}`);
    expect(threaded).toBe(message);
  });
});
