/** Coverage per trigger per month: the share of customers entering a trigger who got an offer within N days, one line per trigger. */
import * as Plot from "@observablehq/plot";
import { monthDate } from "../../loaders/browser.ts";
import { messages } from "../../loaders/index.ts";
import { CHART, FALLBACK_COLORS, monthX } from "./theme.ts";

/** One month of one trigger (null where hidden or not yet judged). */
export interface CoveragePoint {
  date: Date;
  trigger: string;
  coverage: number | null;
}

/** Long points for `triggerCoverage`, one per month and trigger. */
export function coveragePoints(months: readonly string[], triggers: readonly { name: string; coverage: readonly (number | null)[] }[]): CoveragePoint[] {
  return triggers.flatMap((t) => months.map((key, i) => ({ date: monthDate(key), trigger: t.name, coverage: t.coverage[i] ?? null })));
}

/** Draws one line per trigger (breaking at hidden months) with dots; `format` formats the y ticks; `label` (the y axis) and `locale` (month ticks) default to Dutch. */
export function triggerCoverage(points: readonly CoveragePoint[], options: { document: Document; triggers: readonly string[]; format: (value: number) => string; label?: string; locale?: string }): SVGSVGElement | HTMLElement {
  return Plot.plot({
    ...CHART,
    document: options.document,
    x: monthX(options.locale),
    y: { grid: true, label: options.label ?? messages("nl").charts.triggerCoverage, tickFormat: options.format, domain: [0, 1] },
    color: { domain: options.triggers, range: FALLBACK_COLORS, legend: true },
    marks: [
      Plot.lineY(points, { x: "date", y: "coverage", z: "trigger", stroke: "trigger", strokeWidth: 2 }),
      Plot.dot(points.filter((p) => p.coverage !== null), { x: "date", y: "coverage", fill: "trigger", r: 2.5, title: (p: CoveragePoint) => `${p.trigger}: ${options.format(p.coverage!)}` }),
    ],
  });
}
