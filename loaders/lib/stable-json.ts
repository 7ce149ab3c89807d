/** Deterministic JSON for outputs that must be byte-identical for the same inputs. */

/** Significant digits kept for non-integer numbers; enough for money to the cent on any realistic total. */
const DIGITS = 12;

/** Rounds a float to `DIGITS` significant digits so tiny summation noise cannot leak into diffs. */
export function roundNumber(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(DIGITS));
}

/**
 * `JSON.stringify` with object keys in insertion order (our builders insert deterministically),
 * non-finite numbers as null, floats rounded by `roundNumber`, two-space indentation and a final newline.
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (typeof v === "number" ? (Number.isFinite(v) ? roundNumber(v) : null) : v), 2)}\n`;
}
