import { describe, expect, it } from "vitest";
import { bfgs, type ObjectiveWithGradient } from "../../loaders/lib/bfgs.ts";

/** Rosenbrock's banana, minimum 0 at (1, 1), with its gradient worked out by hand. */
const rosenbrock: ObjectiveWithGradient = ([x, y], g) => {
  g[0] = -2 * (1 - x!) - 400 * x! * (y! - x! * x!);
  g[1] = 200 * (y! - x! * x!);
  return (1 - x!) ** 2 + 100 * (y! - x! * x!) ** 2;
};

describe("bfgs", () => {
  it("finds Rosenbrock's minimum (1, 1) from the classic start (−1.2, 1)", () => {
    const result = bfgs(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 8);
    expect(result.x[1]).toBeCloseTo(1, 8);
    expect(result.fx).toBeLessThan(1e-16);
    expect(Math.max(...result.gradient.map(Math.abs))).toBeLessThanOrEqual(1e-9);
  });

  it("solves a 4-d quadratic whose minimiser is known: A x = b for A = [[4,1,0,0],[1,3,1,0],[0,1,2,1],[0,0,1,5]]", () => {
    const A = [
      [4, 1, 0, 0],
      [1, 3, 1, 0],
      [0, 1, 2, 1],
      [0, 0, 1, 5],
    ];
    // b = A·(1, −2, 3, 0.5), so the minimiser of ½xᵀAx − bᵀx is (1, −2, 3, 0.5).
    const want = [1, -2, 3, 0.5];
    const b = A.map((row) => row.reduce((s, a, j) => s + a * want[j]!, 0));
    const f: ObjectiveWithGradient = (x, g) => {
      let value = 0;
      for (let i = 0; i < 4; i++) {
        const Ax = A[i]!.reduce((s, a, j) => s + a * x[j]!, 0);
        g[i] = Ax - b[i]!;
        value += 0.5 * x[i]! * Ax - b[i]! * x[i]!;
      }
      return value;
    };
    const result = bfgs(f, [0, 0, 0, 0]);
    expect(result.converged).toBe(true);
    result.x.forEach((c, i) => {
      expect(c).toBeCloseTo(want[i]!, 9);
    });
    // A quadratic in 4 dimensions: BFGS with exact-enough steps needs few iterations.
    expect(result.iterations).toBeLessThan(30);
  });

  it("halves steps that leave the domain (NaN or ∞ outside x > 0)", () => {
    // f(x) = x − ln x, minimum at x = 1; a unit step from x = 0.1 along −f' = 9 would leave x > 0.
    const result = bfgs(([x], g) => {
      g[0] = 1 - 1 / x!;
      return x! > 0 ? x! - Math.log(x!) : NaN;
    }, [0.1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 9);
  });

  it("reaches the gradient tolerance when f carries rounding noise far above its remaining decrease", () => {
    // Rosenbrock + 5 with deterministic noise of ±1e-9 in f (like a sum over 10⁵ rows) and the exact gradient.
    let k = 0;
    const result = bfgs((x, g) => rosenbrock(x, g) + 5 + 1e-9 * Math.sin(++k * 12.9898), [-1.2, 1], { gradientTolerance: 1e-10 });
    expect(result.converged).toBe(true);
    expect(Math.max(...result.gradient.map(Math.abs))).toBeLessThanOrEqual(1e-10);
    expect(result.x[0]).toBeCloseTo(1, 9);
    expect(result.x[1]).toBeCloseTo(1, 9);
  });

  it("reports a run cut short by maxIterations as not converged", () => {
    const result = bfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(3);
  });

  it("reports an objective with no minimum (it keeps falling) as not converged", () => {
    const result = bfgs(([x], g) => {
      g[0] = -1;
      return -x!;
    }, [0], { maxIterations: 50 });
    expect(result.converged).toBe(false);
  });

  it("rejects an empty start point and reports an infinite start as not converged", () => {
    expect(() => bfgs(() => 0, [])).toThrow(RangeError);
    expect(bfgs(() => Infinity, [1]).converged).toBe(false);
  });
});
