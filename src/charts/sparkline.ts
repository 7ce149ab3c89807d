/** A small line of the last months under a KPI number: shape only, no axes. */
import * as Plot from "@observablehq/plot";

/** One point of a sparkline. */
export interface SparkPoint {
  date: Date;
  value: number | null;
}

/** Draws the sparkline; the last point is marked. */
export function sparkline(points: readonly SparkPoint[], options: { document: Document; color?: string }): SVGSVGElement | HTMLElement {
  const defined = points.filter((p) => p.value !== null);
  return Plot.plot({
    document: options.document,
    width: 160,
    height: 36,
    margin: 3,
    axis: null,
    x: { type: "utc" },
    y: { nice: false, zero: false },
    marks: [
      Plot.lineY(points, { x: "date", y: "value", stroke: options.color ?? "currentColor", strokeWidth: 1.5 }),
      Plot.dot(defined.slice(-1), { x: "date", y: "value", fill: options.color ?? "currentColor", r: 2.5 }),
    ],
  });
}
