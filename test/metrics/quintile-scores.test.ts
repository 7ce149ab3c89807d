import { describe, expect, it } from "vitest";
import { quintileScores } from "../../loaders/metrics/quintile-scores.ts";

/** The documented rule, counted naively: 1 + ⌊5 × (values strictly worse) / n⌋. */
function naive(values: number[], better: "higher" | "lower"): number[] {
  return values.map((v) => 1 + Math.floor((5 * values.filter((w) => (better === "higher" ? w < v : w > v)).length) / values.length));
}

let seed = 11;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);

describe("quintileScores by counting ranks", () => {
  it("radix-ranks integers whose range is far wider than their count (−2³¹ … 2³¹−1) exactly as the rule says", () => {
    for (const size of [2, 17, 400]) {
      // Few distinct values spread over the whole Int32 range, so ties and both 16-bit digits matter.
      const pool = Array.from({ length: 7 }, () => Math.floor(rand() * 2 ** 32) - 2 ** 31);
      pool.push(-(2 ** 31), 2 ** 31 - 1);
      const values = Array.from({ length: size }, () => pool[Math.floor(rand() * pool.length)]!);
      for (const better of ["higher", "lower"] as const) expect([...quintileScores(Int32Array.from(values), better)]).toEqual(naive(values, better));
    }
  });

  it("ranks whole-cent money (negative, zero, −0, wide range) by cents, as the rule says", () => {
    for (const size of [3, 50, 1000]) {
      const values = Array.from({ length: size }, () => {
        const u = rand();
        if (u < 0.1) return 0;
        if (u < 0.15) return -0;
        if (u < 0.3) return Math.round((rand() - 0.7) * 1e4) / 100; // small, some negative
        return Math.round(rand() * 5e8) / 100; // up to 5 million, range ≫ 4n
      });
      for (const better of ["higher", "lower"] as const) expect([...quintileScores(Float64Array.from(values), better)]).toEqual(naive(values, better));
    }
  });

  it("falls back to sorting for values that are not whole cents (0.001 apart, 1/3)", () => {
    const values = [0.001, 0.002, 1 / 3, 1 / 3, 0.002, 5];
    expect([...quintileScores(Float64Array.from(values), "higher")]).toEqual(naive(values, "higher"));
    expect([...quintileScores(Float64Array.from(values), "higher")]).toEqual([1, 1, 3, 3, 1, 5]);
  });
});
