/**
 * The migration matrix of one month as a heatmap: from-segment (previous month end, or a year
 * earlier) down, to-segment across, plus "new" (not scored before) and "dropped out" (no longer
 * scored), named in the page's language. Colour and label give the customers; a suppressed cell is grey and reads "< k".
 */
import * as Plot from "@observablehq/plot";
import type { RfmMatrix, RfmSegmentInfo } from "../../loaders/index.ts";
import { type Language, messages } from "../../loaders/index.ts";
import type { ChartWords } from "./words.ts";
import { CHART, textOn } from "./theme.ts";

/** Labels of the extra row and column. */
export const MIGRATION_LABELS = { new: messages("nl").charts.migration.new, out: messages("nl").charts.migration.out } as const;

/** One cell of the matrix. */
export interface MigrationCell {
  from: string;
  to: string;
  customers: number | null;
  /** Whether the customer stayed in the same segment (the diagonal). */
  stay: boolean;
}

/** The 144 cells of a matrix with labels in `language` (Dutch by default) (no aggregation). */
export function migrationCells(matrix: RfmMatrix, segments: readonly Pick<RfmSegmentInfo, "id" | "name" | "nameNl">[], language: Language = "nl"): MigrationCell[] {
  const labels = messages(language).charts.migration;
  const segment = (s: Pick<RfmSegmentInfo, "name" | "nameNl">) => (language === "en" ? s.name : s.nameNl);
  const name = (id: string) => {
    if (id === "new" || id === "out") return labels[id];
    const s = segments.find((x) => x.id === id);
    return s ? segment(s) : id;
  };
  return matrix.rows.flatMap((from, i) => matrix.cols.map((to, j) => ({ from: name(from), to: name(to), customers: matrix.counts[i]![j]!, stay: from === to })));
}

/** Draws the heatmap; `order` is the segment names in order (the cells' language) (the extra row/column are added). */
export function migrationMatrix(
  cells: readonly MigrationCell[],
  options: { document: Document; order: readonly string[]; format: (value: number) => string; minGroupSize: number; fromLabel?: string; toLabel?: string; words?: ChartWords },
): SVGSVGElement | HTMLElement {
  const words = options.words ?? messages("nl").charts;
  const shown = cells.filter((c) => c.customers !== null);
  const max = Math.max(1, ...shown.map((c) => c.customers!));
  const color = Plot.scale({ color: { type: "sqrt", scheme: "purples", domain: [0, max] } });
  const ink = (c: MigrationCell) => (c.customers === null ? "#000000" : textOn(String(color.apply(c.customers))));
  return Plot.plot({
    ...CHART,
    width: 980,
    height: 600,
    marginLeft: 180,
    marginBottom: 120,
    document: options.document,
    x: { type: "band", domain: [...options.order, words.migration.out], label: options.toLabel ?? words.migration.to, tickRotate: -40, tickSize: 0 },
    y: { type: "band", domain: [...options.order, words.migration.new], label: options.fromLabel ?? words.migration.from, tickSize: 0 },
    color: { type: "sqrt", scheme: "purples", domain: [0, max], label: words.customers },
    marks: [
      Plot.cell(shown, { x: "to", y: "from", fill: "customers", inset: 0.5, className: "cells-shown" }),
      Plot.cell(
        cells.filter((c) => c.customers === null),
        { x: "to", y: "from", fill: "#e0e0e0", inset: 0.5, className: "cells-hidden" },
      ),
      Plot.cell(
        cells.filter((c) => c.stay),
        { x: "to", y: "from", stroke: "black", fill: "none", inset: 0.5, className: "diagonal" },
      ),
      Plot.text(cells, {
        x: "to",
        y: "from",
        text: (c: MigrationCell) => (c.customers === null ? `<${options.minGroupSize}` : c.customers === 0 ? "" : options.format(c.customers)),
        fontSize: 11,
        className: "counts",
        fill: ink,
      }),
    ],
  });
}
