/**
 * The typed error of the repurchase models' public functions: parameters or inputs for which
 * no finite, non-negative answer exists (a non-positive or non-finite parameter, a series that
 * does not converge). Callers catch it by type and show a warning instead of a figure.
 */
export class ModelRangeError extends RangeError {
  override readonly name = "ModelRangeError";
}

/** Throws a `ModelRangeError` unless every named parameter is finite and > 0. */
export function checkPositive(fn: string, params: Readonly<Record<string, number>>): void {
  for (const [name, value] of Object.entries(params)) {
    if (!(Number.isFinite(value) && value > 0)) throw new ModelRangeError(`${fn} expects ${name} finite and > 0, got ${value}`);
  }
}

/** `value` when finite: negative rounding noise (> −1e-9 relative to `scale`) becomes 0; anything else throws. */
export function finiteNonNegative(fn: string, value: number, scale = 1): number {
  if (!Number.isFinite(value)) throw new ModelRangeError(`${fn} has no finite value for these parameters`);
  if (value >= 0) return value;
  if (value > -1e-9 * Math.max(1, Math.abs(scale))) return 0;
  throw new ModelRangeError(`${fn} came out negative (${value}) for these parameters: the model does not hold there`);
}
