/**
 * One goal's chart: the actual values, the planned straight path from baseline to target, the
 * trend projection to the deadline (dotted) and the target as a horizontal rule.
 */
import * as Plot from "@observablehq/plot";
import { monthDate } from "../../loaders/browser.ts";
import type { GoalRow } from "../../loaders/index.ts";
import { CHART, MONTH_X } from "./theme.ts";

/** Legend names and colours of the three lines (Dutch labels). */
export const GOAL_LINES = { actual: "Werkelijk", path: "Gepland pad", projection: "Trend" } as const;
const COLORS = ["#2166ac", "#8c8c8c", "#d6604d"];

/** Draws the goal chart; `format` formats the y ticks, `formatTarget` (default `format`) the target's label. */
export function goalProgress(
  rows: readonly GoalRow[],
  options: { document: Document; target: number; format: (value: number) => string; formatTarget?: (value: number) => string; label?: string },
): SVGSVGElement | HTMLElement {
  const line = (key: keyof typeof GOAL_LINES) =>
    rows.flatMap((r) => (r[key] === null ? [] : [{ date: monthDate(r.month), name: GOAL_LINES[key], value: r[key] as number }]));
  const actual = line("actual");
  const first = rows[0];
  return Plot.plot({
    ...CHART,
    document: options.document,
    x: MONTH_X,
    y: { grid: true, label: options.label ?? null, tickFormat: options.format, nice: true },
    color: { domain: Object.values(GOAL_LINES), range: COLORS, legend: true },
    marks: [
      Plot.ruleY([options.target], { stroke: "#1b7837", strokeDasharray: "2,3" }),
      first ? Plot.text([options.target], { x: monthDate(first.month), y: (d: number) => d, text: (d: number) => `Doel ${(options.formatTarget ?? options.format)(d)}`, dy: -6, textAnchor: "start", fill: "#1b7837" }) : null,
      Plot.lineY(line("path"), { x: "date", y: "value", stroke: "name", strokeDasharray: "6,4", strokeWidth: 1.5 }),
      Plot.lineY(line("projection"), { x: "date", y: "value", stroke: "name", strokeDasharray: "1,3", strokeWidth: 2 }),
      Plot.lineY(actual, { x: "date", y: "value", stroke: "name", strokeWidth: 2.5 }),
      Plot.dot(actual, { x: "date", y: "value", fill: "name", r: 2.5 }),
    ],
  });
}
