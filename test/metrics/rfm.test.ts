import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMonthKey } from "../../loaders/lib/months.ts";
import { quintileScores, rfm, scoreRfm, scoredCustomers } from "../../loaders/metrics/rfm.ts";
import { SEGMENT_IDS } from "../../loaders/metrics/rfm-segments.ts";
import { describeRfmOnCdnow } from "./rfm-cdnow.ts";
import { isoDay, readCdnowExtractRows, storeOf, type OrderRow } from "./rfm-store.ts";

// As of 2024-06-30, 12-month window 2023-07-01 .. 2024-06-30.
const FIXTURE: OrderRow[] = [
  ["A", "2024-01-10", 100],
  ["A", "2024-05-01", 50],
  ["A", "2024-06-30", 50], // A: R 0, F 3, M 200
  ["B", "2024-06-20", 30],
  ["B", "2024-06-25", -10], // B: return → R 10 (not 5), F 1, M 20
  ["C", "2024-03-31", 80], // C: one order, R 91 (30 + 31 + 30), F 1, M 80
  ["D", "2023-06-30", 500], // outside the window
  ["D", "2023-07-01", 0], // D: zero-value order counts: R 365, F 1, M 0
  ["E", "2024-02-01", 40],
  ["E", "2024-02-01", 60], // E: two orders one day: R 150 (29+31+30+31+29), F 2, M 100
  ["F", "2024-04-15", 20],
  ["F", "2024-04-20", -50], // F: R 76, F 1, M -30
  ["G", "2024-05-05", -25], // G: only a return → not scored
  ["H", "2024-07-01", 100], // H: after the as-of day → not scored
  [null, "2024-06-01", 999], // unregistered → ignored
  ["I", "2024-06-20", 20], // I: same values as B (R 10, F 1, M 20)
  ["J", "2024-06-30", 10],
  ["J", "2024-06-30", 10],
  ["J", "2024-06-30", 10],
  ["J", "2024-06-30", 10], // J: R 0, F 4, M 40
];
const ID = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];

describe("quintileScores", () => {
  it.each([
    // 1 + floor(5 × strictly-worse / n)
    { values: [1, 1, 1, 2, 5], better: "higher", want: [1, 1, 1, 4, 5] }, // 2: 1+⌊15/5⌋; 5: 1+⌊20/5⌋
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], better: "higher", want: [1, 1, 2, 2, 3, 3, 4, 4, 5, 5] }, // 1+⌊i/2⌋
    { values: [0, 0, 10, 10, 76], better: "lower", want: [4, 4, 2, 2, 1] }, // 0: 3 worse → 1+⌊15/5⌋; 10: 1 worse
    { values: [7, 7, 7], better: "higher", want: [1, 1, 1] },
    { values: [3], better: "lower", want: [1] },
    { values: [0, 100_000, 100_000, 5_000], better: "higher", want: [1, 3, 3, 2] }, // wide range: sorted path; 5000: 1+⌊5/4⌋
  ] as const)("$values ($better is better) → $want", ({ values, better, want }) => {
    expect([...quintileScores(Int32Array.from(values), better)]).toEqual(want);
    expect([...quintileScores(Float64Array.from(values), better)]).toEqual(want);
  });

  it("gives all 70 customers with frequency 1 of 100 the score 1 (ties share the lowest bucket)", () => {
    // 70 × F=1, 20 × F=2, 10 × F=3: F=2 → 1+⌊5×70/100⌋ = 4, F=3 → 1+⌊5×90/100⌋ = 5; no 2s or 3s.
    const values = Int32Array.from([...Array(70).fill(1), ...Array(20).fill(2), ...Array(10).fill(3)]);
    const scores = [...quintileScores(values, "higher")];
    expect(scores.slice(0, 70).every((s) => s === 1)).toBe(true);
    expect(scores.slice(70, 90).every((s) => s === 4)).toBe(true);
    expect(scores.slice(90).every((s) => s === 5)).toBe(true);
  });

  it("agrees with a naive count on random values with many ties, in both directions and both paths", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    for (const size of [1, 2, 9, 50, 333]) {
      const values = Array.from({ length: size }, () => Math.floor(rand() * 12));
      for (const better of ["higher", "lower"] as const) {
        const naive = values.map((v) => 1 + Math.floor((5 * values.filter((w) => (better === "higher" ? w < v : w > v)).length) / size));
        expect([...quintileScores(Int32Array.from(values), better)]).toEqual(naive);
        expect([...quintileScores(Float64Array.from(values), better)]).toEqual(naive);
      }
    }
  });
});

describe("scoredCustomers", () => {
  it("lists exactly the customers with frequency > 0, in customer order", () => {
    const index = new Int32Array(6).fill(99);
    expect(scoredCustomers(Int32Array.of(0, 3, 0, 0, 1, 2), index)).toBe(3);
    expect(Array.from(index.subarray(0, 3))).toEqual([1, 4, 5]);
    expect(scoredCustomers(new Int32Array(0), new Int32Array(0))).toBe(0);
    fc.assert(fc.property(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: -5, max: 5 }), fc.integer({ min: -(2 ** 31) + 1, max: 2 ** 31 - 1 }))), (list) => {
      const frequency = Int32Array.from(list);
      const index = new Int32Array(list.length);
      const expected = list.flatMap((f, c) => (f > 0 ? [c] : []));
      expect(scoredCustomers(frequency, index)).toBe(expected.length);
      expect(Array.from(index.subarray(0, expected.length))).toEqual(expected);
    }));
  });
});

describe("scoreRfm", () => {
  it("scores Monetary ≤ 0 as M = 1 even when the rank rule would give more", () => {
    // M: -10, -5, 0, 0, 7 → by rank 1, 2 (1 worse: 1+⌊5/5⌋), 3, 3 (2 worse), 5 (4 worse); ≤ 0 → 1.
    const scores = scoreRfm({
      recency: Int32Array.of(1, 1, 1, 1, 1),
      frequency: Int32Array.of(1, 1, 1, 1, 1),
      monetary: Float64Array.of(-10, -5, 0, 0, 7),
    });
    expect([...scores.m]).toEqual([1, 1, 1, 1, 5]);
  });
});

describe("rfm", () => {
  const month = parseMonthKey("2024-06");
  const result = rfm(storeOf(FIXTURE), month);
  const by = (id: string) => ID.indexOf(id);

  it("computes R, F, M as of the month end with returns, zero orders and ties", () => {
    expect(result.asOf).toBe(isoDay("2024-06-30"));
    expect(result.scored).toBe(8); // A B C D E F I J
    const values = ID.map((id) => [result.recency[by(id)], result.frequency[by(id)], result.monetary[by(id)]]);
    expect(values).toEqual([
      [0, 3, 200], // A
      [10, 1, 20], // B
      [91, 1, 80], // C
      [365, 1, 0], // D (2023-07-01 → 2024-06-30 with 29 Feb)
      [150, 2, 100], // E
      [76, 1, -30], // F
      [-1, 0, 0], // G: not scored
      [-1, 0, 0], // H: not scored
      [10, 1, 20], // I
      [0, 4, 40], // J
    ]);
  });

  it("scores and segments by the tie rule (n = 8)", () => {
    // R (fewer days better), strictly worse = more days: A,J 6 → 1+⌊30/8⌋=4; B,I 4 → 3; F 3 → 2; C 2 → 2; E 1 → 1; D 0 → 1.
    // F: five with 1 → 1; E (2) 5 below → 1+⌊25/8⌋=4; A (3) 6 below → 4; J (4) 7 below → 1+⌊35/8⌋=5.
    // M sorted -30 F, 0 D, 20 B, 20 I, 40 J, 80 C, 100 E, 200 A: F,D → 1 (≤ 0); B,I 2 below → 2; J 4 → 3; C 5 → 4; E 6 → 4; A 7 → 5.
    // FM = ⌊(F+M+1)/2⌋: A (4,5)→5, B (1,2)→2, C (1,4)→3, D 1, E (4,4)→4, F 1, J (5,3)→4.
    const scores = ID.map((id) => [result.r[by(id)], result.f[by(id)], result.m[by(id)], result.segment[by(id)]! < 0 ? null : SEGMENT_IDS[result.segment[by(id)]!]]);
    expect(scores).toEqual([
      [4, 4, 5, "champions"], // R4 FM5
      [3, 1, 2, "need-attention"], // R3 FM2
      [2, 1, 4, "at-risk"], // R2 FM3
      [1, 1, 1, "lost"], // R1 FM1
      [1, 4, 4, "cant-lose-them"], // R1 FM4
      [2, 1, 1, "hibernating"], // R2 FM1
      [0, 0, 0, null],
      [0, 0, 0, null],
      [3, 1, 2, "need-attention"], // same values as B, same scores
      [4, 5, 3, "loyal"], // R4 FM4
    ]);
  });

  it("uses the configured window: 3 months (2024-04-01 .. 2024-06-30)", () => {
    const short = rfm(storeOf(FIXTURE), month, 3);
    // In window: A (05-01, 06-30: F 2, M 100), B, F (76 days, -30), I, J; C (03-31), D, E drop out.
    expect(short.scored).toBe(5);
    expect([short.frequency[by("A")], short.monetary[by("A")]]).toEqual([2, 100]);
    expect([short.frequency[by("C")], short.frequency[by("E")], short.frequency[by("D")]]).toEqual([0, 0, 0]);
    // R: A,J 0 → 3 worse → 1+⌊15/5⌋ = 4; F: A (2) 3 below → 4; J (4) 4 below → 5.
    expect([short.r[by("A")], short.f[by("A")], short.f[by("J")]]).toEqual([4, 4, 5]);
  });
});

describeRfmOnCdnow("the CDNOW_master.csv extract (customers 00001..00300)", readCdnowExtractRows());
