/**
 * The incremental build equals a cold one byte for byte: 13 monthly exports (seeded generator of
 * the benchmark) are built cold, then with 12 files in the cache plus one new month, then with all
 * 13 cached; the three bundles (as `npm run load` writes them) must be identical, also when the
 * month-level RFM state is reused (and when a late order or an altered entry makes it a miss).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
    const monthStats = { snapshotHits: 0, snapshotMisses: 0, migrationHits: 0, migrationMisses: 0, baseHits: 0, baseMisses: 0, crossUpsellHits: 0, crossUpsellMisses: 0 };
    const oneNew = stableJson(await loadBundle(dataDir(MONTHS), { cacheDir, stats, monthStats }));
    expect(stats.files.map((f) => f.cache).sort()).toEqual([...Array(MONTHS - 1).fill("hit"), "miss"]);
    // The RFM history: 25 month ends (12 before the data + 13); the new month, the one before and
    // a year before are scored (the migrations into the new month need their customers), the
    // other 22 come from the state, as do the 12 migrations between stored months.
    // Cross-/upsell: the 12 stored months' counts, the walk resumed from the history at the end of the 12th.
    expect(monthStats).toEqual({ snapshotHits: 22, snapshotMisses: 3, migrationHits: 12, migrationMisses: 2, baseHits: 12, baseMisses: 1, crossUpsellHits: 12, crossUpsellMisses: 1 });
    const allStats = { snapshotHits: 0, snapshotMisses: 0, migrationHits: 0, migrationMisses: 0, baseHits: 0, baseMisses: 0, crossUpsellHits: 0, crossUpsellMisses: 0 };
    const allCached = stableJson(await loadBundle(dataDir(MONTHS), { cacheDir, monthStats: allStats }));
    // Nothing new: only the last month is scored again (repurchase needs its customers' segments).
    expect(allStats).toEqual({ snapshotHits: 24, snapshotMisses: 1, migrationHits: 14, migrationMisses: 0, baseHits: 13, baseMisses: 0, crossUpsellHits: 13, crossUpsellMisses: 0 });
    // The fits ran and converged, so the comparison covers the repurchase models too.
    const repurchase = JSON.parse(cold).sections.repurchase;
    expect(repurchase.fits.bgNbd.converged).toBe(true);
    expect(repurchase.fits.gammaGamma.converged).toBe(true);
    expect(oneNew).toBe(cold);
    expect(allCached).toBe(cold);
  });

  it("scores every month from a late order on again and still builds the cold bytes", async () => {
    const cacheDir = join(root, "cache-late");
    const dir = dataDir(MONTHS);
    const cold = stableJson(await loadBundle(dir));
    // The last build lacked the last order line of month 4: months 4 … 13 have other keys now.
    const third = join(dir, names[3]!);
    const full = readFileSync(third, "utf8");
    const lines = full.trimEnd().split("\n");
    writeFileSync(third, `${lines.slice(0, -1).join("\n")}\n`);
    await loadBundle(dir, { cacheDir });
    writeFileSync(third, full);
    const monthStats = { snapshotHits: 0, snapshotMisses: 0, migrationHits: 0, migrationMisses: 0, baseHits: 0, baseMisses: 0, crossUpsellHits: 0, crossUpsellMisses: 0 };
    expect(stableJson(await loadBundle(dir, { cacheDir, monthStats }))).toBe(cold);
    // Stored: the 12 months before the data and 2024-01 … 03, less 2024-03 and 2024-01, whose
    // customers the migrations into 2024-04 and 2025-01 (both recomputed) need.
    expect(monthStats.snapshotHits).toBe(12 + 3 - 2);
    expect(monthStats.snapshotMisses).toBe(MONTHS - 3 + 2);
    // The base series' top-customer and activity figures: 2024-01 … 03 stored, the rest computed.
    expect([monthStats.baseHits, monthStats.baseMisses]).toEqual([3, MONTHS - 3]);
    // Cross-/upsell: the history was stored at the end of 2024-13 only, whose key the late line
    // changed: no month is taken, the walk runs in full.
    expect([monthStats.crossUpsellHits, monthStats.crossUpsellMisses]).toEqual([0, MONTHS]);
    // An altered state entry is a miss: every month is scored, the bytes are the same.
    for (const name of readdirSync(cacheDir).filter((n) => n.endsWith(".kbs"))) {
      const path = join(cacheDir, name);
      const bytes = readFileSync(path);
      bytes[bytes.length - 2]! ^= 1;
      writeFileSync(path, bytes);
    }
    const tampered = { snapshotHits: 0, snapshotMisses: 0, migrationHits: 0, migrationMisses: 0, baseHits: 0, baseMisses: 0, crossUpsellHits: 0, crossUpsellMisses: 0 };
    expect(stableJson(await loadBundle(dir, { cacheDir, monthStats: tampered }))).toBe(cold);
    expect(tampered.snapshotHits).toBe(0);
    expect(tampered.snapshotMisses).toBe(12 + MONTHS);
    expect([tampered.crossUpsellHits, tampered.crossUpsellMisses]).toEqual([0, MONTHS]);
  });

  it("builds the cold bytes from the state when the last month is partial (asOf pinned mid-month) and after it", async () => {
    const cacheDir = join(root, "cache-partial");
    const dir = dataDir(MONTHS);
    const pinned = join(root, "pinned");
    rmSync(pinned, { recursive: true, force: true });
    mkdirSync(pinned, { recursive: true });
    for (const name of names) copyFileSync(join(files, name), join(pinned, name));
    writeFileSync(join(pinned, "klantbeeld.yaml"), JSON.stringify({ ...benchConfig("en", "*.csv"), asOf: "2024-12-15" }));
    const coldPinned = stableJson(await loadBundle(pinned));
    expect(JSON.parse(coldPinned).period.partial).not.toBeNull();
    await loadBundle(dir, { cacheDir });
    const monthStats = { snapshotHits: 0, snapshotMisses: 0, migrationHits: 0, migrationMisses: 0, baseHits: 0, baseMisses: 0, crossUpsellHits: 0, crossUpsellMisses: 0 };
    expect(stableJson(await loadBundle(pinned, { cacheDir, monthStats }))).toBe(coldPinned);
    expect(monthStats.snapshotHits).toBeGreaterThan(0);
    expect(stableJson(await loadBundle(dir, { cacheDir }))).toBe(stableJson(await loadBundle(dir)));
  });

  it("still builds when the month state cannot be written", async () => {
    const dir = dataDir(3);
    const cacheDir = join(root, "cache-blocked");
    await loadBundle(dir, { cacheDir });
    // A folder where the state entry goes: the rename over it fails.
    const entry = readdirSync(cacheDir).find((n) => n.endsWith(".kbs"))!;
    rmSync(join(cacheDir, entry));
    mkdirSync(join(cacheDir, entry, "x"), { recursive: true });
    expect(stableJson(await loadBundle(dir, { cacheDir }))).toBe(stableJson(await loadBundle(dir)));
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
