/**
 * The calibration chart: cumulative repeat purchases the model predicted for the holdout period
 * (fitted only on the months before it) against what customers actually did. The closer the
 * lines, the more the predictions on the page can be trusted.
 */
import * as Plot from "@observablehq/plot";
import type { RepurchaseCalibration } from "../../loaders/index.ts";
import { CHART, monthTick } from "./theme.ts";

/** Legend names of the two lines (Dutch). */
export const CALIBRATION_LINES = { predicted: "Voorspeld door het model", actual: "Werkelijk" } as const;
const COLORS = ["#8c8c8c", "#2166ac"];

/** One point of one line. */
export interface CalibrationPoint {
  date: Date;
  line: string;
  purchases: number;
}

/** Long rows of both lines (the predicted line is absent when the fit did not converge). */
export function calibrationPoints(calibration: Pick<RepurchaseCalibration, "points">): CalibrationPoint[] {
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
  return calibration.points.flatMap((p) => [
    ...(p.predicted === null ? [] : [{ date: date(p.day), line: CALIBRATION_LINES.predicted, purchases: p.predicted }]),
    { date: date(p.day), line: CALIBRATION_LINES.actual, purchases: p.actual },
  ]);
}

/** Draws the two cumulative lines. */
export function calibration(points: readonly CalibrationPoint[], options: { document: Document; format: (value: number) => string }): SVGSVGElement | HTMLElement {
  return Plot.plot({
    ...CHART,
    document: options.document,
    // Dutch month ticks (Plot's own are English).
    x: { type: "utc", label: null, ticks: "month", tickFormat: monthTick },
    y: { grid: true, label: "Herhaalaankopen (cumulatief)", tickFormat: options.format, zero: true },
    color: { domain: Object.values(CALIBRATION_LINES), range: COLORS, legend: true },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(
        points.filter((p) => p.line === CALIBRATION_LINES.predicted),
        { x: "date", y: "purchases", stroke: "line", strokeWidth: 2, strokeDasharray: "6,4", className: "predicted" },
      ),
      Plot.lineY(
        points.filter((p) => p.line === CALIBRATION_LINES.actual),
        { x: "date", y: "purchases", stroke: "line", strokeWidth: 2.5, className: "actual" },
      ),
      Plot.dot(points, Plot.selectLast({ x: "date", y: "purchases", z: "line", fill: "line", r: 3, className: "ends" })),
    ],
  });
}
