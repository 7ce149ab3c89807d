/** Benchmark step: the repurchase models' data summary and fits as of a month end (what the bundle's repurchase section fits). */
import { monthEnd } from "../../loaders/lib/months.ts";
import { bgNbd } from "../../loaders/metrics/bg-nbd.ts";
import { gammaGamma } from "../../loaders/metrics/gamma-gamma.ts";
import { repeatSummary } from "../../loaders/metrics/repeat-summary.ts";
import type { Store } from "../../loaders/sources/orders.ts";

/** Fits BG/NBD and Gamma-Gamma on every registered customer as of the end of `lastMonth`. */
export function repurchaseFit(store: Store, lastMonth: number): { converged: boolean } {
  const summary = repeatSummary(store, monthEnd(lastMonth));
  const bg = bgNbd(summary);
  const gg = gammaGamma(summary);
  return { converged: bg.converged && gg.converged };
}
