/**
 * Small-group protection for the moment and profile sections, with the same rules as the other
 * breakdowns: counts of 1..k−1 hidden (`suppress.ts`), a share hidden when its group or either
 * part is such a small group, and per-segment count tables protected as a whole against
 * subtraction from their published total (`protect-table.ts`).
 */
import { protectTable } from "../lib/protect-table.ts";
import { suppressCount } from "../lib/suppress.ts";

/** `part ÷ whole`, or null when whole < k, or part or whole − part is a group of 1..k−1. */
export function safeShare(part: number, whole: number, k: number): number | null {
  if (whole < k || whole === 0) return null;
  if (suppressCount(part, k) === null || suppressCount(whole - part, k) === null) return null;
  return part / whole;
}

/** A count, null when it is a group of 1..k−1. */
export function safeCount(count: number, k: number): number | null {
  return suppressCount(count, k);
}

/**
 * A groups × months table of counts whose per-month column sums (the total) are published:
 * per month, the cells to hide so that no small group shows and none can be subtracted back.
 * Returns the shown table (null = hidden).
 */
export function protectGroups(byGroup: readonly (readonly number[])[], k: number): (number | null)[][] {
  const months = byGroup[0]?.length ?? 0;
  const shown = byGroup.map((row) => row.map((v): number | null => v));
  for (let m = 0; m < months; m++) {
    const values = byGroup.map((row) => row[m]!);
    const protection = protectTable(values, [{ cells: values.map((_, g) => g), status: "published" }], k);
    values.forEach((_, g) => {
      if (protection.cells[g] || !protection.safe) shown[g]![m] = null;
    });
  }
  return shown;
}
