/**
 * The incremental cache gives exactly what a load without it gives: a fixture with rejected
 * rows, an order conflict and an order repeated in a later file is loaded cold (filling the
 * cache), then warm (every file from the cache), and the stores and row accounts compared deeply.
 */
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { cacheKey, codeVersion, decodeParsed, encodeParsed, openEntry, readCached, sealEntry, writeCached } from "../../loaders/sources/cache.ts";
import { importGraph } from "../../loaders/sources/import-graph.ts";
import { FileHasher, hashFile } from "../../loaders/sources/file-hasher.ts";
import { type LoadStats, loadSources } from "../../loaders/sources/load-sources.ts";
import { parseConfig } from "../../loaders/sources/read-config.ts";
import { parseTransactionFile } from "../../loaders/sources/transactions.ts";

const root = mkdtempSync(join(tmpdir(), "klantbeeld-cache-"));
const data = join(root, "data");
const cacheDir = join(root, "cache");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HEADER = "ordernr;klant;datum;kanaal;artikel;categorie;bedrag";
const FILES: Record<string, string> = {
  // Line 4: a second line of order 1 with another customer (order_conflict); line 6: not a date.
  "2025-01.csv": [HEADER, "1;K1;02-01-2025;web;P1;koffie;10,50", "1;K1;02-01-2025;web;P2;thee;2,25", "1;K2;02-01-2025;web;P3;thee;1,00", "2;;03-01-2025;Winkel;P1;koffie;-4,00", "3;K3;32-01-2025;web;P1;koffie;1,00", "4;K2;05-01-2025;app;;;7,10"].join("\r\n"),
  // Order 2 was loaded from 2025-01.csv: both its lines here are duplicates.
  "2025-02.csv": ["sep=;", HEADER, "5;K1;01-02-2025;web;P9;bonen;3,30", "2;K9;01-02-2025;web;P1;koffie;1,00", '"6";"K ""4""";02-02-2025;WINKEL;"P1; groot";koffie;8,00', "2;K9;01-02-2025;web;P2;thee;1,00", ""].join("\n"),
};
const config = parseConfig({
  version: 1,
  timeZone: "Europe/Amsterdam",
  sources: [
    {
      name: "winkel",
      kind: "transactions",
      files: "*.csv",
      format: { delimiter: ";", decimal: ",", date: "dd-mm-yyyy" },
      columns: { orderId: "ordernr", customerId: "klant", date: "datum", channel: "kanaal", product: "artikel", category: "categorie", amount: "bedrag" },
      channelMap: { winkel: "store" },
    },
  ],
});

function writeData(files: Record<string, string>): void {
  rmSync(data, { recursive: true, force: true });
  mkdirSync(data, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(data, name), text);
}

function statsObject(): LoadStats {
  return { files: [], memo: {}, cacheErrors: 0, finishMs: 0 };
}

beforeEach(() => {
  rmSync(cacheDir, { recursive: true, force: true });
  writeData(FILES);
});

describe("incremental cache", () => {
  it("fixture: has conflicts, rejected cells and duplicates across files", async () => {
    const { accounts } = await loadSources(config, data);
    expect(accounts.map((a) => a.reasons)).toEqual([{ order_conflict: 1, invalid_date: 1 }, { duplicate_order: 2 }]);
  });

  it("a warm load equals a cold one: store arrays and row accounts, deeply", async () => {
    const plain = await loadSources(config, data);
    const coldStats = statsObject();
    const cold = await loadSources(config, data, { cacheDir, stats: coldStats });
    const warmStats = statsObject();
    const warm = await loadSources(config, data, { cacheDir, stats: warmStats });
    expect(coldStats.files.map((f) => f.cache)).toEqual(["miss", "miss"]);
    expect(warmStats.files.map((f) => f.cache)).toEqual(["hit", "hit"]);
    expect(warmStats.memo).toEqual({}); // nothing parsed: no cell went through zod
    expect(cold.store).toEqual(plain.store);
    expect(warm.store).toEqual(plain.store);
    expect(warm.accounts).toEqual(plain.accounts);
    expect(warm.warnings).toEqual(plain.warnings);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("reparses only a changed file, and drops the entry of the old version", async () => {
    await loadSources(config, data, { cacheDir });
    const entriesBefore = readdirSync(cacheDir).filter((e) => e.endsWith(".kbc")).sort();
    writeData({ ...FILES, "2025-02.csv": FILES["2025-02.csv"]!.replace("3,30", "3,40") });
    const stats = statsObject();
    const warm = await loadSources(config, data, { cacheDir, stats });
    expect(stats.files.map((f) => f.cache)).toEqual(["hit", "miss"]);
    expect(warm.store).toEqual((await loadSources(config, data)).store);
    const entriesAfter = readdirSync(cacheDir).filter((e) => e.endsWith(".kbc")).sort();
    expect(entriesAfter).toHaveLength(2);
    expect(entriesAfter.filter((e) => entriesBefore.includes(e))).toHaveLength(1);
  });

  it("stops with the cold load's message when the new file of a warm load is bad (parsed early, failing in turn)", async () => {
    await loadSources(config, data, { cacheDir });
    writeData({ ...FILES, "2025-03.csv": "ordernr;klant;datum\n1;K1;02-03-2025\n" });
    const message = (p: Promise<unknown>) => p.then(() => "loaded", (error: Error) => error.message);
    const cold = await message(loadSources(config, data));
    expect(cold).toContain("2025-03.csv");
    expect(await message(loadSources(config, data, { cacheDir }))).toBe(cold);
  });

  it("treats a damaged entry as a miss", async () => {
    await loadSources(config, data, { cacheDir });
    for (const name of readdirSync(cacheDir)) writeFileSync(join(cacheDir, name), "not a cache entry");
    const stats = statsObject();
    const again = await loadSources(config, data, { cacheDir, stats });
    expect(stats.files.map((f) => f.cache)).toEqual(["miss", "miss"]);
    expect(again.store).toEqual((await loadSources(config, data)).store);
  });

  it("keys on the source settings: another decimal separator is another entry", async () => {
    const source = config.sources[0] as Parameters<typeof cacheKey>[1];
    const sha = "0".repeat(64);
    expect(cacheKey(sha, source, "Europe/Amsterdam")).toBe(cacheKey(sha, { ...source }, "Europe/Amsterdam"));
    expect(cacheKey(sha, { ...source, format: { ...source.format, decimal: "." } }, "Europe/Amsterdam")).not.toBe(cacheKey(sha, source, "Europe/Amsterdam"));
    expect(cacheKey(sha, source, "UTC")).not.toBe(cacheKey(sha, source, "Europe/Amsterdam"));
    expect(cacheKey("1".repeat(64), source, "Europe/Amsterdam")).not.toBe(cacheKey(sha, source, "Europe/Amsterdam"));
  });

  it("hashes on threads (as for big loads) exactly as inline", async () => {
    const paths = Object.keys(FILES).map((name) => join(data, name));
    const hasher = new FileHasher(2);
    try {
      const threaded = await Promise.all(paths.map((path) => hasher.hash(path)));
      expect(threaded).toEqual(await Promise.all(paths.map((path) => hashFile(path))));
      expect(threaded[0]).toBe(createHash("sha256").update(readFileSync(paths[0]!)).digest("hex"));
    } finally {
      await hasher.close();
    }
  });

  it("round-trips a parsed file through its binary form", async () => {
    const source = config.sources[0] as Parameters<typeof parseTransactionFile>[0];
    const parsed = await parseTransactionFile(source, { path: join(data, "2025-01.csv"), file: "2025-01.csv", reportZone: "Europe/Amsterdam" });
    expect(decodeParsed(encodeParsed(parsed))).toEqual(parsed);
  });

  it("an entry that fails its checksum is a miss", async () => {
    const source = config.sources[0] as Parameters<typeof parseTransactionFile>[0];
    const parsed = await parseTransactionFile(source, { path: join(data, "2025-01.csv"), file: "2025-01.csv", reportZone: "Europe/Amsterdam" });
    const dir = mkdtempSync(join(tmpdir(), "klantbeeld-entry-"));
    await writeCached(dir, "k", parsed);
    expect(await readCached(dir, "k")).toEqual(parsed);
    const stored = readFileSync(join(dir, "k.kbc"));
    expect(openEntry(stored)).toEqual(encodeParsed(parsed));
    const flipped = Buffer.from(stored);
    flipped[flipped.length - 9]! ^= 1; // one bit of the last array, which decodes fine without the checksum
    writeFileSync(join(dir, "k.kbc"), flipped);
    expect(decodeParsed(flipped.subarray(40))).not.toBeNull();
    expect(await readCached(dir, "k")).toBeNull();
    expect(openEntry(sealEntry(Buffer.from("abc")))).toEqual(Buffer.from("abc"));
    // Read and checked on a hashing thread: the same payload, and null for the flipped bit, a short or absent file.
    const hasher = new FileHasher(1);
    try {
      writeFileSync(join(dir, "good.kbc"), stored);
      writeFileSync(join(dir, "short.kbc"), stored.subarray(0, 39));
      const open = (path: string, magic: string, header: number) => hasher.readEntry(path, magic, header);
      expect(await readCached(dir, "good", open)).toEqual(parsed);
      expect(await readCached(dir, "k", open)).toBeNull();
      expect(await readCached(dir, "short", open)).toBeNull();
      expect(await readCached(dir, "absent", open)).toBeNull();
      expect(await hasher.readEntry(join(dir, "good.kbc"), "KBCACHE2", 40)).toEqual(stored);
      // Taken from the queue by the main thread (the thread is not ready yet): the same answers.
      const fresh = new FileHasher(1);
      const good = fresh.readEntry(join(dir, "good.kbc"), "KBCACHE2", 40);
      const bad = fresh.readEntry(join(dir, "k.kbc"), "KBCACHE2", 40);
      fresh.entryNow(join(dir, "good.kbc"));
      fresh.entryNow(join(dir, "k.kbc"));
      expect(await good).toEqual(stored);
      expect(await bad).toBeNull();
      await fresh.close();
    } finally {
      await hasher.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("the cache's code version", () => {
  const LOADERS = new URL("../../loaders/", import.meta.url);
  it("is the import graph of the transaction reader, computed (header.ts included), with its packages", () => {
    const graph = importGraph([new URL("sources/transactions.ts", LOADERS), new URL("sources/cache.ts", LOADERS)]);
    const names = graph.modules.map((u) => u.href.slice(LOADERS.href.length));
    for (const m of ["sources/transactions.ts", "sources/header.ts", "sources/read-csv.ts", "sources/csv-records.ts", "sources/cache.ts", "schemas/transaction.ts", "lib/locale-number.ts"]) expect(names).toContain(m);
    for (const m of ["sources/journeys.ts", "metrics/rfm.ts", "cli/load.ts"]) expect(names).not.toContain(m);
    expect(graph.packages).toEqual(expect.arrayContaining(["iconv-lite", "papaparse", "zod"]));
  });

  it("changes with an edit to any module of that graph, or the lockfile, and not with a module outside it", () => {
    const root = mkdtempSync(join(tmpdir(), "klantbeeld-code-"));
    try {
      cpSync(new URL("../../loaders/", import.meta.url), join(root, "loaders"), { recursive: true });
      writeFileSync(join(root, "package-lock.json"), '{"lockfileVersion":3}');
      const base = new URL(`file://${root}/loaders/`);
      const roots = [new URL("sources/transactions.ts", base), new URL("sources/cache.ts", base)];
      const lock = new URL(`file://${root}/package-lock.json`);
      const version = () => codeVersion(roots, lock, base);
      const before = version();
      expect(version()).toBe(before);
      const modules = importGraph(roots).modules;
      expect(modules.length).toBeGreaterThanOrEqual(15);
      for (const url of modules) {
        const text = readFileSync(url, "utf8");
        appendFileSync(url, "\n// an edit\n");
        expect(version(), url.href).not.toBe(before);
        writeFileSync(url, text);
      }
      expect(version()).toBe(before);
      appendFileSync(new URL("metrics/rfm.ts", base), "\n// an edit outside the reader\n");
      expect(version()).toBe(before);
      writeFileSync(lock, '{"lockfileVersion":3,"packages":{"node_modules/papaparse":{"version":"5.5.4"}}}');
      expect(version()).not.toBe(before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
