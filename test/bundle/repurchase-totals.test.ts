/** foldModel: the per-customer model results summed by RFM segment, checked against a hand count. */
import { describe, expect, it } from "vitest";
import type { RepurchaseModel } from "../../loaders/bundle/repurchase-model.ts";
import { emptyTotals, foldModel, GROUP_IDS, OUTSIDE } from "../../loaders/bundle/repurchase-totals.ts";

// Customers 0..4; customer 4 has no purchase (no model row). Segments: 0 and 1 in segment 0,
// 2 not scored (outside), 3 in segment 2.
const model = (withPredictions: boolean): RepurchaseModel => ({
  customer: Int32Array.of(0, 1, 2, 3),
  pAlive: withPredictions ? Float64Array.of(0.05, 0.95, 1, 0.5) : null,
  expected: withPredictions ? Float64Array.of(1, 2, 3, 4) : null,
  clv: withPredictions ? Float64Array.of(10, 20, 30, 40) : null,
  moment: Int8Array.of(0, 1, 2, 3),
  bg: null,
  gg: null,
  calibration: null,
});
const segments = Int8Array.of(0, 0, -1, 2, 5);

describe("foldModel", () => {
  it("counts sizes, P(alive) bins (1 in the last bin), sums and moments per group", () => {
    const t = foldModel(model(true), segments, 10);
    expect(t.customers).toBe(4);
    expect(t.sizes[0]).toBe(2);
    expect(t.sizes[2]).toBe(1);
    expect(t.sizes[OUTSIDE]).toBe(1);
    expect(t.sizes[5]).toBe(0);
    expect(t.sizes.reduce((a, b) => a + b, 0)).toBe(4);
    // 0.05 → bin 0, 0.95 → bin 9 (segment 0); 0.5 → bin 5 (segment 2); 1 → bin 9 (outside).
    const nonZero = t.histogram.flatMap((v, i) => (v ? [[i, v]] : []));
    expect(nonZero).toEqual([[0, 1], [9, 1], [25, 1], [OUTSIDE * 10 + 9, 1]]);
    expect(t.pAliveSum[0]).toBeCloseTo(1, 12);
    expect([t.expectedSum[0], t.expectedSum[2], t.expectedSum[OUTSIDE]]).toEqual([3, 4, 3]);
    expect([t.clvSum[0], t.clvSum[2], t.clvSum[OUTSIDE]]).toEqual([30, 40, 30]);
    expect(t.momentCounts.slice(0, 4)).toEqual([1, 1, 0, 0]);
    expect(t.momentCounts.slice(8, 12)).toEqual([0, 0, 0, 1]);
    expect(t.momentCounts.slice(OUTSIDE * 4, OUTSIDE * 4 + 4)).toEqual([0, 0, 1, 0]);
  });

  it("counts sizes and moments but no predictions when the fit did not converge", () => {
    const t = foldModel(model(false), segments, 10);
    expect(t.sizes[0]).toBe(2);
    expect(t.histogram.every((v) => v === 0)).toBe(true);
    expect(t.pAliveSum.every((v) => v === 0) && t.clvSum.every((v) => v === 0)).toBe(true);
    expect(t.momentCounts.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it("starts from zeroed totals sized by groups and bins", () => {
    const t = emptyTotals(7, 4);
    expect(t.sizes).toHaveLength(GROUP_IDS.length);
    expect(t.histogram).toHaveLength(GROUP_IDS.length * 4);
    expect(t.momentCounts).toHaveLength(GROUP_IDS.length * 4);
    expect(GROUP_IDS[OUTSIDE]).toBe("outside");
  });
});
