/**
 * The P(alive) distribution per RFM segment as a heatmap: one row per segment, one column per
 * probability bin, coloured by the share of the segment's customers in the bin and labelled with
 * the count. A suppressed cell is grey and reads "< k". Customers with a single purchase always
 * have P(alive) = 1 in the BG/NBD (the model has seen no reason yet to think they left).
 */
import * as Plot from "@observablehq/plot";
import type { RepurchaseSection } from "../../loaders/index.ts";
import type { RfmSegmentInfo } from "../../loaders/index.ts";
import { type Language, messages } from "../../loaders/index.ts";
import { percentSuffix } from "../../loaders/browser.ts";
import type { ChartWords } from "./words.ts";
import { CHART, textOn } from "./theme.ts";

/** Label of the customers without a sales order in the RFM window. */
export const OUTSIDE_LABEL = messages("nl").charts.pAlive.outside;

/** One (segment, bin) cell. */
export interface PAliveCell {
  segment: string;
  /** Bin label, e.g. "0–10 %". */
  bin: string;
  customers: number | null;
  /** customers ÷ the segment's customers (null when either is suppressed). */
  share: number | null;
}

/** Bin labels "0–10 %", …, "90–100 %" from the section's bin edges (en-GB: "0–10%"). */
export function pAliveBinLabels(edges: readonly number[], locale = "nl-NL"): string[] {
  const sign = percentSuffix(locale).replace("\u202F", " ");
  return edges.slice(0, -1).map((lo, b) => `${Math.round(lo * 100)}–${Math.round(edges[b + 1]! * 100)}${sign}`);
}

/** The cells of every group with a P(alive) histogram (none when predictions are not published), rows named in `language`. */
export function pAliveCells(section: Pick<RepurchaseSection, "groups" | "pAliveBins">, segments: readonly Pick<RfmSegmentInfo, "id" | "name" | "nameNl">[], language: Language = "nl", locale = "nl-NL"): PAliveCell[] {
  const labels = pAliveBinLabels(section.pAliveBins, locale);
  const outside = messages(language).charts.pAlive.outside;
  return section.groups.flatMap((g) => {
    if (g.pAlive === null || g.customers === 0) return [];
    const info = segments.find((s) => s.id === g.id);
    const segment = g.id === "outside" ? outside : info ? (language === "en" ? info.name : info.nameNl) : g.id;
    return g.pAlive.map((customers, b) => ({
      segment,
      bin: labels[b]!,
      customers,
      share: customers === null || g.customers === null || g.customers === 0 ? null : customers / g.customers,
    }));
  });
}

/** Draws the heatmap; `order` lists the row labels top to bottom, `bins` the column labels. */
export function pAlive(
  cells: readonly PAliveCell[],
  options: { document: Document; order: readonly string[]; bins: readonly string[]; format: (value: number) => string; minGroupSize: number; words?: ChartWords },
): SVGSVGElement | HTMLElement {
  const words = (options.words ?? messages("nl").charts).pAlive;
  const present = new Set(cells.map((c) => c.segment));
  const color = Plot.scale({ color: { type: "linear", scheme: "greens", domain: [0, 1] } });
  return Plot.plot({
    ...CHART,
    width: 720,
    height: 40 + 28 * present.size + 40,
    marginLeft: 170,
    marginBottom: 40,
    document: options.document,
    // Ticks without the " %" (it is in the axis label), so they fit level instead of rotated into the label.
    x: { type: "band", domain: options.bins, label: words.chance, tickFormat: (bin: string) => bin.replace(/\s*%$/, ""), tickSize: 0 },
    y: { type: "band", domain: options.order.filter((s) => present.has(s)), label: null, tickSize: 0 },
    // No colour legend: Plot draws a continuous ramp on a canvas, which a build-time DOM lacks; the page explains the colour.
    color: { type: "linear", scheme: "greens", domain: [0, 1], label: words.share },
    marks: [
      Plot.cell(
        cells.filter((c) => c.customers !== null),
        { x: "bin", y: "segment", fill: (c: PAliveCell) => c.share ?? 0, inset: 0.5, className: "cells-shown" },
      ),
      Plot.cell(
        cells.filter((c) => c.customers === null),
        { x: "bin", y: "segment", fill: "#e0e0e0", inset: 0.5, className: "cells-hidden" },
      ),
      Plot.text(cells, {
        x: "bin",
        y: "segment",
        text: (c: PAliveCell) => (c.customers === null ? `<${options.minGroupSize}` : c.customers === 0 ? "" : options.format(c.customers)),
        fontSize: 10,
        className: "counts",
        fill: (c: PAliveCell) => (c.customers === null ? "#000000" : textOn(String(color.apply(c.share ?? 0)))),
      }),
    ],
  });
}
