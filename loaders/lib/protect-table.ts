/**
 * Small-group protection of a whole table, not just of its cells: suppressing a cell of 1..k−1
 * customers is not enough when the reader can get it back by subtracting the shown cells from a
 * total that is published elsewhere (a segment size, the number of customers). So:
 *
 * 1. primary: a cell of 1..k−1 is suppressed (0 stays 0: nobody to protect);
 * 2. secondary: every published total that holds a suppressed cell must hold at least two,
 *    together at least k customers; the smallest shown non-zero cell of it is added until that
 *    holds. A sub-total this table may show (`decide`) that fails the same test is hidden instead;
 * 3. audit: the shown cells and known statistics are linear equations over the suppressed cells;
 *    no suppressed cell and no secret statistic (a total suppressed elsewhere) may be a linear
 *    combination of them (rank test). If one is, the shown cell whose suppression breaks that
 *    combination — the smallest such, an empty cell only when no other will do — is suppressed
 *    too (or, failing that, a sub-total this table would show is hidden), and steps 2–3 repeat.
 *
 * The audit is exact for equations. It does not bound what the non-negativity of counts and the
 * knowledge "a suppressed cell is 1..k−1" let a reader narrow a cell down to; step 2's "together
 * at least k" keeps that range wide.
 */

/** One linear statistic over the table's cells: the sum of `cells`. */
export interface TableStatistic {
  /** Indexes of the cells it sums. */
  cells: readonly number[];
  /**
   * `published`: shown elsewhere (a total, a segment size) — an equation the reader knows.
   * `secret`: suppressed elsewhere — must stay undetermined.
   * `decide`: shown with this table unless it is a group of 1..k−1 or protecting needs it hidden.
   */
  status: "published" | "secret" | "decide";
}

/** Outcome of `protectTable`. */
export interface TableProtection {
  /** Per cell: true = show null. */
  cells: boolean[];
  /** Per statistic: true = not shown (secret, or a `decide` statistic that had to be hidden). */
  statistics: boolean[];
  /** False when even hiding every non-zero cell leaves something determined: show none of the table. */
  safe: boolean;
}

const EPS = 1e-9;

/**
 * Decides which cells (counts ≥ 0) and `decide` statistics to suppress for groups of at least `k`.
 * `forced` cells start suppressed whatever their count (a figure hidden for another reason).
 * Deterministic: ties are broken by value, then index.
 * @example protectTable([3, 12, 40], [{ cells: [0, 1, 2], status: "published" }], 10).cells // [true, true, false]
 */
export function protectTable(values: readonly number[], statistics: readonly TableStatistic[], k: number, forced?: readonly boolean[]): TableProtection {
  const n = values.length;
  if (forced !== undefined && forced.length !== n) throw new RangeError(`protectTable expects one forced flag per cell (${n}), got ${forced.length}`);
  const cells = values.map((v, c) => (v > 0 && v < k) || forced?.[c] === true);
  const sumOf = (s: TableStatistic): number => s.cells.reduce((acc, c) => acc + values[c]!, 0);
  const hidden = statistics.map((s) => s.status === "secret" || (s.status === "decide" && sumOf(s) > 0 && sumOf(s) < k));
  // Shown non-zero cells by value, then index: the order in which extra cells are given up.
  const byValue = [...Array(n).keys()].filter((c) => values[c]! > 0).sort((a, b) => values[a]! - values[b]! || a - b);
  // The audit may also hide empty cells (after all others): a shown 0 is an equation too.
  const auditOrder = [...byValue, ...[...Array(n).keys()].filter((c) => values[c] === 0)];
  for (;;) {
    if (secondaryPass(values, statistics, hidden, cells, byValue, k)) continue;
    const target = firstDetermined(values, statistics, hidden, cells);
    if (target === null) return { cells, statistics: hidden, safe: true };
    const candidates = auditOrder.filter((c) => !cells[c]);
    const breaker = candidates.find((c) => {
      cells[c] = true;
      const still = isDetermined(target, values, statistics, hidden, cells);
      cells[c] = false;
      return !still;
    });
    if (breaker !== undefined) {
      cells[breaker] = true;
      continue;
    }
    const shownDecided = statistics.map((s, j) => (s.status === "decide" && !hidden[j] ? j : -1)).filter((j) => j >= 0);
    const hide = shownDecided.find((j) => {
      hidden[j] = true;
      const still = isDetermined(target, values, statistics, hidden, cells);
      hidden[j] = false;
      return !still;
    });
    if (hide !== undefined) hidden[hide] = true;
    else if (candidates.length > 0) cells[candidates[0]!] = true;
    else if (shownDecided.length > 0) for (const j of shownDecided) hidden[j] = true;
    else return { cells, statistics: hidden, safe: false };
  }
}

/** Step 2 for one statistic at a time; true when it suppressed a cell or hid a statistic. */
function secondaryPass(values: readonly number[], statistics: readonly TableStatistic[], hidden: boolean[], cells: boolean[], byValue: readonly number[], k: number): boolean {
  for (let j = 0; j < statistics.length; j++) {
    if (hidden[j]) continue;
    const members = statistics[j]!.cells;
    let count = 0;
    let sum = 0;
    for (const c of members) {
      if (!cells[c]) continue;
      count++;
      sum += values[c]!;
    }
    if (count === 0 || (count >= 2 && sum >= k)) continue;
    if (statistics[j]!.status === "decide") {
      hidden[j] = true;
      return true;
    }
    const inside = new Set(members);
    const extra = byValue.find((c) => !cells[c] && inside.has(c));
    if (extra === undefined) continue; // nothing left to add; the audit decides
    cells[extra] = true;
    return true;
  }
  return false;
}

/** A target of the audit: a suppressed cell (`cell`) or a hidden statistic (`statistic`). */
type Target = { cell: number } | { statistic: number };

/** The first suppressed cell or hidden non-zero statistic the shown figures determine, or null. */
function firstDetermined(values: readonly number[], statistics: readonly TableStatistic[], hidden: boolean[], cells: boolean[]): Target | null {
  const basis = equations(statistics, hidden, cells);
  // A hidden empty cell (hidden by the audit or forced) gives nobody away when determined.
  for (let c = 0; c < cells.length; c++) if (cells[c] && values[c]! > 0 && inSpan(basis, [c])) return { cell: c };
  for (let j = 0; j < statistics.length; j++) {
    if (!hidden[j]) continue;
    const s = statistics[j]!;
    if (s.cells.every((c) => values[c] === 0)) continue;
    if (inSpan(basis, s.cells.filter((c) => cells[c]))) return { statistic: j };
  }
  return null;
}

function isDetermined(target: Target, values: readonly number[], statistics: readonly TableStatistic[], hidden: boolean[], cells: boolean[]): boolean {
  const basis = equations(statistics, hidden, cells);
  if ("cell" in target) return inSpan(basis, [target.cell]);
  const s = statistics[target.statistic]!;
  return s.cells.some((c) => values[c]! > 0) && inSpan(basis, s.cells.filter((c) => cells[c]));
}

/** Reduced row-echelon rows (sparse maps cell → coefficient, with their pivot) of the shown statistics over suppressed cells. */
interface Basis {
  rows: Map<number, number>[];
  pivots: number[];
}

function equations(statistics: readonly TableStatistic[], hidden: boolean[], cells: boolean[]): Basis {
  const basis: Basis = { rows: [], pivots: [] };
  for (let j = 0; j < statistics.length; j++) {
    if (hidden[j]) continue;
    const row = new Map<number, number>();
    for (const c of statistics[j]!.cells) if (cells[c]) row.set(c, (row.get(c) ?? 0) + 1);
    const reduced = reduce(basis, row);
    if (reduced.size === 0) continue;
    const pivot = Math.min(...reduced.keys());
    const scale = reduced.get(pivot)!;
    for (const [c, v] of reduced) reduced.set(c, v / scale);
    // Keep the basis fully reduced so `reduce` needs one pass.
    for (const other of basis.rows) {
      const factor = other.get(pivot);
      if (factor === undefined) continue;
      for (const [c, v] of reduced) addTo(other, c, -factor * v);
    }
    basis.rows.push(reduced);
    basis.pivots.push(pivot);
  }
  return basis;
}

/** Whether the sum of `members` (suppressed cells) is a linear combination of the basis rows. */
function inSpan(basis: Basis, members: readonly number[]): boolean {
  if (members.length === 0) return true;
  const row = new Map<number, number>();
  for (const c of members) row.set(c, (row.get(c) ?? 0) + 1);
  return reduce(basis, row).size === 0;
}

function reduce(basis: Basis, input: Map<number, number>): Map<number, number> {
  const row = new Map(input);
  for (let i = 0; i < basis.rows.length; i++) {
    const factor = row.get(basis.pivots[i]!);
    if (factor === undefined) continue;
    for (const [c, v] of basis.rows[i]!) addTo(row, c, -factor * v);
  }
  return row;
}

function addTo(row: Map<number, number>, c: number, delta: number): void {
  const v = (row.get(c) ?? 0) + delta;
  if (Math.abs(v) < EPS) row.delete(c);
  else row.set(c, v);
}
