/**
 * The model part of the repurchase section: everything that needs the purchases but not the RFM
 * segments (both fits, the predictions, CLV, the moments of truth and the calibration refit), per
 * customer in typed arrays (`repurchase-totals.ts` folds them by segment).
 * Pure: the same work runs inline or on the model thread (`repurchase-thread.ts`), same bytes.
 */
import { shiftMonths } from "../lib/as-of.ts";
import { bgNbd, bgNbdPredict, type BgNbdFit, distinctRfm } from "../metrics/bg-nbd.ts";
import { clv } from "../metrics/clv.ts";
import { gammaGamma, type GammaGammaFit } from "../metrics/gamma-gamma.ts";
import { type CalibrationPoint, holdoutCalibration } from "../metrics/holdout-calibration.ts";
import { momentOfTruth } from "../metrics/moment-of-truth.ts";
import { type PurchaseDays, repeatSummaryOfDays } from "../metrics/repeat-summary.ts";
import type { RepurchaseSettings } from "../schemas/repurchase.ts";

/** The calibration refit and its points, before rounding (null: too little data). */
export interface ModelCalibration {
  fit: BgNbdFit;
  points: CalibrationPoint[];
  calibrationEnd: number;
  holdoutEnd: number;
}

/**
 * The per-customer model results, one row per customer with a purchase up to the as-of day
 * (`customer` ascending); `pAlive`/`expected` are null unless the BG/NBD fit converged, `clv` null
 * unless CLV is published. Typed arrays only, so the thread can move them instead of copying.
 */
export interface RepurchaseModel {
  customer: Int32Array;
  pAlive: Float64Array | null;
  expected: Float64Array | null;
  clv: Float64Array | null;
  /** Moment-of-truth status code of each row. */
  moment: Int8Array;
  bg: BgNbdFit | null;
  gg: GammaGammaFit | null;
  calibration: ModelCalibration | null;
}

/**
 * Fits and predicts on `purchases` (purchase days up to `asOf`) with `settings`; the calibration
 * refit is left out (null) when fewer than max(`minGroupSize`, 2) customers bought before its end.
 */
export function repurchaseModel(purchases: PurchaseDays, settings: RepurchaseSettings, asOf: number, minGroupSize: number): RepurchaseModel {
  const horizonWeeks = (settings.horizonMonths * 52) / 12;
  // One set of purchase days serves both fits, the moments and the holdout.
  const summary = repeatSummaryOfDays(purchases, asOf);
  const n = summary.customer.length;
  // Customers grouped by (x, t_x, T) once for the fit, the prediction and CLV.
  const rows = distinctRfm(summary);
  const bg = n > 0 ? bgNbd(rows) : null;
  const published = bg?.converged === true;
  let spenders = 0;
  for (let i = 0; i < n; i++) if (summary.x[i]! > 0 && summary.spend[i]! > 0) spenders++;
  const gg = published && spenders > 0 ? gammaGamma(summary) : null;
  const clvPublished = gg?.converged === true && gg.params.q > 1;
  let pAlive: Float64Array | null = null;
  let expected: Float64Array | null = null;
  let values: Float64Array | null = null;
  if (published) {
    const prediction = bgNbdPredict(bg!.params, summary, horizonWeeks, rows);
    pAlive = prediction.pAlive;
    expected = prediction.expected;
    if (clvPublished) values = clv(bg!.params, gg!.params, summary, { months: settings.horizonMonths, monthlyDiscountRate: settings.monthlyDiscount, margin: settings.margin }, rows).clv;
  }
  const status = momentOfTruth(purchases, asOf, { dueFactor: settings.dueFactor, overdueFactor: settings.overdueFactor }).status;
  const moment = new Int8Array(n);
  for (let i = 0; i < n; i++) moment[i] = status[summary.customer[i]!]!;
  const calibration = calibrationOf(purchases, settings, asOf, minGroupSize);
  return { customer: summary.customer, pAlive, expected, clv: values, moment, bg, gg, calibration };
}

/** The buffers of `model`'s arrays, to move them to another thread. */
export function modelBuffers(model: RepurchaseModel): ArrayBuffer[] {
  const arrays = [model.customer, model.pAlive, model.expected, model.clv, model.moment];
  return [...new Set(arrays.flatMap((a) => (a ? [a.buffer as ArrayBuffer] : [])))];
}

/** The buffers of `purchases`' arrays, to move them to another thread. */
export function purchaseBuffers(purchases: PurchaseDays): ArrayBuffer[] {
  return [...new Set([purchases.offsets.buffer, purchases.days.buffer, purchases.totals.buffer] as ArrayBuffer[])];
}

/**
 * Fits on the purchases up to `holdoutMonths` before the as-of day (the same day of the month; a
 * month end maps to a month end) and compares with what happened up to the as-of day.
 */
function calibrationOf(purchases: PurchaseDays, settings: RepurchaseSettings, asOf: number, k: number): ModelCalibration | null {
  const calibrationEnd = shiftMonths(asOf, -settings.holdoutMonths);
  const summary = repeatSummaryOfDays(purchases, calibrationEnd);
  if (summary.customer.length < Math.max(k, 2)) return null;
  const rows = distinctRfm(summary);
  const fit = bgNbd(rows);
  // A fit that did not converge is not used for predictions (its parameters may have run off to ~1e9).
  const points = holdoutCalibration(fit.converged ? fit.params : null, summary, purchases, calibrationEnd, asOf, rows);
  return { fit, points, calibrationEnd, holdoutEnd: asOf };
}
