/**
 * Probe, run by hand: what a warm start of the repurchase fits would save. Loads `<dir>` (holds
 * `klantbeeld.yaml`), fits BG/NBD and Gamma-Gamma as of the last month end cold, and again warm
 * from the fits as of the month before (what the cache would hold); prints CPU ms, iterations and
 * the largest relative parameter difference. `node test/bench/warm-start-probe.ts <dir> [runs]`
 */
import { monthEnd, monthOfDay } from "../../loaders/lib/months.ts";
import { bgNbd } from "../../loaders/metrics/bg-nbd.ts";
import { gammaGamma } from "../../loaders/metrics/gamma-gamma.ts";
import { repeatSummary } from "../../loaders/metrics/repeat-summary.ts";
import { loadSources } from "../../loaders/sources/load-sources.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";

const dir = process.argv[2]!;
const runs = Number(process.argv[3] ?? 3);
const loaded = await loadSources(await readConfig(dir), dir);
const last = monthOfDay(loaded.store.lastDay!) - 1;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const before = repeatSummary(loaded.store, monthEnd(last - 1));
const now = repeatSummary(loaded.store, monthEnd(last));
const oldBg = bgNbd(before);
const oldGg = gammaGamma(before);
const rel = <P extends object>(a: P, b: P) => {
  const [x, y] = [a as Record<string, number>, b as Record<string, number>];
  return Math.max(...Object.keys(x).map((k) => Math.abs(x[k]! - y[k]!) / Math.abs(x[k]!)));
};
for (let i = 0; i < runs; i++) {
  let t = cpu();
  const coldBg = bgNbd(now);
  const coldBgMs = cpu() - t;
  t = cpu();
  const warmBg = bgNbd(now, { start: oldBg.params });
  const warmBgMs = cpu() - t;
  t = cpu();
  const coldGg = gammaGamma(now);
  const coldGgMs = cpu() - t;
  t = cpu();
  const warmGg = gammaGamma(now, { start: oldGg.params });
  const warmGgMs = cpu() - t;
  console.log(JSON.stringify({
    customers: now.customer.length,
    bgNbd: { coldMs: Math.round(coldBgMs), warmMs: Math.round(warmBgMs), coldIterations: coldBg.iterations, warmIterations: warmBg.iterations, relDiff: rel(coldBg.params, warmBg.params), distinct: coldBg.distinct },
    gammaGamma: { coldMs: Math.round(coldGgMs), warmMs: Math.round(warmGgMs), coldIterations: coldGg.iterations, warmIterations: warmGg.iterations, relDiff: rel(coldGg.params, warmGg.params) },
  }));
}
