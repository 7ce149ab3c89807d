/**
 * Plurals in the catalogue: `counted(1, "maand", "maanden")` → `1 maand`, `counted(3, …)` →
 * `3 maanden`. Dutch and English both use the singular for exactly one and the plural for every
 * other count (0, 2, 1.5, 1 234); a count already formatted (`"1.234"`) is singular only when it
 * reads "1". The island areas (calculators, businessCalculator) keep a copy: they stay import-free.
 */

/** `n` with `one` when it is exactly 1, else with `many`. */
export function counted(n: number | string | undefined, one: string, many: string): string {
  return `${n} ${String(n) === "1" ? one : many}`;
}
