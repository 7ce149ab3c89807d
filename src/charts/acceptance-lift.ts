/** The acceptance lift at the moment, per row (all offers, a trigger, a segment): a dot with its confidence interval, 0 marked. */
import * as Plot from "@observablehq/plot";
import { CHART } from "./theme.ts";

/** One row: its label, the lift and its interval. */
export interface LiftRow {
  label: string;
  lift: number;
  low: number;
  high: number;
  /** Whether the p-value is below alpha. */
  significant: boolean;
}

/** Rows of comparisons that have a lift and an interval (hidden ones are left out). */
export function liftRows(items: readonly { label: string; acceptance: { lift: number | null; liftInterval: { low: number; high: number } | null; significant: boolean } | null }[]): LiftRow[] {
  return items.flatMap((i) => (i.acceptance?.lift == null || i.acceptance.liftInterval === null ? [] : [{ label: i.label, lift: i.acceptance.lift, low: i.acceptance.liftInterval.low, high: i.acceptance.liftInterval.high, significant: i.acceptance.significant }]));
}

/** Draws the rows; `format` formats the x ticks and the written lifts (a signed percentage). The interval is clipped to the axis. */
export function acceptanceLift(rows: readonly LiftRow[], options: { document: Document; format: (value: number) => string; label?: string }): SVGSVGElement | HTMLElement {
  const longest = Math.max(0, ...rows.map((r) => r.label.length));
  const high = Math.min(2, Math.max(0.5, ...rows.map((r) => r.high)));
  const low = Math.max(-1, Math.min(-0.25, ...rows.map((r) => r.low)));
  const clip = (v: number) => Math.max(low, Math.min(high, v));
  return Plot.plot({
    ...CHART,
    document: options.document,
    height: 60 + 36 * rows.length,
    marginLeft: Math.min(200, Math.max(80, Math.ceil(longest * 6.6) + 12)),
    marginRight: 24,
    marginBottom: 44,
    x: { grid: true, domain: [low, high], label: options.label ?? "Lift acceptatie", labelAnchor: "center", labelOffset: 38, tickFormat: options.format },
    y: { label: null, domain: rows.map((r) => r.label), padding: 0.4 },
    color: { domain: [true, false], range: ["#1b7837", "#8c8c8c"] },
    marks: [
      Plot.ruleX([0], { strokeDasharray: "4 3" }),
      Plot.ruleY(rows, { y: "label", x1: (r: LiftRow) => clip(r.low), x2: (r: LiftRow) => clip(r.high), stroke: "significant", strokeWidth: 3, strokeOpacity: 0.5 }),
      Plot.dot(rows, { y: "label", x: (r: LiftRow) => clip(r.lift), fill: "significant", r: 5 }),
      Plot.text(rows, { y: "label", x: (r: LiftRow) => clip(r.lift), text: (r: LiftRow) => options.format(r.lift), dy: -11, fontSize: 11, fill: "currentColor" }),
    ],
  });
}
