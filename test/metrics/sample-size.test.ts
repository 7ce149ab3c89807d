import { describe, expect, it } from "vitest";
import { daysNeeded, detectableEffect, sampleSize } from "../../loaders/metrics/sample-size.ts";

const base = { relative: false, alpha: 0.05, power: 0.8 };

describe("sampleSize", () => {
  it("gives Evan Miller's default: baseline 20 %, MDE 5 points → 1,030 per variation on his page", () => {
    // By hand: sd1 = √(2·0.2·0.8) = 0.565685, sd2 = √(0.16 + 0.25·0.75) = 0.589491,
    // (1.959964·0.565685 + 0.841621·0.589491)² / 0.05² = 1.604841² / 0.0025 = 1030.22.
    const result = sampleSize({ ...base, baseline: 0.2, mde: 0.05 })!;
    expect(Math.round(result.exact)).toBe(1030); // his page rounds to the nearest visitor
    expect(result.perVariant).toBe(1031); // we round up
    expect(result.delta).toBe(0.05);
  });

  it.each([
    // Evan Miller's formula evaluated with scipy 1.17.1's norm.ppf (independent quantiles).
    { baseline: 0.2, mde: 0.05, alpha: 0.05, power: 0.9, relative: false, exact: 1390.0766207280597 },
    { baseline: 0.1, mde: 0.2, alpha: 0.05, power: 0.8, relative: true, exact: 3622.6163992757115 }, // δ = 2 points
    { baseline: 0.05, mde: 0.1, alpha: 0.05, power: 0.8, relative: true, exact: 30244.40474805518 },
    { baseline: 0.05, mde: 0.01, alpha: 0.01, power: 0.9, relative: false, exact: 14568.806936921617 },
    { baseline: 0.7, mde: 0.05, alpha: 0.05, power: 0.8, relative: false, exact: 1334.9990735427787 }, // folded to 0.3
  ])("baseline $baseline, MDE $mde (relative $relative), α $alpha, power $power → $exact", ({ exact, ...input }) => {
    expect(sampleSize(input)!.exact).toBeCloseTo(exact, 6);
  });

  it("refuses inputs that make no sense", () => {
    expect(sampleSize({ ...base, baseline: 0, mde: 0.01 })).toBeNull();
    expect(sampleSize({ ...base, baseline: 0.2, mde: 0 })).toBeNull();
    expect(sampleSize({ ...base, baseline: 0.4, mde: 0.7 })).toBeNull();
    expect(sampleSize({ ...base, baseline: 0.2, mde: 0.05, power: 1 })).toBeNull();
  });
});

describe("detectableEffect", () => {
  it("inverts the sample size: 1030.22 visitors per variant detect 5 points at 20 %", () => {
    expect(detectableEffect(0.2, 1030.2192831104596, 0.05, 0.8)).toBeCloseTo(0.05, 9);
    // At δ → 0.8 the formula still needs (1.1087 + 0.3366)² / 0.64 ≈ 3.3 visitors: 1 is too few.
    expect(detectableEffect(0.2, 1, 0.05, 0.8)).toBeNull();
  });
});

describe("daysNeeded", () => {
  it("rounds the days up: 1,031 × 2 variants at 300 visitors a day = 6.87 → 7", () => {
    expect(daysNeeded(1031, 2, 300)).toBe(7);
    expect(daysNeeded(1031, 2, 0)).toBeNull();
  });
});
