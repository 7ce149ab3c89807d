/**
 * Nelder–Mead downhill simplex minimiser (Nelder & Mead 1965, with the standard coefficients
 * reflection 1, expansion 2, contraction ½, shrink ½, as in Lagarias et al. 1998).
 * Derivative-free and small; used to fit the repurchase models over log-parameters.
 */

/** Options of `nelderMead`; every field has a default. */
export interface NelderMeadOptions {
  /** Stop when every vertex is within this distance (max-norm) of the best one. Default 1e-8. */
  xTolerance?: number;
  /** …and every vertex value is within this of the best value. Default 1e-10. */
  fTolerance?: number;
  /** Give up (converged: false) after this many iterations. Default 200 × dimension. */
  maxIterations?: number;
  /** Size of the initial simplex step per coordinate (absolute). Default 0.1. */
  step?: number;
}

/** Result of `nelderMead`: the best point found and whether the tolerances were met. */
export interface NelderMeadResult {
  x: number[];
  fx: number;
  iterations: number;
  /** Function evaluations used. */
  evaluations: number;
  /** True when both tolerances were met before `maxIterations`. */
  converged: boolean;
}

/**
 * Minimises `f` from `x0`. NaN values count as +Infinity, so `f` may return NaN outside its
 * domain. Never throws for a non-converging run: check `converged`.
 * @example nelderMead(([x, y]) => (x! - 1) ** 2 + (y! + 2) ** 2, [0, 0]).x // ≈ [1, −2]
 */
export function nelderMead(f: (x: number[]) => number, x0: readonly number[], options: NelderMeadOptions = {}): NelderMeadResult {
  const n = x0.length;
  if (n === 0) throw new RangeError("nelderMead expects a start point with at least one coordinate");
  const xTol = options.xTolerance ?? 1e-8;
  const fTol = options.fTolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? 200 * n;
  const step = options.step ?? 0.1;
  let evaluations = 0;
  const value = (x: number[]): number => {
    evaluations++;
    const v = f(x);
    return Number.isNaN(v) ? Infinity : v;
  };

  const simplex: number[][] = [x0.slice()];
  for (let i = 0; i < n; i++) {
    const v = x0.slice();
    v[i] = v[i]! + step;
    simplex.push(v);
  }
  const values = simplex.map(value);
  const order = (): void => {
    const idx = simplex.map((_, i) => i).sort((i, j) => values[i]! - values[j]! || i - j);
    const s = idx.map((i) => simplex[i]!);
    const v = idx.map((i) => values[i]!);
    for (let i = 0; i <= n; i++) {
      simplex[i] = s[i]!;
      values[i] = v[i]!;
    }
  };
  const along = (from: number[], to: number[], t: number): number[] => from.map((c, i) => c + t * (to[i]! - c));

  let iterations = 0;
  let converged = false;
  order();
  while (iterations < maxIterations) {
    if (spread(simplex, values) <= xTol && Math.abs(values[n]! - values[0]!) <= fTol) {
      converged = true;
      break;
    }
    iterations++;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] = centroid[j]! + simplex[i]![j]! / n;
    const worst = simplex[n]!;
    const reflected = along(centroid, worst, -1);
    const fr = value(reflected);
    if (fr < values[0]!) {
      const expanded = along(centroid, worst, -2);
      const fe = value(expanded);
      if (fe < fr) replaceWorst(expanded, fe);
      else replaceWorst(reflected, fr);
    } else if (fr < values[n - 1]!) {
      replaceWorst(reflected, fr);
    } else {
      // Contract outside when the reflection beat the worst vertex, inside otherwise.
      const outside = fr < values[n]!;
      const contracted = along(centroid, worst, outside ? -0.5 : 0.5);
      const fc = value(contracted);
      if (fc < (outside ? fr : values[n]!)) replaceWorst(contracted, fc);
      else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = along(simplex[0]!, simplex[i]!, 0.5);
          values[i] = value(simplex[i]!);
        }
      }
    }
    order();
  }
  return { x: simplex[0]!.slice(), fx: values[0]!, iterations, evaluations, converged };

  function replaceWorst(x: number[], fx: number): void {
    simplex[n] = x;
    values[n] = fx;
  }
}

/**
 * Runs Nelder–Mead from `x0` (initial step 0.5), then again from its optimum with a fresh small
 * simplex (step 0.05), up to 5 runs, until a restart gains < 1e-10: a restart guards against a
 * simplex that collapsed before reaching the optimum. Converged only if every run converged.
 */
export function restartedNelderMead(f: (x: number[]) => number, x0: readonly number[], maxIterations: number): NelderMeadResult {
  let x = x0.slice();
  let fx = f(x);
  let iterations = 0;
  let evaluations = 1;
  for (let run = 0; run < 5; run++) {
    const result = nelderMead(f, x, { maxIterations, step: run === 0 ? 0.5 : 0.05 });
    iterations += result.iterations;
    evaluations += result.evaluations;
    if (!result.converged) return { ...result, iterations, evaluations };
    const gain = fx - result.fx;
    x = result.x;
    fx = result.fx;
    if (run > 0 && gain < 1e-10) return { x, fx, iterations, evaluations, converged: true };
  }
  return { x, fx, iterations, evaluations, converged: false };
}

/** Largest coordinate distance of any vertex from the best one. */
function spread(simplex: number[][], values: number[]): number {
  let max = 0;
  const best = simplex[0]!;
  for (let i = 1; i < simplex.length; i++) {
    for (let j = 0; j < best.length; j++) max = Math.max(max, Math.abs(simplex[i]![j]! - best[j]!));
  }
  return Number.isFinite(values[0]!) ? max : Infinity;
}
