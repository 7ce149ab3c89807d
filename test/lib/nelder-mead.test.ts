import { describe, expect, it } from "vitest";
import { nelderMead, restartedNelderMead } from "../../loaders/lib/nelder-mead.ts";

/** Rosenbrock's banana, minimum 0 at (1, 1). */
const rosenbrock = ([x, y]: number[]): number => 100 * (y! - x! * x!) ** 2 + (1 - x!) ** 2;

describe("nelderMead", () => {
  it("finds Rosenbrock's minimum (1, 1) from the classic start (−1.2, 1)", () => {
    const result = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 5000 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
    expect(result.fx).toBeLessThan(1e-10);
  });

  it("finds the centre of a 4-dimensional quadratic bowl", () => {
    const centre = [1, -2, 3, 0.5];
    const f = (v: number[]): number => v.reduce((s, c, i) => s + (i + 1) * (c - centre[i]!) ** 2, 0);
    const result = nelderMead(f, [0, 0, 0, 0], { maxIterations: 5000 });
    expect(result.converged).toBe(true);
    result.x.forEach((c, i) => expect(c).toBeCloseTo(centre[i]!, 6));
  });

  it("treats NaN as +∞, so a function undefined for x < 0 still works", () => {
    // min of (x − 2)² over x ≥ 0 is at 2
    const result = nelderMead(([x]) => (x! < 0 ? NaN : (x! - 2) ** 2), [0.05], { step: -0.1 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(2, 6);
  });

  it("reports a run cut short by maxIterations as not converged", () => {
    const result = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 5 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(5);
  });

  it("restarts from its own optimum and still reaches (1, 1)", () => {
    const result = restartedNelderMead(rosenbrock, [-1.2, 1], 5000);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
  });

  it("rejects an empty start point", () => {
    expect(() => nelderMead(() => 0, [])).toThrow(/at least one coordinate/);
  });
});
