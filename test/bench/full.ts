/**
 * Benchmark child: what `npm run load` does, every section — read the config, `loadSources`,
 * the row-account threshold, `buildBundle` with the standard sections, `stableJson` and writing
 * the bundle, with the month-level state when a cache folder is given — with the time of each step and each section. Prints a `ChildReport` as one JSON
 * line; `notes.sectionMs` holds the per-section breakdown, `notes.bundleSha256` the bundle's hash.
 *
 * argv[2] = JSON `{ dataDir, cacheDir?, out?, parseThreads?, split?, modelThreadFrom?, modelEarlyUpTo? }` (`dataDir` holds `klantbeeld.yaml`).
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { baseSeries } from "../../loaders/bundle/base-series.ts";
import { buildBundle, type SectionBuilder } from "../../loaders/bundle/build-bundle.ts";
import { sections } from "../../loaders/bundle/sections.ts";
import type { MonthStateExchange } from "../../loaders/bundle/month-state.ts";
import { withMonthState } from "../../loaders/load-bundle.ts";
import { stableJson } from "../../loaders/lib/stable-json.ts";
import { monthOfDay } from "../../loaders/lib/months.ts";
import { checkThreshold, type LoadStats, loadSources } from "../../loaders/sources/load-sources.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import type { ChildReport } from "./figures.ts";
import { furtherAccounts, loadFurtherSources } from "../../loaders/sources/load-further.ts";

interface Args {
  dataDir: string;
  cacheDir?: string;
  out?: string;
  /** Parsing threads (`LoadOptions.parseThreads`); default as `npm run load` (1 for several large files). */
  parseThreads?: number;
  /** `false`: every file on one thread; an object: `SplitOptions` (default as `npm run load`). */
  split?: false | { twoWorkers?: boolean; at?: number; minBytes?: number; maxBytes?: number; maxLoad?: number };
  /** Orders from which the repurchase model runs on its thread (`sections`); default as `npm run load`; null = never. */
  modelThreadFrom?: number | null;
  /** Orders up to which that thread starts before the sections (else with RFM); default as `npm run load`. */
  modelEarlyUpTo?: number;
}

const args = JSON.parse(process.argv[2]!) as Args;
const sectionMs: Record<string, number> = {};
/** CPU milliseconds (user + system) per section: less disturbed than wall time by other processes. */
const sectionCpuMs: Record<string, number> = {};
/** CPU milliseconds of the main thread alone per section (the model thread's CPU shows in `sectionCpuMs` only). */
const sectionMainCpuMs: Record<string, number> = {};
const mainCpuMs = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};
/** Peak RSS so far (MiB) when each step or section ended: where the peak is reached. */
const peakMiB: Record<string, number> = {};
const peak = () => Math.round(process.resourceUsage().maxRSS / 1024);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** The standard sections (with the month state of an incremental build), each wrapped to record its time. */
const timed = (exchange?: MonthStateExchange): SectionBuilder[] => sections(exchange, args.modelThreadFrom === null ? Infinity : args.modelThreadFrom, args.modelEarlyUpTo).map((builder) => ({
  ...builder,
  build: async (context) => {
    const t = performance.now();
    const c = cpuMs();
    const m = mainCpuMs();
    const result = await builder.build(context);
    sectionMainCpuMs[builder.name] = Math.round(mainCpuMs() - m);
    sectionMs[builder.name] = Math.round(performance.now() - t);
    sectionCpuMs[builder.name] = Math.round(cpuMs() - c);
    peakMiB[builder.name] = peak();
    return result;
  },
}));

const t0 = performance.now();
const c0 = cpuMs();
const config = await readConfig(args.dataDir);
const stats: LoadStats = { files: [], memo: {}, cacheErrors: 0, finishMs: 0 };
const loaded = await loadSources(config, args.dataDir, { stats, ...(args.parseThreads === undefined ? {} : { parseThreads: args.parseThreads }), ...(args.split === undefined ? {} : { split: args.split }), ...(args.cacheDir ? { cacheDir: args.cacheDir } : {}) });
const further = await loadFurtherSources(config, args.dataDir);
checkThreshold([...loaded.accounts, ...furtherAccounts(further)], config.rejectThreshold);
const t1 = performance.now();
const c1 = cpuMs();
peakMiB["load"] = peak();
const built = args.cacheDir ? await withMonthState(args.cacheDir, (exchange) => buildBundle(loaded, further, timed(exchange), undefined, exchange)) : { result: await buildBundle(loaded, further, timed()), stats: null };
const bundle = built.result;
const t2 = performance.now();
const json = stableJson(bundle);
if (args.out) writeFileSync(args.out, json);
const t3 = performance.now();
const c3 = cpuMs();
peakMiB["write json"] = peak();
// The base series again, alone, for the breakdown (buildBundle computes them before the sections).
const b0 = performance.now();
const bc = cpuMs();
if (loaded.store.firstDay !== null && loaded.store.lastDay !== null) baseSeries(loaded.store, config, monthOfDay(loaded.store.firstDay), monthOfDay(loaded.store.lastDay));
const baseMs = Math.round(performance.now() - b0);
const baseCpuMs = Math.round(cpuMs() - bc);

const report: ChildReport = {
  engine: "klantbeeld (npm run load)",
  rows: loaded.accounts.reduce((n, a) => n + a.rowsAccepted, 0),
  ms: t3 - t0,
  loadMs: t1 - t0,
  maxRss: process.resourceUsage().maxRSS * 1024,
  figures: null,
  notes: {
    sectionMs: { load: Math.round(t1 - t0), base: baseMs, ...sectionMs, "write json": Math.round(t3 - t2) },
    sectionCpuMs: { load: Math.round(c1 - c0), base: baseCpuMs, ...sectionCpuMs },
    sectionMainCpuMs,
    mainCpuMs: Math.round(mainCpuMs()),
    peakMiB,
    cpuMs: Math.round(c3 - c0),
    customers: loaded.store.customerCount,
    orders: loaded.store.orders.length,
    bundleSha256: createHash("sha256").update(json).digest("hex"),
    monthState: built.stats,
    cache: { hit: stats.files.filter((f) => f.cache === "hit").length, miss: stats.files.filter((f) => f.cache === "miss").length },
  },
};
process.stdout.write(`${JSON.stringify(report)}\n`);
