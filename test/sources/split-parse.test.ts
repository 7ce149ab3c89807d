/**
 * A file split in two and parsed on two threads gives exactly the one-thread `ParsedFile`: ids in
 * first-seen order, orders across the split, conflicts, rejections with physical lines, quoted
 * cells with line breaks, CRLF, BOM, `sep=;`, windows-1252. The cut is forced (any share of the
 * file); where the merge cannot be sure the file is read again on one thread (`again`), and the
 * hand cases pin which of the two happened.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import type { TransactionSource } from "../../loaders/schemas/config.ts";
import { LoadError } from "../../loaders/model/load-error.ts";
import { loadSources } from "../../loaders/sources/load-sources.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import { parseSplit, secondCpuLikelyFree } from "../../loaders/sources/split-parse.ts";
import { type ParseStats, parseTransactionFile } from "../../loaders/sources/transactions.ts";
import { config, dataDir } from "./helpers.ts";
import { inline, sourceFor } from "./split-helpers.ts";

const root = mkdtempSync(join(tmpdir(), "klantbeeld-split-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let files = 0;
/** Writes `content` to a new file; its context. */
function write(content: string | Uint8Array) {
  const file = `f${files++}.csv`;
  writeFileSync(join(root, file), content);
  return { path: join(root, file), file, reportZone: "Europe/Amsterdam" };
}

const HEADER = "order,customer,date,channel,product,category,amount";
/** Split whatever the size and however busy the CPUs are. */
const FORCE = { minBytes: 0, maxLoad: Number.POSITIVE_INFINITY };
const source = sourceFor(",", "utf-8");

/** Parses on one thread and split at `at` (forced for any size); the outcome of the split. */
async function both(content: string | Uint8Array, at: number, src: TransactionSource = source) {
  const context = write(content);
  const one = await parseTransactionFile(src, context);
  const outcomes: string[] = [];
  const split = await parseSplit(src, context, undefined, { ...FORCE, at, onOutcome: (o) => outcomes.push(o) });
  return { one, split, outcome: outcomes.join() };
}

describe("secondCpuLikelyFree", () => {
  it("needs two or more CPUs and a 1-minute load average under the bound", () => {
    const twoCpus = availableParallelism() >= 2;
    expect(secondCpuLikelyFree(Number.POSITIVE_INFINITY)).toBe(twoCpus);
    expect(secondCpuLikelyFree(0)).toBe(false);
    expect(secondCpuLikelyFree(loadavg()[0]! + 1000)).toBe(twoCpus);
  });
});

describe("parseSplit", () => {
  it("merges an order whose lines fall on both sides of the cut, on a worker thread", async () => {
    const text = [HEADER, "1,K1,2025-01-03,web,P1,koffie,1.25", "2,K2,2025-01-02,web,P2,thee,2", "2,K2,2025-01-02,app,P3,thee,3.5", "3,K1,2025-01-01,store,P1,koffie,4", ""].join("\n");
    // The cut falls after line 3 (order 2's first line): order 2 continues on line 4.
    const { one, split, outcome } = await both(text, text.indexOf("2,K2,2025-01-02,app") / text.length - 0.01);
    expect(outcome).toBe("split");
    expect(split).toEqual(one);
    // By hand: orders sorted by day (3, 2, 1), order 2 = 2 + 3.5; product P3 is the third product, K1 before K2.
    expect(Array.from(split.orders.amount)).toEqual([4, 5.5, 1.25]);
    expect(Array.from(split.orders.customer)).toEqual([0, 1, 0]);
    expect(Array.from(split.lines.product)).toEqual([0, 1, 2, 0]);
  });

  it("reads the file again on one thread when an order conflicts across the cut", async () => {
    const text = [HEADER, "1,K1,2025-01-03,web,P1,koffie,1", "2,K2,2025-01-02,web,P2,thee,2", "2,K3,2025-01-02,web,P3,thee,3", "2,K2,2025-01-02,web,P3,thee,4", ""].join("\n");
    const { one, split, outcome } = await both(text, (text.indexOf("2,K3") - 0.5) / text.length);
    expect(outcome).toBe("again");
    expect(split).toEqual(one);
    expect(Array.from(split.rowOrder)).toEqual([1, 0, ~0, 0]); // line 4 conflicts with order 2 (sorted first)
  });

  it("gives physical line numbers after the cut, across a quoted cell with a line break", async () => {
    const text = ["sep=;", "order;customer;date;channel;product;category;amount", '1;K1;2025-01-01;web;"P1\nlang";koffie;1', "2;K1;2025-13-01;web;P1;koffie;1", '3;K2;2025-01-02;web;"P ""2""";thee;2', "4;K2;2025-01-02;web;P2;thee", "5;K2;2025-01-02;web;P2;thee;x", ""].join("\r\n");
    const src = sourceFor(";", "utf-8");
    const { one, split, outcome } = await both(`\uFEFF${text}`, 0.55, src);
    expect(outcome).toBe("split");
    expect(split).toEqual(one);
    // Lines 5 (bad date), 7 (six fields) and 8 (bad amount): the quoted line break makes line 3 two lines.
    expect(Array.from(split.rejectLine)).toEqual([5, 7, 8]);
  });

  it("reads the file on one thread when the cut falls inside a quoted cell", async () => {
    const text = [HEADER, `1,K1,2025-01-01,web,"P1${"\nx".repeat(40)}",koffie,1`, "2,K1,2025-01-02,web,P1,koffie,1", ""].join("\n");
    const { one, split, outcome } = await both(text, 0.4);
    expect(outcome).toBe("again");
    expect(split).toEqual(one);
    expect(one.rejectLine.length).toBe(0);
  });

  it("reads windows-1252 on both sides (€ is byte 0x80)", async () => {
    const text = [HEADER, "1,K1,2025-01-01,web,Tegoed €5,café,1", "2,K2,2025-01-02,web,Tegoed €5,thé,2", "3,K1,2025-01-03,web,P1,café,3", ""].join("\r\n");
    const { one, split, outcome } = await both(iconv.encode(text, "win1252"), 0.5, sourceFor(",", "windows-1252"));
    expect(outcome).toBe("split");
    expect(split).toEqual(one);
    expect(split.categories).toEqual(one.categories);
  });

  it("counts memo statistics over both parts", async () => {
    const text = [HEADER, ...Array.from({ length: 40 }, (_, i) => `${i + 1},K${i % 3},2025-01-0${1 + (i % 9)},web,P1,koffie,1`), ""].join("\n");
    const context = write(text);
    const stats: ParseStats = {};
    await parseSplit(source, context, stats, FORCE);
    // 40 rows, one cell each per column: every cell is looked up once.
    expect(stats.orderId?.cells).toBe(40);
    expect(stats.customerId?.cells).toBe(40);
  });

  it("surfaces a LoadError of the file as one thread does, and leaves no thread running", async () => {
    const text = ["order,customer,date", ...Array.from({ length: 50 }, (_, i) => `${i},K1,2025-01-01`), ""].join("\n");
    const context = write(text);
    const expected = await parseTransactionFile(source, context).then(() => null, (e: Error) => e);
    expect(expected).toBeInstanceOf(LoadError);
    const error = await parseSplit(source, context, undefined, FORCE).then(() => null, (e: Error) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(error!.message).toBe(expected!.message);
  });

  it("splits only files between the size bounds, and only with a CPU idle", async () => {
    const text = [HEADER, "1,K1,2025-01-01,web,P1,koffie,1", "2,K1,2025-01-02,web,P1,koffie,1", ""].join("\n");
    const context = write(text);
    const outcomes: string[] = [];
    await parseSplit(source, context, undefined, { minBytes: text.length + 1, onOutcome: (o) => outcomes.push(o) });
    await parseSplit(source, context, undefined, { ...FORCE, maxBytes: text.length - 1, onOutcome: (o) => outcomes.push(o) });
    // A load average is never below 0: "CPUs busy", one thread.
    await parseSplit(source, context, undefined, { minBytes: 0, maxLoad: 0, onOutcome: (o) => outcomes.push(o) });
    // A header line too long to be sure it ends within the head: one thread.
    const long = write([`${HEADER},${"x".repeat(2100)}`, "1,K1,2025-01-01,web,P1,koffie,1,", "2,K1,2025-01-02,web,P1,koffie,1,", ""].join("\n"));
    await parseSplit(source, long, undefined, { ...FORCE, onOutcome: (o) => outcomes.push(o) });
    expect(outcomes).toEqual(["whole", "whole", "whole", "whole"]);
  });

  it("splits in the calling thread's parse as on the worker (inline join used by the property test)", async () => {
    const text = [HEADER, "1,K1,2025-01-03,web,P1,koffie,1.25", "2,K2,2025-01-02,web,P2,thee,2", "2,K2,2025-01-02,app,P3,thee,3.5", ""].join("\n");
    const context = write(text);
    expect(await inline(source, context, 0.5)).toEqual(await parseTransactionFile(source, context));
  });

  it("loads the same store and row accounts as one thread, duplicates across files naming the right line, and caches one entry per file", async () => {
    const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => `${from + i},K${(from + i) % 7},2025-01-${String(1 + ((from + i) % 28)).padStart(2, "0")},web,P${i % 5},koffie,${i % 9}.50`);
    // big.csv: 60 orders, a bad date on line 40; later.csv repeats order 55 (big.csv line 56, after the cut).
    const big = [HEADER, ...rows(1, 60)];
    big[39] = "39,K3,2025-02-30,web,P1,koffie,1";
    const dir = await dataDir({
      "klantbeeld.yaml": config(`files: "*.csv"
format: { delimiter: ",", decimal: ".", date: yyyy-mm-dd }
columns: { orderId: order, customerId: customer, date: date, channel: channel, product: product, category: category, amount: amount }`),
      "a-big.csv": `${big.join("\n")}\n`,
      "b-later.csv": `${[HEADER, "55,K6,2025-01-28,web,P1,koffie,1", ...rows(61, 3)].join("\n")}\n`,
    });
    const cfg = await readConfig(dir);
    const one = await loadSources(cfg, dir, { split: false });
    const outcomes: string[] = [];
    const cacheDir = join(dir, "cache");
    const split = await loadSources(cfg, dir, { cacheDir, split: { ...FORCE, at: 0.6, onOutcome: (o) => outcomes.push(o) } });
    expect(outcomes).toEqual(["split", "split"]);
    expect(split.accounts).toEqual(one.accounts);
    expect(split.store).toEqual(one.store);
    const [a, b] = split.accounts;
    expect(a).toMatchObject({ rowsRead: 60, rowsAccepted: 59, rowsRejected: 1 });
    expect(b!.rejections[0]).toMatchObject({ line: 2, reason: "duplicate_order" });
    expect(b!.rejections[0]!.expected).toContain("data/a-big.csv:56");
    // From the cache: nothing parsed, the same result.
    const again: string[] = [];
    const cached = await loadSources(cfg, dir, { cacheDir, split: { ...FORCE, onOutcome: (o) => again.push(o) } });
    expect(again).toEqual([]);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith(".kbc"))).toHaveLength(2); // and the merge memo
    expect(cached.store).toEqual(one.store);
  });
});
