/** Small constructors for `Series`, so every section builds them the same way. */
import type { Series, Unit } from "./types.ts";

/** A series from its id, Dutch label, unit, direction and per-month values. */
export function series(id: string, label: string, unit: Unit, better: Series["better"], values: readonly (number | null)[]): Series {
  return { id, label, unit, better, values: values.map((v) => (v === null || !Number.isFinite(v) ? null : v)) };
}

/** `a[i] / b[i]` per month, null where the denominator is zero or either side is missing. */
export function ratio(a: readonly (number | null)[], b: readonly (number | null)[]): (number | null)[] {
  return a.map((x, i) => {
    const y = b[i];
    return x === null || y === null || y === undefined || y === 0 ? null : x / y;
  });
}
