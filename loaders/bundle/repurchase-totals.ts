/**
 * What the repurchase section is built from: per group (the RFM segments, then `outside`) sizes,
 * P(alive) histogram, sums and moment counts — counted from the model's per-customer results
 * (`foldModel`) or in an engine.
 */
import type { BgNbdFit } from "../metrics/bg-nbd.ts";
import type { GammaGammaFit } from "../metrics/gamma-gamma.ts";
import { SEGMENT_IDS } from "../metrics/rfm-segments.ts";
import type { RepurchaseModel } from "./repurchase-model.ts";

/** The group ids of the section: the RFM segments, then `outside` (no sales order in the RFM window). */
export const GROUP_IDS: readonly string[] = [...SEGMENT_IDS, "outside"];

/** Index of the `outside` group. */
export const OUTSIDE = SEGMENT_IDS.length;

/**
 * What the section is built from, counted from the store or in an engine: per group (segments, then
 * `outside`) sizes, P(alive) histogram (× bins), sums of P(alive), expected purchases, CLV and moment counts (× 4).
 */
export interface RepurchaseTotals {
  customers: number;
  sizes: number[];
  bg: BgNbdFit | null;
  gg: GammaGammaFit | null;
  histogram: number[];
  pAliveSum: number[];
  expectedSum: number[];
  clvSum: number[];
  momentCounts: number[];
}

/** Zeroed totals of `customers` customers with `bins` P(alive) bins and no fits. */
export function emptyTotals(customers: number, bins: number): RepurchaseTotals {
  const zeros = (k: number) => new Array<number>(k).fill(0);
  const groups = GROUP_IDS.length;
  return { customers, sizes: zeros(groups), bg: null, gg: null, histogram: zeros(groups * bins), pAliveSum: zeros(groups), expectedSum: zeros(groups), clvSum: zeros(groups), momentCounts: zeros(groups * 4) };
}

/**
 * Sums `model` by group: a customer's RFM segment index in `segments` (one per store customer),
 * or `outside` (-1, not scored), in row order (so the sums are the same bytes however the model ran).
 */
export function foldModel(model: RepurchaseModel, segments: Int8Array, bins: number): RepurchaseTotals {
  const n = model.customer.length;
  const totals = emptyTotals(n, bins);
  totals.bg = model.bg;
  totals.gg = model.gg;
  const group = Int32Array.from(model.customer, (c) => (segments[c]! >= 0 ? segments[c]! : OUTSIDE));
  for (const g of group) totals.sizes[g]!++;
  const { pAlive, expected, clv: values } = model;
  if (pAlive && expected) {
    for (let i = 0; i < n; i++) {
      const g = group[i]!;
      const p = pAlive[i]!;
      totals.histogram[g * bins + Math.min(bins - 1, Math.floor(p * bins))]!++;
      totals.pAliveSum[g]! += p;
      totals.expectedSum[g]! += expected[i]!;
      if (values) totals.clvSum[g]! += values[i]!;
    }
  }
  for (let i = 0; i < n; i++) totals.momentCounts[group[i]! * 4 + model.moment[i]!]!++;
  return totals;
}
