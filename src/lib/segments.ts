/**
 * Small pure helpers for the segments pages: bundle data reshaped for the charts and lists
 * (no aggregation), and a colour legend for the heatmaps that needs no canvas.
 */
import * as Plot from "@observablehq/plot";
import type { Bundle, Language, RfmMatrix, RfmSection } from "../../loaders/index.ts";
import type { SegmentTrendPoint } from "../charts/segment-trend.ts";
import { monthDate } from "../../loaders/browser.ts";

/** A segment's name in `language` (the bundle carries both). */
export function nameIn(segment: { name: string; nameNl: string }, language: Language): string {
  return language === "en" ? segment.name : segment.nameNl;
}

/** Customers per segment and month from the `segment.<id>.customers` series (null = suppressed), segments named in `language`. */
export function segmentTrendPoints(bundle: Pick<Bundle, "series" | "months">, section: Pick<RfmSection, "segments">, language: Language = "nl"): SegmentTrendPoint[] {
  const points: SegmentTrendPoint[] = [];
  for (const s of section.segments) {
    const series = bundle.series.find((x) => x.id === `segment.${s.id}.customers`);
    series?.values.forEach((customers, i) => {
      points.push({ date: monthDate(bundle.months[i]!), segment: nameIn(s, language), customers });
    });
  }
  return points;
}

/** The months before the latest that have a pre-rendered migration page, newest first, grouped by year. */
export function earlierMonths(section: Pick<RfmSection, "migrations" | "month">): { year: string; months: string[] }[] {
  const keys = section.migrations.map((m) => m.month).filter((m) => m !== section.month).sort().reverse();
  const years: { year: string; months: string[] }[] = [];
  for (const key of keys) {
    const year = key.slice(0, 4);
    if (years.at(-1)?.year !== year) years.push({ year, months: [] });
    years.at(-1)!.months.push(key);
  }
  // Months within a year read left to right (jan … dec).
  for (const y of years) y.months.reverse();
  return years;
}

/** Whether the matrix's from-month had scored customers (false: every segment row is 0, only "new" has counts). */
export function hasFromCustomers(matrix: RfmMatrix): boolean {
  return matrix.rows.some((row, i) => row !== "new" && matrix.counts[i]!.some((c) => c === null || c > 0));
}

/** The rule table per segment, in segment order: its name (in `language`), colour and the grid cells it covers (e.g. "R 5 · FM 4–5"). */
export function ruleRows(section: Pick<RfmSection, "rules" | "segments">, language: Language = "nl"): { id: string; name: string; color: string; cells: string[] }[] {
  const range = ([a, b]: readonly [number, number]) => (a === b ? `${a}` : `${a}–${b}`);
  return section.segments.map((s) => ({
    id: s.id,
    name: nameIn(s, language),
    color: s.color,
    cells: section.rules.filter((rule) => rule.segment === s.id).map((rule) => `R ${range(rule.r)} · FM ${range(rule.fm)}`),
  }));
}

/** An alert (`Champions, … → At risk, …` with the segments named in `language`) with its count this month, the month before and a year before (null = suppressed or before the axis). */
export function alertRows(section: Pick<RfmSection, "alerts" | "segments">, language: Language = "nl"): { label: string; latest: number | null; previous: number | null; yearAgo: number | null }[] {
  const name = (id: string) => {
    const s = section.segments.find((x) => x.id === id);
    return s ? nameIn(s, language) : id;
  };
  return section.alerts.map((a) => ({ label: `${a.from.map(name).join(", ")} → ${a.to.map(name).join(", ")}`, latest: a.latest, previous: a.months.at(-2) ?? null, yearAgo: a.months.length > 12 ? (a.months.at(-13) ?? null) : null }));
}

/** Anything Plot returns: an SVG or a figure, with the `scale` method Plot adds. */
type PlotElement = (SVGSVGElement | HTMLElement) & { scale?: (name: "color") => Plot.ScaleOptions | undefined };

/**
 * Puts a colour legend above a Plot heatmap: a CSS gradient sampled from the chart's own colour
 * scale (Plot's ramp legend needs a canvas, which the build's jsdom lacks), end labels, and a grey
 * swatch for suppressed cells. Returns a `<figure>` whose direct `<svg>` child is the chart.
 */
export function withRampLegend(
  chart: PlotElement,
  document: Document,
  options: { label: string; format: (value: number) => string; hidden: string; extra?: string },
): HTMLElement {
  const scale = chart.scale?.("color");
  const figure = document.createElement("figure");
  figure.className = "ramp-figure";
  const legend = document.createElement("div");
  legend.className = "ramp-legend";
  if (scale?.domain) {
    const color = Plot.scale({ color: scale });
    const [lo, hi] = (scale.domain as number[]).map(Number) as [number, number];
    const stops = Array.from({ length: 11 }, (_, i) => `${color.apply(lo + ((hi - lo) * i) / 10)} ${i * 10}%`);
    const item = span(document, "ramp-item");
    item.append(span(document, "ramp-label", options.label), span(document, "ramp-end", options.format(lo)));
    const bar = span(document, "ramp-bar");
    bar.setAttribute("style", `background: linear-gradient(to right, ${stops.join(", ")})`);
    item.append(bar, span(document, "ramp-end", options.format(hi)));
    legend.append(item);
  }
  const hidden = span(document, "ramp-item");
  hidden.append(span(document, "ramp-swatch hidden"), span(document, "", options.hidden));
  legend.append(hidden);
  if (options.extra) {
    const extra = span(document, "ramp-item");
    extra.append(span(document, "ramp-swatch outline"), span(document, "", options.extra));
    legend.append(extra);
  }
  figure.append(legend, chart);
  return figure;
}

function span(document: Document, className: string, text?: string): HTMLSpanElement {
  const el = document.createElement("span");
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}
