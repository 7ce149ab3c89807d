import { describe, expect, it } from "vitest";
import { suppressByCount, suppressCount, suppressCounts, suppressMatrix } from "../../loaders/lib/suppress.ts";

describe("suppress", () => {
  it.each([
    [0, 10, 0], // empty group: nobody to protect
    [1, 10, null],
    [9, 10, null],
    [10, 10, 10],
    [250, 10, 250],
    [4, 5, null],
    [5, 5, 5],
  ])("count %i with k %i → %s", (count, k, want) => expect(suppressCount(count, k)).toBe(want));

  it("uses k = 10 by default", () => {
    expect(suppressCounts([0, 3, 9, 10, 11])).toEqual([0, null, null, 10, 11]);
  });

  it("nulls a group's revenue (or any figure) when its count is suppressed", () => {
    expect(suppressByCount([3, 20, 0], [120.5, 900, 0])).toEqual([null, 900, 0]);
    expect(suppressByCount([12, 2], [0.25, 0.01], 10)).toEqual([0.25, null]);
    expect(() => suppressByCount([1, 2], [1])).toThrow(/one value per group count/);
  });

  it("suppresses every cell of a matrix", () => {
    expect(suppressMatrix([[0, 1], [10, 9]])).toEqual([[0, null], [10, null]]);
  });
});
