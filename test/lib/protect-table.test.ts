import { describe, expect, it } from "vitest";
import { protectTable, type TableStatistic } from "../../loaders/lib/protect-table.ts";

/** Row and column totals of an r × c table (row-major cells) as published statistics. */
function margins(rows: number, cols: number): TableStatistic[] {
  const out: TableStatistic[] = [];
  for (let i = 0; i < rows; i++) out.push({ cells: Array.from({ length: cols }, (_, j) => i * cols + j), status: "published" });
  for (let j = 0; j < cols; j++) out.push({ cells: Array.from({ length: rows }, (_, i) => i * cols + j), status: "published" });
  return out;
}

const total = (n: number): TableStatistic => ({ cells: [...Array(n).keys()], status: "published" });

describe("protectTable", () => {
  it("shows everything when no group is below k, and keeps zeros", () => {
    expect(protectTable([0, 10, 25], [total(3)], 10)).toEqual({ cells: [false, false, false], statistics: [false], safe: true });
  });

  it("hides a second cell so the total minus the shown cells is no single group", () => {
    // 3 is primary; total − 40 would give it back → the smallest other (12) goes too: 3 + 12 = 15 ≥ 10.
    expect(protectTable([3, 12, 40], [total(3)], 10).cells).toEqual([true, true, false]);
  });

  it("keeps hiding until the hidden cells hold at least k together", () => {
    // 3 and 4 are primary but 3 + 4 = 7 < 10: the difference would be a group of 7 → 40 goes too.
    expect(protectTable([3, 4, 40], [total(3)], 10).cells).toEqual([true, true, true]);
    // 3 + 8 = 11 ≥ 10: enough.
    expect(protectTable([3, 8, 40, 50], [total(4)], 10).cells).toEqual([true, true, false, false]);
  });

  it("protects a 2 × 2 table with published row and column totals by a full cycle", () => {
    // a = 5 and d = 2 primary; row 0 → b, row 1 → c: every row and column has two hidden cells.
    const p = protectTable([5, 20, 30, 2], margins(2, 2), 10);
    expect(p.cells).toEqual([true, true, true, true]);
    expect(p.safe).toBe(true);
  });

  it("finds a hidden cell that only a combination of totals gives away, and hides one more to break it", () => {
    // Two 2 × 2 blocks of small cells, linked by the 4 at (1, 2). Every row and column has ≥ 2 hidden
    // cells holding ≥ 10, yet rows 0+1 − columns 0+1 + shown cells = (1, 2):
    // (71 + 49) − (72 + 74) + 120 − 90 = 4. Hiding (0, 2), the first 30, puts (1, 2) on a cycle.
    const table = [
      [5, 6, 30, 30],
      [7, 8, 4, 30],
      [30, 30, 5, 6],
      [30, 30, 7, 8],
    ];
    const p = protectTable(table.flat(), margins(4, 4), 10);
    const hidden = p.cells.flatMap((h, i) => (h ? [`${Math.floor(i / 4)},${i % 4}`] : []));
    expect(hidden).toEqual(["0,0", "0,1", "0,2", "1,0", "1,1", "1,2", "2,2", "2,3", "3,2", "3,3"]);
    expect(p.safe).toBe(true);
    // Independent check: another table with the same shown cells and totals but a different (1, 2).
    const other = table.map((row) => [...row]);
    other[0]![2]! += 1;
    other[1]![2]! -= 1;
    other[1]![0]! += 1;
    other[0]![0]! -= 1;
    const sums = (t: number[][]) => [...t.map((r) => r.reduce((a, b) => a + b, 0)), ...[0, 1, 2, 3].map((j) => t.reduce((a, r) => a + r[j]!, 0))];
    expect(sums(other)).toEqual(sums(table));
    expect(other.flat().filter((_, i) => !p.cells[i])).toEqual(table.flat().filter((_, i) => !p.cells[i]));
    expect(other[1]![2]).not.toBe(table[1]![2]);
  });

  it("keeps secret totals (suppressed elsewhere) undetermined", () => {
    // Grid cells of three segments: A = {0, 1} (7, secret), B = {2} (8, secret), C = {3, 4} (110, shown).
    const stats: TableStatistic[] = [
      { cells: [0, 1], status: "secret" },
      { cells: [2], status: "secret" },
      { cells: [3, 4], status: "published" },
      total(5),
    ];
    const p = protectTable([4, 3, 8, 50, 60], stats, 10);
    expect(p).toEqual({ cells: [true, true, true, false, false], statistics: [true, true, false, false], safe: true });
  });

  it("reports unsafe when published totals alone give a secret away", () => {
    // A = 7 is secret but total − B = A whatever the cells show.
    const stats: TableStatistic[] = [{ cells: [0, 1], status: "secret" }, { cells: [2, 3], status: "published" }, total(4)];
    expect(protectTable([4, 3, 50, 60], stats, 10).safe).toBe(false);
  });

  it("hides a decided sub-total of 1..k−1 and one that would give a cell away", () => {
    // Sub-total {0, 1} = 5 < 10 is hidden like a cell.
    expect(protectTable([2, 3, 40, 50], [total(4), { cells: [0, 1], status: "decide" }], 10).statistics).toEqual([false, true]);
    // Sub-total {0, 1} = 27 may be shown: the hidden cells 12 and 15 stay undetermined.
    expect(protectTable([12, 15, 40], [total(3), { cells: [0, 1], status: "decide" }], 10).statistics).toEqual([false, false]);
    // Cells 12, 3 hidden; a shown sub-total {1, 2} = 43 holds one hidden cell (x1 = 43 − 40 = 3):
    // the sub-total is hidden, not more cells.
    const p = protectTable([12, 3, 40], [total(3), { cells: [1, 2], status: "decide" }], 10);
    expect(p.cells).toEqual([true, true, false]);
    expect(p.statistics).toEqual([false, true]);
    expect(p.safe).toBe(true);
  });

  it("starts from forced cells and protects them like small ones", () => {
    // Cell 1 (40) is hidden for another reason; the total would give it back → the smallest other (15) goes too.
    expect(protectTable([15, 40, 60], [total(3)], 10, [false, true, false]).cells).toEqual([true, true, false]);
    expect(() => protectTable([1], [], 10, [])).toThrow(/one forced flag per cell/);
  });
});
