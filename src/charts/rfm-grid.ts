/**
 * The R × FM grid of the latest month as a heatmap: recency score up, (F + M)/2 score across,
 * each cell coloured by its customers and labelled with its segment and count.
 * A suppressed cell (fewer than k customers) is grey and reads "< k".
 */
import * as Plot from "@observablehq/plot";
import type { RfmSection } from "../../loaders/index.ts";
import { type Language, messages } from "../../loaders/index.ts";
import type { ChartWords } from "./words.ts";
import { CHART, chartWidth, textOn } from "./theme.ts";

/** One cell of the grid. */
export interface RfmGridCell {
  r: number;
  fm: number;
  customers: number | null;
  /** Segment name of the cell, in the language asked for. */
  segment: string;
  color: string;
}

/** The 25 cells of a section's grid with the segment each belongs to (no aggregation). */
export function rfmGridCells(section: Pick<RfmSection, "grid" | "rules" | "segments">, language: Language = "nl"): RfmGridCell[] {
  const cells: RfmGridCell[] = [];
  for (let r = 1; r <= 5; r++) {
    for (let fm = 1; fm <= 5; fm++) {
      const rule = section.rules.find((x) => r >= x.r[0] && r <= x.r[1] && fm >= x.fm[0] && fm <= x.fm[1]);
      const info = section.segments.find((s) => s.id === rule?.segment);
      cells.push({ r, fm, customers: section.grid[r - 1]?.[fm - 1] ?? null, segment: info ? (language === "en" ? info.name : info.nameNl) : "", color: info?.color ?? "#999999" });
    }
  }
  return cells;
}

/** Draws the heatmap; `format` formats counts, `minGroupSize` labels suppressed cells; `words` default to Dutch. */
export function rfmGrid(cells: readonly RfmGridCell[], options: { document: Document; format: (value: number) => string; minGroupSize: number; words?: ChartWords }): SVGSVGElement | HTMLElement {
  const words = options.words ?? messages("nl").charts;
  const max = Math.max(1, ...cells.map((c) => c.customers ?? 0));
  const label = (c: RfmGridCell) => (c.customers === null ? `< ${options.minGroupSize}` : options.format(c.customers));
  const color = Plot.scale({ color: { type: "linear", scheme: "blues", domain: [0, max] } });
  const ink = (c: RfmGridCell) => (c.customers === null ? "#000000" : textOn(String(color.apply(c.customers))));
  return Plot.plot({
    ...CHART,
    width: chartWidth(760),
    height: 420,
    marginLeft: 40,
    marginBottom: 40,
    document: options.document,
    x: { type: "band", domain: [1, 2, 3, 4, 5], label: words.rfmGrid.fm, tickSize: 0 },
    y: { type: "band", domain: [5, 4, 3, 2, 1], label: words.rfmGrid.r, tickSize: 0 },
    color: { type: "linear", scheme: "blues", domain: [0, max], label: words.customers },
    marks: [
      Plot.cell(cells.filter((c) => c.customers !== null), { x: "fm", y: "r", fill: "customers", inset: 1, className: "cells-shown" }),
      Plot.cell(cells.filter((c) => c.customers === null), { x: "fm", y: "r", fill: "#e0e0e0", inset: 1, className: "cells-hidden" }),
      Plot.cell(cells, { x: "fm", y: "r", stroke: { value: "color", scale: null }, strokeWidth: 3, fill: "none", inset: 3, className: "segment-outlines" }),
      // Names wrap onto two lines and grow upwards from the middle; counts hang below it: no overlap.
      Plot.text(cells, { x: "fm", y: "r", text: "segment", lineAnchor: "bottom", lineWidth: 10, dy: -1, fontSize: 11, className: "segment-names", fill: ink }),
      Plot.text(cells, { x: "fm", y: "r", text: label, lineAnchor: "top", dy: 3, fontSize: 13, fontWeight: "bold", className: "counts", fill: ink }),
    ],
  });
}
