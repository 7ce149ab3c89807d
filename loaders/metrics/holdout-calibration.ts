/**
 * How far to trust the BG/NBD: fitted on the data up to a calibration end, it predicts each
 * customer's repeat purchases in the weeks after (E[Y(t) | x, t_x, T], summed over customers);
 * the actual purchase days of the same customers in those weeks are counted alongside.
 * Points lie every 7 days after the calibration end, plus the holdout end itself.
 */
import { bgNbdExpectedParts, type BgNbdParams, type DistinctRfm, distinctRfm, expectedAt } from "./bg-nbd.ts";
import type { PurchaseDays, RepeatSummary } from "./repeat-summary.ts";

/** Cumulative predicted and actual repeat purchases from the calibration end to `day`. */
export interface CalibrationPoint {
  /** Day number of the point (calibration end + 7, + 14, …, holdout end). */
  day: number;
  /** Weeks since the calibration end. */
  weeks: number;
  predicted: number;
  actual: number;
}

/** The days after `calibrationEnd` at which the holdout is compared: every 7 days, and `holdoutEnd`. */
export function calibrationDays(calibrationEnd: number, holdoutEnd: number): number[] {
  if (!(holdoutEnd > calibrationEnd)) throw new RangeError(`expected the holdout end after the calibration end, got days ${calibrationEnd} and ${holdoutEnd}`);
  const days: number[] = [];
  for (let d = calibrationEnd + 7; d < holdoutEnd; d += 7) days.push(d);
  days.push(holdoutEnd);
  return days;
}

/**
 * Predicted vs actual cumulative repeat purchases of the customers in `summary` (built with
 * calibration end `calibrationEnd`), with `purchases` holding their purchase days up to at least
 * `holdoutEnd`. Without `params` (a fit that did not converge) only the actual purchases are
 * counted and every prediction is 0: parameters of a failed fit are never used. `rows` is
 * `distinctRfm(summary)`, passed when the caller has it already (the fit's).
 */
export function holdoutCalibration(params: BgNbdParams | null, summary: RepeatSummary, purchases: PurchaseDays, calibrationEnd: number, holdoutEnd: number, rows?: DistinctRfm): CalibrationPoint[] {
  // Purchases per day of the holdout, counted in an array (day − calibrationEnd − 1); a customer's days ascend, so read from the last.
  const counts = new Float64Array(Math.max(0, holdoutEnd - calibrationEnd));
  const { offsets, days } = purchases;
  for (let i = 0; i < summary.customer.length; i++) {
    const c = summary.customer[i]!;
    for (let k = offsets[c + 1]! - 1; k >= offsets[c]! && days[k]! > calibrationEnd; k--) if (days[k]! <= holdoutEnd) counts[days[k]! - calibrationEnd - 1]!++;
  }
  const perDay = new Map<number, number>();
  for (let k = 0; k < counts.length; k++) if (counts[k]! > 0) perDay.set(calibrationEnd + 1 + k, counts[k]!);
  return holdoutCalibrationOfCounts(params, rows ?? distinctRfm(summary), perDay, calibrationEnd, holdoutEnd);
}

/**
 * `holdoutCalibration` from counts: `rows` the distinct (x, t_x, T) of the customers at the
 * calibration end with how many share each (`weight`), `perDay` their purchase days after it
 * (day → how many of them bought that day; days outside (calibrationEnd, holdoutEnd] are ignored).
 */
export function holdoutCalibrationOfCounts(params: BgNbdParams | null, rows: DistinctRfm, perDay: ReadonlyMap<number, number>, calibrationEnd: number, holdoutEnd: number): CalibrationPoint[] {
  const days = calibrationDays(calibrationEnd, holdoutEnd);
  const weight = rows.weight;
  // Σ weight × E[Y] per point, each sum in row order, all points in one pass over the rows.
  const expected = params === null ? null : bgNbdExpectedParts(params, days.map((day) => (day - calibrationEnd) / 7), rows);
  const predicted = new Float64Array(days.length);
  // Without parameters every prediction is 0 (the weights are finite and ≥ 0).
  for (let g = 0; expected !== null && g < rows.x.length; g++) {
    for (let j = 0; j < days.length; j++) predicted[j]! += weight[g]! * expectedAt(expected, j, g);
  }
  // Purchase days after the calibration end per point: day d counts from the first point with day ≥ d,
  // i.e. point ⌈(d − calibrationEnd) / 7⌉ − 1, or the holdout end's (the last) for days after the last whole week.
  const perPoint = new Array<number>(days.length).fill(0);
  const lastPoint = days.length - 1;
  for (const [d, count] of perDay) {
    if (d <= calibrationEnd || d > holdoutEnd) continue;
    perPoint[Math.min(lastPoint, Math.ceil((d - calibrationEnd) / 7) - 1)]! += count;
  }
  let actual = 0;
  return days.map((day, j) => {
    actual += perPoint[j]!;
    return { day, weeks: (day - calibrationEnd) / 7, predicted: predicted[j]!, actual };
  });
}
