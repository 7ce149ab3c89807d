import { describe, expect, it } from "vitest";
import { hyp2f1 } from "../../loaders/lib/hyp2f1.ts";

const close = (actual: number, expected: number, rel = 1e-12): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
};

describe("hyp2f1", () => {
  it.each([0.1, 0.5, 0.9, 0.99, -0.5, -3])("2F1(1, 1; 2; z) = −ln(1 − z) / z at z = %s", (z) => {
    close(hyp2f1(1, 1, 2, z), -Math.log(1 - z) / z, 1e-11);
  });

  it.each([
    [0.7, 2.3, 0.6],
    [0.7, 2.3, -2],
    [-1.5, 0.4, 0.95],
    [3.2, 5, 0.3],
  ])("2F1(a, b; b; z) = (1 − z)^−a for a = %s, b = %s, z = %s", (a, b, z) => {
    close(hyp2f1(a, b, b, z), (1 - z) ** -a, 1e-11);
  });

  it("is 1 at z = 0", () => {
    expect(hyp2f1(2.5, -0.3, 1.7, 0)).toBe(1);
  });

  it("ends as a polynomial when a is a non-positive integer", () => {
    // 2F1(−2, 3; 4; ½) = 1 − 2·3·½/4 + 3·4·¼/(4·5) = 1 − 0.75 + 0.15 = 0.4
    close(hyp2f1(-2, 3, 4, 0.5), 0.4);
  });

  it("gives arcsin(z)/z as 2F1(½, ½; 3/2; z²)", () => {
    close(hyp2f1(0.5, 0.5, 1.5, 0.81), Math.asin(0.9) / 0.9, 1e-11);
  });

  it("agrees with Euler's transformation 2F1(a,b;c;z) = (1−z)^(c−a−b) 2F1(c−a,c−b;c;z)", () => {
    // BG/NBD-like parameters: r+x, b+x, a+b+x−1 with r = 0.243, a = 0.793, b = 2.426, x = 2.
    const [a, b, c] = [2.243, 4.426, 4.219];
    for (const z of [0.3, 0.5618, 0.9]) close(hyp2f1(a, b, c, z), (1 - z) ** (c - a - b) * hyp2f1(c - a, c - b, c, z), 1e-10);
  });

  it("converges for a large first parameter, where @stdlib's hyp2f1 0.1.1 returns NaN (the reason it is kept)", () => {
    // Euler: 2F1(500, 3; 520; z) = (1 − z)^17 · 2F1(20, 517; 520; z); the two series share no terms.
    const direct = hyp2f1(500, 3, 520, 0.99);
    close(direct, 0.01 ** 17 * hyp2f1(20, 517, 520, 0.99), 1e-12);
    expect(direct).toBeGreaterThan(10_000);
  });

  it("rejects z ≥ 1 and c a non-positive integer", () => {
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(/z < 1/);
    expect(() => hyp2f1(1, 1, 0, 0.5)).toThrow(/non-positive integer/);
    expect(() => hyp2f1(1, 1, -2, 0.5)).toThrow(/non-positive integer/);
    expect(() => hyp2f1(NaN, 1, 2, 0.5)).toThrow(/finite/);
  });
});
