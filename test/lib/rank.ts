/** Test helper: the exact rank of an integer matrix, for the suppression audits. */

/** Rank of an integer matrix by fraction-free (Bareiss) elimination with BigInt: exact. */
export function rank(rows: number[][]): number {
  const m = rows.map((r) => r.map(BigInt));
  const cols = m[0]?.length ?? 0;
  let r = 0;
  let previous = 1n;
  for (let c = 0; c < cols && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = r + 1; i < m.length; i++) {
      for (let j = c + 1; j < cols; j++) m[i]![j] = (m[i]![j]! * m[r]![c]! - m[i]![c]! * m[r]![j]!) / previous;
      m[i]![c] = 0n;
    }
    previous = m[r]![c]!;
    r++;
  }
  return r;
}
