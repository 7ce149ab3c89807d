/**
 * Benchmark child: our same work as DuckDB's query — loadSources, monthly sales and the RFM of
 * the last month — on one data folder; prints a `ChildReport` (with the agreement figures) as one
 * JSON line. Run by `run.ts`, one process per run, so peak RSS is this run's alone. What
 * `npm run load` does with every section is `full.ts`.
 *
 * argv[2] = JSON `{ configPath, dataDir, cacheDir?, figures?: boolean }`.
 */
import { readFileSync } from "node:fs";
import { monthKey, monthOfDay } from "../../loaders/lib/months.ts";
import type { Config } from "../../loaders/schemas/config.ts";
import { type LoadStats, loadSources } from "../../loaders/sources/load-sources.ts";
import type { Store } from "../../loaders/model/store.ts";
import type { ChildReport, Figures } from "./figures.ts";

interface Args {
  configPath: string;
  dataDir: string;
  cacheDir?: string;
  figures?: boolean;
}

type MetricRun = (store: Store, first: number, last: number, config: Config) => unknown;

/** The metrics of the same work as DuckDB's query (the RFM of one month follows below). */
const METRICS: { name: string; module: string; run: (mod: Record<string, unknown>) => MetricRun }[] = [
  { name: "monthlySales", module: "../../loaders/metrics/monthly-sales.ts", run: (m) => (s, a, b) => (m.monthlySales as (...args: unknown[]) => unknown)(s, a, b) },
];

const args = JSON.parse(process.argv[2]!) as Args;
const config = JSON.parse(readFileSync(args.configPath, "utf8")) as Config;

const loaded: { name: string; run: MetricRun }[] = [];
const skipped: string[] = [];
for (const metric of METRICS) {
  try {
    loaded.push({ name: metric.name, run: metric.run(await import(metric.module)) });
  } catch (error) {
    skipped.push(`${metric.name}: ${(error as Error).message.split("\n")[0]}`);
  }
}
const rfmModule = (await import("../../loaders/metrics/rfm.ts").catch(() => null)) as typeof import("../../loaders/metrics/rfm.ts") | null;
type Sales = import("../../loaders/metrics/monthly-sales.ts").MonthlySales;

const cpuMs = () => (process.cpuUsage().user + process.cpuUsage().system) / 1000;
const cpu0 = cpuMs();
const t0 = performance.now();
const stats: LoadStats = { files: [], memo: {}, cacheErrors: 0, finishMs: 0 };
const { store, accounts } = await loadSources(config, args.dataDir, { stats, ...(args.cacheDir ? { cacheDir: args.cacheDir } : {}) });
const t1 = performance.now();
const metricMs: Record<string, number> = {};
let sales = null as Sales | null;
if (store.firstDay !== null && store.lastDay !== null) {
  const first = monthOfDay(store.firstDay);
  const last = monthOfDay(store.lastDay);
  for (const metric of loaded) {
    const m0 = performance.now();
    try {
      const result = metric.run(store, first, last, config);
      if (metric.name === "monthlySales") sales = result as Sales;
    } catch (error) {
      skipped.push(`${metric.name} failed: ${(error as Error).message.split("\n")[0]}`);
    }
    metricMs[metric.name] = Math.round(performance.now() - m0);
  }
}
const t2 = performance.now();
const cpu2 = cpuMs();
let rfmCpuMs = Number.NaN;

let figures: Figures | null = null;
let rfmMs = Number.NaN;
if (args.figures && rfmModule && sales && store.lastDay !== null) {
  const last = monthOfDay(store.lastDay);
  const first = monthOfDay(store.firstDay!);
  const r0 = performance.now();
  const rc = cpuMs();
  const scores = rfmModule.rfm(store, last, config.kpi.activeWindowMonths);
  rfmMs = performance.now() - r0;
  rfmCpuMs = cpuMs() - rc;
  const counts = (scores: Int8Array) => {
    const out = [0, 0, 0, 0, 0];
    for (let c = 0; c < scores.length; c++) if (scores[c]! > 0) out[scores[c]! - 1]!++;
    return out;
  };
  let revenueCents = 0;
  for (let i = 0; i < store.orders.length; i++) revenueCents += Math.round(store.orders.amount[i]! * 100);
  let frequencySum = 0;
  let monetaryCents = 0;
  for (let c = 0; c < store.customerCount; c++) {
    if (scores.frequency[c]! === 0) continue;
    frequencySum += scores.frequency[c]!;
    monetaryCents += Math.round(scores.monetary[c]! * 100);
  }
  const monthly: Figures["monthly"] = {};
  for (const [channel, series] of Object.entries(sales.byChannel)) {
    series.revenue.forEach((revenue, i) => {
      if (revenue === 0 && series.orders[i] === 0) return;
      monthly[`${monthKey(first + i)} ${channel}`] = { revenueCents: Math.round(revenue * 100), orders: series.orders[i]! };
    });
  }
  figures = {
    customers: store.customerCount,
    orders: store.orders.length,
    revenueCents,
    asOf: monthKey(last),
    scored: scores.scored,
    frequencySum,
    monetaryCents,
    r: counts(scores.r),
    f: counts(scores.f),
    m: counts(scores.m),
    monthly,
  };
}

const report: ChildReport = {
  engine: "klantbeeld",
  rows: accounts.reduce((n, a) => n + a.rowsAccepted, 0),
  ms: t2 - t0,
  loadMs: t1 - t0,
  maxRss: process.resourceUsage().maxRSS * 1024,
  figures,
  notes: {
    /** Load + monthly sales + RFM of one month: the work DuckDB's query does. */
    sameWorkMs: t1 - t0 + (metricMs.monthlySales ?? Number.NaN) + rfmMs,
    metricMs,
    /** CPU time of the same work: load + monthly sales + RFM of one month. */
    cpuMs: cpu2 - cpu0 + rfmCpuMs,
    skipped,
    files: accounts.length,
    rejected: accounts.reduce((n, a) => n + a.rowsRejected, 0),
    cache: { hit: stats.files.filter((f) => f.cache === "hit").length, miss: stats.files.filter((f) => f.cache === "miss").length, errors: stats.cacheErrors },
    waitMs: Math.round(stats.files.reduce((t, f) => t + f.waitMs, 0)),
    readMs: Math.round(stats.files.reduce((t, f) => t + f.readMs, 0)),
    mergeMs: Math.round(stats.files.reduce((t, f) => t + f.mergeMs, 0)),
    finishMs: Math.round(stats.finishMs),
    memo: stats.memo,
  },
};
process.stdout.write(`${JSON.stringify(report)}\n`);
