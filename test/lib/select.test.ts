import { describe, expect, it } from "vitest";
import { kthSmallest } from "../../loaders/lib/select.ts";

let seed = 3;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);

describe("kthSmallest", () => {
  it("finds the value an ascending sort puts at k, for every k, on random arrays with many ties", () => {
    for (const size of [1, 2, 3, 10, 101, 1000]) {
      const values = Float64Array.from({ length: size }, () => (rand() < 0.3 ? Math.floor(rand() * 5) : Math.round((rand() - 0.2) * 1e5) / 100));
      const sorted = Float64Array.from(values).sort();
      for (let k = 0; k < size; k += Math.max(1, Math.floor(size / 37))) expect(kthSmallest(Float64Array.from(values), k)).toBe(sorted[k]);
    }
  });

  it("handles sorted, reversed and constant input", () => {
    const up = Float64Array.from({ length: 500 }, (_, i) => i);
    expect(kthSmallest(Float64Array.from(up), 123)).toBe(123);
    expect(kthSmallest(Float64Array.from(up).reverse(), 400)).toBe(400);
    expect(kthSmallest(new Float64Array(64).fill(7), 63)).toBe(7);
    expect(kthSmallest(Float64Array.of(5, 1, 4, 2), 1)).toBe(2);
  });

  it("rejects k outside the array", () => {
    expect(() => kthSmallest(Float64Array.of(1, 2), 2)).toThrow(RangeError);
    expect(() => kthSmallest(new Float64Array(0), 0)).toThrow(RangeError);
  });
});
