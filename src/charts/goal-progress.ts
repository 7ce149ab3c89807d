/**
 * One goal's chart: the actual values, the planned straight path from baseline to target, the
 * trend projection to the deadline (dotted) and the target as a horizontal rule.
 */
import * as Plot from "@observablehq/plot";
import { monthDate } from "../../loaders/browser.ts";
import type { GoalRow } from "../../loaders/index.ts";
import { messages } from "../../loaders/index.ts";
import { CHART, monthX } from "./theme.ts";

/** The chart's words: legend names of the three lines and the target's label (the catalogue's `charts.goal`). */
export type GoalWords = ReturnType<typeof messages>["charts"]["goal"];

/** Legend names of the three lines in Dutch (the default words). */
export const GOAL_LINES = { actual: messages("nl").charts.goal.actual, path: messages("nl").charts.goal.path, projection: messages("nl").charts.goal.projection } as const;
const COLORS = ["#2166ac", "#8c8c8c", "#d6604d"];

/** Draws the goal chart; `format` formats the y ticks, `formatTarget` (default `format`) the target's label; `words` and `locale` default to Dutch. */
export function goalProgress(
  rows: readonly GoalRow[],
  options: { document: Document; target: number; format: (value: number) => string; formatTarget?: (value: number) => string; label?: string; words?: GoalWords; locale?: string },
): SVGSVGElement | HTMLElement {
  const words = options.words ?? messages("nl").charts.goal;
  const line = (key: keyof typeof GOAL_LINES) =>
    rows.flatMap((r) => (r[key] === null ? [] : [{ date: monthDate(r.month), name: words[key], value: r[key] as number }]));
  const actual = line("actual");
  const first = rows[0];
  return Plot.plot({
    ...CHART,
    document: options.document,
    x: monthX(options.locale),
    y: { grid: true, label: options.label ?? null, tickFormat: options.format, nice: true },
    color: { domain: [words.actual, words.path, words.projection], range: COLORS, legend: true },
    marks: [
      Plot.ruleY([options.target], { stroke: "#1b7837", strokeDasharray: "2,3" }),
      first ? Plot.text([options.target], { x: monthDate(first.month), y: (d: number) => d, text: (d: number) => words.target((options.formatTarget ?? options.format)(d)), dy: -6, textAnchor: "start", fill: "#1b7837" }) : null,
      Plot.lineY(line("path"), { x: "date", y: "value", stroke: "name", strokeDasharray: "6,4", strokeWidth: 1.5 }),
      Plot.lineY(line("projection"), { x: "date", y: "value", stroke: "name", strokeDasharray: "1,3", strokeWidth: 2 }),
      Plot.lineY(actual, { x: "date", y: "value", stroke: "name", strokeWidth: 2.5 }),
      Plot.dot(actual, { x: "date", y: "value", fill: "name", r: 2.5 }),
    ],
  });
}
