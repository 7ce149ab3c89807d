/**
 * The repurchase section of an engine load: the engine counts customers per distinct
 * (segment, x, t_x, T, repeat cents, median gap) tuple and per (x, t_x, T) at the calibration end
 * (`sql/repurchase.ts`); the runner fits and predicts once per tuple with the same metric
 * functions as the stream path and weights each result by its count. The Gamma-Gamma fit is the
 * one place per-customer values exist on the runner: (x, mean spend) of each repeat customer,
 * two numbers each, expanded from the counts because its likelihood is per customer.
 */
import { shiftMonths } from "../lib/as-of.ts";
import { type BgNbdFit, bgNbd, bgNbdPredict, type DistinctRfm } from "../metrics/bg-nbd.ts";
import { clv } from "../metrics/clv.ts";
import { type GammaGammaFit, gammaGamma } from "../metrics/gamma-gamma.ts";
import { holdoutCalibrationOfCounts } from "../metrics/holdout-calibration.ts";
import { MOMENT_NONE, momentStatusOf } from "../metrics/moment-of-truth.ts";
import { SEGMENT_IDS } from "../metrics/rfm-segments.ts";
import type { Config } from "../schemas/config.ts";
import { calibrationSectionOf, emptyTotals, type RepurchaseCalibration, type RepurchaseSection, repurchaseSectionOf, repurchaseSettings } from "../bundle/repurchase.ts";
import type { BundleWarning, Series } from "../bundle/types.ts";
import type { EngineAdapter } from "./adapter.ts";
import { calibrationTuplesSql, holdoutDaysSql, purchaseDaysSql, repurchaseTuplesSql } from "./sql/repurchase.ts";

/** Customers sharing one history at the as-of day (days and cents as the engine counted them). */
export interface RepurchaseTuple {
  /** RFM segment index + 1 at the as-of day; 0 = not scored (`outside`). */
  seg1: number;
  x: number;
  txDays: number;
  tDays: number;
  /** Cents of the repeat purchase days. */
  spendCents: number;
  /** Twice the median gap between purchase days (0 with fewer than two). */
  gap2: number;
  n: number;
}

/** Distinct (x, t_x, T) rows in weeks from (x, t_x days, T days, count) tuples, merged where they coincide. */
export function distinctRowsOf(tuples: readonly { x: number; txDays: number; tDays: number; n: number }[]): DistinctRfm {
  const index = new Map<string, number>();
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const weight: number[] = [];
  for (const t of tuples) {
    const key = `${t.x} ${t.txDays} ${t.tDays}`;
    let g = index.get(key);
    if (g === undefined) {
      index.set(key, (g = x.length));
      x.push(t.x);
      tx.push(t.txDays / 7);
      T.push(t.tDays / 7);
      weight.push(0);
    }
    weight[g]! += t.n;
  }
  return { x: Float64Array.from(x), tx: Float64Array.from(tx), T: Float64Array.from(T), weight: Float64Array.from(weight), row: new Int32Array(0) };
}

/** The section from the as-of tuples and the calibration counts (pure: no engine access). */
export function repurchaseOfTuples(
  config: Config,
  lastMonth: number,
  asOf: number,
  tuples: readonly RepurchaseTuple[],
  calibration: { tuples: { x: number; txDays: number; tDays: number; n: number }[]; perDay: Map<number, number>; end: number } | null,
): { series: Series[]; section: RepurchaseSection; warnings: BundleWarning[] } {
  const settings = repurchaseSettings(config);
  const outside = SEGMENT_IDS.length;
  const customers = tuples.reduce((sum, t) => sum + t.n, 0);
  const totals = emptyTotals(customers, settings.pAliveBins);
  const group = tuples.map((t) => (t.seg1 > 0 ? t.seg1 - 1 : outside));
  tuples.forEach((t, i) => {
    totals.sizes[group[i]!]! += t.n;
  });
  const bg: BgNbdFit | null = customers > 0 ? bgNbd(distinctRowsOf(tuples)) : null;
  totals.bg = bg;
  const published = bg?.converged === true;
  // Per tuple: x, t_x, T in weeks and the mean spend of the repeat days, as `repeatSummary` gives them.
  const data = {
    x: Float64Array.from(tuples, (t) => t.x),
    tx: Float64Array.from(tuples, (t) => t.txDays / 7),
    T: Float64Array.from(tuples, (t) => t.tDays / 7),
    spend: Float64Array.from(tuples, (t) => (t.x > 0 ? t.spendCents / 100 / t.x : 0)),
  };
  let gg: GammaGammaFit | null = null;
  if (published) {
    const spenders = tuples.filter((t, i) => t.x > 0 && data.spend[i]! > 0);
    if (spenders.length > 0) {
      // The Gamma-Gamma likelihood is per customer: one (x, spend) per repeat customer with a positive spend.
      const count = spenders.reduce((sum, t) => sum + t.n, 0);
      const x = new Float64Array(count);
      const spend = new Float64Array(count);
      let k = 0;
      tuples.forEach((t, i) => {
        if (!(t.x > 0 && data.spend[i]! > 0)) return;
        x.fill(t.x, k, k + t.n);
        spend.fill(data.spend[i]!, k, k + t.n);
        k += t.n;
      });
      gg = gammaGamma({ x, spend });
    }
  }
  totals.gg = gg;
  const clvPublished = gg?.converged === true && gg.params.q > 1;
  const bins = settings.pAliveBins;
  if (published) {
    const horizonWeeks = (settings.horizonMonths * 52) / 12;
    const prediction = bgNbdPredict(bg.params, data, horizonWeeks);
    const values = clvPublished ? clv(bg.params, gg!.params, data, { months: settings.horizonMonths, monthlyDiscountRate: settings.monthlyDiscount, margin: settings.margin }).clv : null;
    tuples.forEach((t, i) => {
      const g = group[i]!;
      const p = prediction.pAlive[i]!;
      totals.histogram[g * bins + Math.min(bins - 1, Math.floor(p * bins))]! += t.n;
      totals.pAliveSum[g]! += t.n * p;
      totals.expectedSum[g]! += t.n * prediction.expected[i]!;
      if (values) totals.clvSum[g]! += t.n * values[i]!;
    });
  }
  tuples.forEach((t, i) => {
    const status = t.x === 0 ? MOMENT_NONE : momentStatusOf(t.tDays - t.txDays, t.gap2 / 2, settings.dueFactor, settings.overdueFactor);
    totals.momentCounts[group[i]! * 4 + status]! += t.n;
  });
  return repurchaseSectionOf(config, lastMonth, asOf, totals, (warnings): RepurchaseCalibration | null => {
    if (calibration === null) return null;
    const rows = distinctRowsOf(calibration.tuples);
    const fit = bgNbd(rows);
    const points = holdoutCalibrationOfCounts(fit.converged ? fit.params : null, rows, calibration.perDay, calibration.end, asOf);
    return calibrationSectionOf(fit, points, calibration.end, asOf, warnings);
  });
}

/** Runs the repurchase counts in the engine (`segments`: the kept RFM segments of the main run) and builds the section. */
export async function engineRepurchase(adapter: EngineAdapter, orders: string, segments: string, config: Config, lastMonth: number, asOf: number) {
  const sql = adapter.dialect;
  const settings = repurchaseSettings(config);
  const days = await adapter.keep("kb_purchase_days", purchaseDaysSql(sql, orders, asOf));
  const tuples = (await adapter.query(repurchaseTuplesSql(sql, days, segments, lastMonth, asOf))).map(
    (r): RepurchaseTuple => ({ seg1: Number(r.seg1), x: Number(r.x), txDays: Number(r.tx), tDays: Number(r.t), spendCents: Number(r.spend), gap2: Number(r.gap2), n: Number(r.n) }),
  );
  const end = shiftMonths(asOf, -settings.holdoutMonths);
  const calibrationTuples = (await adapter.query(calibrationTuplesSql(sql, days, end))).map((r) => ({ x: Number(r.x), txDays: Number(r.tx), tDays: Number(r.t), n: Number(r.n) }));
  const customers = calibrationTuples.reduce((sum, t) => sum + t.n, 0);
  let calibration = null;
  if (customers >= Math.max(config.minGroupSize, 2)) {
    const perDay = new Map((await adapter.query(holdoutDaysSql(sql, days, end))).map((r) => [Number(r.day), Number(r.n)] as const));
    calibration = { tuples: calibrationTuples, perDay, end };
  }
  return repurchaseOfTuples(config, lastMonth, asOf, tuples, calibration);
}
