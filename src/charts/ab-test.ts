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

/** The variants of an evaluated experiment that have a rate and an interval (visitors > 0). */
export function variantRates(
  variants: readonly { name: string; control: boolean; rate: number | null; interval: { low: number; high: number } | null }[],
): VariantRate[] {
  return variants.flatMap((v) => (v.rate === null || v.interval === null ? [] : [{ name: v.name, control: v.control, rate: v.rate, low: v.interval.low, high: v.interval.high }]));
}

/** Label of a variant on the y axis: the control is named as such, so colour is not the only cue. */
function variantLabel(v: VariantRate, controlWord: string): string {
  return v.control ? `${v.name} ${controlWord}` : v.name;
}

/**
 * Draws a horizontal interval and dot per variant with its rate written above it; `format`
 * formats the x ticks, `formatRate` (default `format`) the rates written at the dots; `label` and `controlWord` are the axis and control words (Dutch by default). The left margin grows with the longest name.
 */
export function abTest(
  variants: readonly VariantRate[],
  options: { document: Document; format: (value: number) => string; formatRate?: (value: number) => string; label?: string; controlWord?: string },
): SVGSVGElement | HTMLElement {
  const control = variants.find((v) => v.control);
  const labels = new Map(variants.map((v) => [v.name, variantLabel(v, options.controlWord ?? "(controle)")]));
  const longest = Math.max(0, ...[...labels.values()].map((l) => l.length));
  return Plot.plot({
    ...CHART,
    document: options.document,
    height: 64 + 44 * variants.length,
    marginLeft: Math.min(240, Math.max(80, Math.ceil(longest * 6.8) + 14)),
    marginRight: 24,
    marginTop: 16,
    marginBottom: 44,
    x: { grid: true, nice: true, label: options.label ?? "Conversie", labelAnchor: "center", labelOffset: 38, tickFormat: options.format },
    y: { label: null, domain: variants.map((v) => v.name), tickFormat: (name: string) => labels.get(name) ?? name, padding: 0.4 },
    color: { domain: [true, false], range: ["#666666", "#2166ac"] },
    marks: [
      Plot.ruleX(control ? [control.rate] : [], { strokeDasharray: "4 3", strokeOpacity: 0.7 }),
      Plot.ruleY(variants, { y: "name", x1: "low", x2: "high", stroke: "control", strokeWidth: 3, strokeOpacity: 0.5 }),
      Plot.dot(variants, { y: "name", x: "rate", fill: "control", r: 5 }),
      Plot.text(variants, { y: "name", x: "rate", text: (v: VariantRate) => (options.formatRate ?? options.format)(v.rate), dy: -12, fontSize: 11, fill: "currentColor" }),
    ],
  });
}
