/**
 * The calibration chart: cumulative repeat purchases the model predicted for the holdout period
 * (fitted only on the months before it) against what customers actually did. The closer the
 * lines, the more the predictions on the page can be trusted.
 */
import * as Plot from "@observablehq/plot";
import type { RepurchaseCalibration } from "../../loaders/index.ts";
import { messages } from "../../loaders/index.ts";
import type { ChartWords } from "./words.ts";
import { CHART, monthTicks } from "./theme.ts";

/** Legend names of the two lines (Dutch; other languages pass the catalogue's `charts.calibration`). */
export const CALIBRATION_LINES = { predicted: messages("nl").charts.calibration.predicted, actual: messages("nl").charts.calibration.actual } as const;
const COLORS = ["#8c8c8c", "#2166ac"];

/** One point of one line. */
export interface CalibrationPoint {
  date: Date;
  line: string;
  purchases: number;
}

/** Long rows of both lines (the predicted line is absent when the fit did not converge), named by `lines` (default Dutch). */
export function calibrationPoints(calibration: Pick<RepurchaseCalibration, "points">, lines: { predicted: string; actual: string } = CALIBRATION_LINES): CalibrationPoint[] {
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
  return calibration.points.flatMap((p) => [
    ...(p.predicted === null ? [] : [{ date: date(p.day), line: lines.predicted, purchases: p.predicted }]),
    { date: date(p.day), line: lines.actual, purchases: p.actual },
  ]);
}

/** Draws the two cumulative lines; `words` (the lines' names and the axis) and `locale` (month ticks) default to Dutch. */
export function calibration(points: readonly CalibrationPoint[], options: { document: Document; format: (value: number) => string; words?: ChartWords["calibration"]; locale?: string }): SVGSVGElement | HTMLElement {
  const words = options.words ?? messages("nl").charts.calibration;
  return Plot.plot({
    ...CHART,
    document: options.document,
    // Month ticks in the page's language (Plot's own are English).
    x: { type: "utc", label: null, ticks: "month", tickFormat: monthTicks(options.locale) },
    y: { grid: true, label: words.axis, tickFormat: options.format, zero: true },
    color: { domain: [words.predicted, words.actual], range: COLORS, legend: true },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(
        points.filter((p) => p.line === words.predicted),
        { x: "date", y: "purchases", stroke: "line", strokeWidth: 2, strokeDasharray: "6,4", className: "predicted" },
      ),
      Plot.lineY(
        points.filter((p) => p.line === words.actual),
        { x: "date", y: "purchases", stroke: "line", strokeWidth: 2.5, className: "actual" },
      ),
      Plot.dot(points, Plot.selectLast({ x: "date", y: "purchases", z: "line", fill: "line", r: 3, className: "ends" })),
    ],
  });
}
