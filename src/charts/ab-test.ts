/** One A/B test: each variant's conversion with its confidence interval, the control's rate dashed. */
import * as Plot from "@observablehq/plot";
import { CHART } from "./theme.ts";

/** One variant: its rate and interval. */
export interface VariantRate {
  name: string;
  control: boolean;
  rate: number;
  low: number;
  high: number;
}

/** Draws a horizontal interval and dot per variant; `format` formats the x ticks (a percentage). */
export function abTest(variants: readonly VariantRate[], options: { document: Document; format: (value: number) => string; label?: string }): SVGSVGElement | HTMLElement {
  const control = variants.find((v) => v.control);
  return Plot.plot({
    ...CHART,
    document: options.document,
    height: 56 + 36 * variants.length,
    marginLeft: 100,
    marginBottom: 44,
    x: { grid: true, nice: true, label: options.label ?? "Conversie", labelAnchor: "center", labelOffset: 38, tickFormat: options.format },
    y: { label: null, domain: variants.map((v) => v.name) },
    color: { domain: [true, false], range: ["#666666", "#2166ac"] },
    marks: [
      Plot.ruleX(control ? [control.rate] : [], { strokeDasharray: "4 3", strokeOpacity: 0.7 }),
      Plot.ruleY(variants, { y: "name", x1: "low", x2: "high", stroke: "control", strokeWidth: 3, strokeOpacity: 0.5 }),
      Plot.dot(variants, { y: "name", x: "rate", fill: "control", r: 5 }),
    ],
  });
}
