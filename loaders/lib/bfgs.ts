/**
 * BFGS quasi-Newton minimiser (Nocedal & Wright 2006, algorithm 6.1) with a backtracking
 * Armijo line search, the Shanno–Phua scaling of the first inverse-Hessian guess, and updates
 * skipped when the curvature condition sᵀy > 0 fails. Small and dense: meant for the handful of
 * log-parameters of the repurchase models, whose objectives come with analytic gradients.
 */

/** An objective that writes its gradient at `x` into `gradient` and returns its value. */
export type ObjectiveWithGradient = (x: readonly number[], gradient: number[]) => number;

/** Options of `bfgs`; every field has a default. */
export interface BfgsOptions {
  /** Converged when every gradient component is at most this in absolute value. Default 1e-9. */
  gradientTolerance?: number;
  /**
   * When three steps in a row no longer lower the value (it is flat to rounding), the run stops
   * and counts as converged if every gradient component is at most this. Default 1e-6.
   */
  stallTolerance?: number;
  /** Give up (converged: false) after this many iterations. Default 200. */
  maxIterations?: number;
  /** Longest step (max-norm) a line search may try. Default 2. */
  maxStep?: number;
}

/** Result of `bfgs`: the best point found and whether the gradient tolerance was met. */
export interface BfgsResult {
  x: number[];
  fx: number;
  /** Gradient at `x`. */
  gradient: number[];
  iterations: number;
  /** Objective evaluations (each with its gradient). */
  evaluations: number;
  converged: boolean;
}

/**
 * Minimises `f` from `x0`. A NaN or infinite value counts as "too far": the line search halves
 * the step. Never throws for a non-converging run: check `converged`. Deterministic.
 * @example bfgs((x, g) => { g[0] = 2 * (x[0]! - 3); return (x[0]! - 3) ** 2; }, [0]).x // ≈ [3]
 */
export function bfgs(f: ObjectiveWithGradient, x0: readonly number[], options: BfgsOptions = {}): BfgsResult {
  const n = x0.length;
  if (n === 0) throw new RangeError("bfgs expects a start point with at least one coordinate");
  const gTol = options.gradientTolerance ?? 1e-9;
  const maxIterations = options.maxIterations ?? 200;
  const maxStep = options.maxStep ?? 2;
  const stallTol = options.stallTolerance ?? 1e-6;
  let evaluations = 0;
  const evaluate = (x: number[], g: number[]): number => {
    evaluations++;
    const v = f(x, g);
    return Number.isFinite(v) && g.every(Number.isFinite) ? v : Infinity;
  };
  let x = x0.slice();
  let g = new Array<number>(n).fill(0);
  let fx = evaluate(x, g);
  if (fx === Infinity) return { x, fx, gradient: g, iterations: 0, evaluations, converged: false };
  // Inverse Hessian approximation, row-major; identity until the first update rescales it.
  const H = identity(n);
  let iterations = 0;
  let converged = false;
  let stalled = 0;
  while (true) {
    if (maxAbs(g) <= gTol) {
      converged = true;
      break;
    }
    if (iterations >= maxIterations) break;
    iterations++;
    const p = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s -= H[i * n + j]! * g[j]!;
      p[i] = s;
    }
    let slope = dot(p, g);
    if (!(slope < 0)) {
      // Not a descent direction (H lost positive definiteness numerically): restart from steepest descent.
      H.set(identity(n));
      for (let i = 0; i < n; i++) p[i] = -g[i]!;
      slope = -dot(g, g);
    }
    let step = Math.min(1, maxStep / maxAbs(p));
    const xNew = new Array<number>(n);
    const gNew = new Array<number>(n).fill(0);
    let fNew = Infinity;
    let accepted = false;
    if (-slope < 1e-12 * Math.max(1, Math.abs(fx))) {
      // The decrease this step can bring is below the rounding of f (a sum over many rows), so f
      // cannot judge it: take the full quasi-Newton step if the (exact) gradient shrinks, else stop.
      for (let i = 0; i < n; i++) xNew[i] = x[i]! + step * p[i]!;
      fNew = evaluate(xNew, gNew);
      if (fNew === Infinity || maxAbs(gNew) >= maxAbs(g)) {
        converged = maxAbs(g) <= stallTol;
        break;
      }
      accepted = true;
    }
    // Values within a few units in the last place of f(x) count as no increase.
    const rounding = 8 * Number.EPSILON * Math.abs(fx);
    for (let tries = 0; !accepted && tries < 40 && step * maxAbs(p) > 1e-15; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i]! + step * p[i]!;
      fNew = evaluate(xNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope + rounding) {
        accepted = true;
        break;
      }
      step /= 2;
    }
    if (!accepted) {
      // No decrease along the direction: the value is flat to rounding. Converged if the gradient is nearly zero.
      converged = maxAbs(g) <= stallTol;
      break;
    }
    const s = xNew.map((v, i) => v - x[i]!);
    const y = gNew.map((v, i) => v - g[i]!);
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (iterations === 1) H.set(identity(n).map((v) => (v * sy) / dot(y, y)));
      update(H, s, y, sy, n);
    }
    // Steps that no longer lower the value are rounding noise: stop after a few in a row.
    stalled = fNew < fx - rounding ? 0 : stalled + 1;
    x = xNew;
    g = gNew;
    fx = fNew;
    if (stalled >= 3) {
      converged = maxAbs(g) <= stallTol;
      break;
    }
  }
  return { x, fx, gradient: g, iterations, evaluations, converged };
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1 / sᵀy, in place. */
function update(H: Float64Array, s: number[], y: number[], sy: number, n: number): void {
  const rho = 1 / sy;
  const Hy = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) Hy[i]! += H[i * n + j]! * y[j]!;
  const yHy = dot(y, Hy);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      H[i * n + j]! += rho * ((1 + rho * yHy) * s[i]! * s[j]! - Hy[i]! * s[j]! - s[i]! * Hy[j]!);
    }
  }
}

function identity(n: number): Float64Array {
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) m[i * n + i] = 1;
  return m;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function maxAbs(a: readonly number[]): number {
  let m = 0;
  for (const v of a) m = Math.max(m, Math.abs(v));
  return m;
}
