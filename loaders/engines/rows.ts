/** Engine result rows as plain JSON-like objects: 64-bit integers as numbers, lists as arrays. */

/** Converts one value: bigint → number, arrays element-wise, everything else as is. */
function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object" && "items" in value && Array.isArray((value as { items: unknown[] }).items)) {
    return (value as { items: unknown[] }).items.map(plain);
  }
  return value;
}

/** Converts every cell of `rows`. */
export function plainRows(rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
}
