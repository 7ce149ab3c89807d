import { describe, expect, it } from "vitest";
import { rfmSection } from "../../loaders/bundle/rfm.ts";
import { parseMonthKey } from "../../loaders/lib/months.ts";
import { rfmHistory } from "../../loaders/metrics/rfm-history.ts";
import { SEGMENT_IDS } from "../../loaders/metrics/rfm-segments.ts";
import { segmentMigration } from "../../loaders/metrics/segment-migration.ts";
import { ConfigSchema } from "../../loaders/schemas/config.ts";
import { MOVES, readCdnowRows, storeOf } from "../metrics/rfm-store.ts";

const JAN = parseMonthKey("2024-01");
const MAR = parseMonthKey("2024-03");
const configOf = (extra: Record<string, unknown>) =>
  ConfigSchema.parse({ version: 1, sources: [{ name: "t", kind: "transactions", files: "t.csv", columns: { date: "d", amount: "a" } }], ...extra });
const at = (id: string) => SEGMENT_IDS.indexOf(id as (typeof SEGMENT_IDS)[number]);

// Segments of MOVES with a 2-month window, worked out in test/metrics/rfm-history.test.ts (P Q S T U):
//   Jan: about-to-sleep P Q, hibernating S, potential-loyalist U
//   Feb: champions P, about-to-sleep Q U, at-risk S, potential-loyalist T
//   Mar: at-risk P, potential-loyalist S, lost T
describe("rfmSection on MOVES without suppression (k = 1)", () => {
  const config = configOf({ minGroupSize: 1, rfm: { windowMonths: 2, actions: { lost: "Niet meer mailen" } } });
  const { series, section } = rfmSection(storeOf(MOVES), config, JAN, MAR);
  const values = (id: string) => series.find((s) => s.id === id)!.values;

  it("gives three series per segment, aligned with Jan..Mar", () => {
    expect(series).toHaveLength(33);
    expect(series.slice(0, 3).map((s) => [s.id, s.label, s.unit, s.better])).toEqual([
      ["segment.champions.customers", "Klanten – Kampioen", "count", "up"],
      ["segment.champions.revenue", "Omzet – Kampioen", "currency", "up"],
      ["segment.champions.revenue_share", "Omzetaandeel – Kampioen", "percent", "up"],
    ]);
    expect(values("segment.champions.customers")).toEqual([0, 1, 0]);
    expect(values("segment.about-to-sleep.customers")).toEqual([2, 2, 0]);
    expect(values("segment.potential-loyalist.customers")).toEqual([1, 1, 1]);
    expect(values("segment.lost.customers")).toEqual([0, 0, 1]);
    // Revenue of the month's orders: Jan P + Q = 110; Feb U's return −200; Mar 0.
    expect(values("segment.about-to-sleep.revenue")).toEqual([110, -200, 0]);
    // Shares: Jan 110/360; Feb total −88 → no share; Mar at-risk 100/120.
    expect(values("segment.about-to-sleep.revenue_share")).toEqual([0.3056, null, 0]);
    expect(values("segment.at-risk.revenue_share")).toEqual([0, null, 0.8333]);
  });

  it("fills the March table, grid and totals", () => {
    expect([section.month, section.asOf, section.months]).toEqual(["2024-03", "2024-03-31", ["2024-01", "2024-02", "2024-03"]]);
    const atRisk = section.table[at("at-risk")]!;
    // P: 1 of 3 scored; revenue 100 of 120; window Feb–Mar 200 of 225 (P 200, S 20, T 5); AOV 200/2;
    // at-risk had 1 customer (S) in February: delta 0.
    expect(atRisk).toEqual({
      id: "at-risk",
      customers: 1,
      share: 0.3333,
      revenue: 100,
      revenueShare: 0.8333,
      windowRevenue: 200,
      windowRevenueShare: 0.8889,
      averageOrderValue: 100,
      customersDelta: 0,
      customersDeltaRelative: 0,
      action: "Persoonlijk contact opnemen",
    });
    expect(section.table[at("lost")]!.action).toBe("Niet meer mailen");
    expect(section.segments[at("lost")]!.action).toBe("Niet meer mailen");
    // about-to-sleep: 2 in Feb, 0 in Mar → −2, −100 %.
    expect([section.table[at("about-to-sleep")]!.customersDelta, section.table[at("about-to-sleep")]!.customersDeltaRelative]).toEqual([-2, -1]);
    // P R2 FM4, S R4 FM2, T R1 FM1.
    expect(section.grid).toEqual([
      [1, 0, 0, 0, 0],
      [0, 0, 0, 1, 0],
      [0, 0, 0, 0, 0],
      [0, 1, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
    expect(section.totals).toEqual({ customers: 3, revenue: 120, windowRevenue: 225 });
    expect(section.rules[0]).toEqual({ segment: "champions", r: [5, 5], fm: [4, 5] });
  });

  it("has a migration from the previous month and from a year earlier for every month, and the alert counts", () => {
    expect(section.migrations.map((m) => [m.month, m.previous.from, m.yearAgo.from])).toEqual([
      ["2024-01", "2023-12", "2023-01"],
      ["2024-02", "2024-01", "2023-02"],
      ["2024-03", "2024-02", "2023-03"],
    ]);
    const cell = (counts: (number | null)[][], from: string, to: string) => counts[from === "new" ? 11 : at(from)]![to === "out" ? 11 : at(to)];
    // January: everyone is new (nobody bought before 2024).
    const jan = section.migrations[0]!.previous.counts;
    expect([cell(jan, "new", "about-to-sleep"), cell(jan, "new", "hibernating"), cell(jan, "new", "potential-loyalist")]).toEqual([2, 1, 1]);
    const mar = section.migrations[2]!.previous.counts;
    expect([cell(mar, "champions", "at-risk"), cell(mar, "about-to-sleep", "out"), cell(mar, "at-risk", "potential-loyalist"), cell(mar, "potential-loyalist", "lost")]).toEqual([1, 2, 1, 1]);
    expect(section.alerts).toEqual([
      {
        from: ["champions", "loyal", "cant-lose-them"],
        to: ["at-risk", "lost", "hibernating"],
        label: "Kampioen, Loyale klant, Mag niet gaan → Dreigt te vertrekken, Vertrokken, Winterslaap",
        latest: 1,
        months: [0, 0, 1],
      },
    ]);
  });

  it("is deterministic: the same input gives the same JSON", () => {
    const again = rfmSection(storeOf(MOVES), config, JAN, MAR);
    expect(JSON.stringify(again.section)).toBe(JSON.stringify(section));
    expect(JSON.stringify(again.series)).toBe(JSON.stringify(series));
  });
});

describe("rfmSection on MOVES with k = 2", () => {
  const { series, section } = rfmSection(storeOf(MOVES), configOf({ minGroupSize: 2, rfm: { windowMonths: 2 } }), JAN, MAR);
  const values = (id: string) => series.find((s) => s.id === id)!.values;

  it("hides the segments of one customer; two hidden segments together hold ≥ 2", () => {
    // Jan: hibernating 1, potential-loyalist 1 hidden (together 2); about-to-sleep 2 shown.
    // Feb: champions, at-risk, potential-loyalist (1 each) hidden; about-to-sleep 2 shown. Mar: all three hidden.
    expect(values("segment.about-to-sleep.customers")).toEqual([2, 2, 0]);
    expect(values("segment.hibernating.customers")).toEqual([null, 0, 0]);
    expect(values("segment.potential-loyalist.customers")).toEqual([null, null, null]);
    expect(values("segment.champions.customers")).toEqual([0, null, 0]);
    expect(values("segment.lost.customers")).toEqual([0, 0, null]);
    expect(section.totals.customers).toBe(3);
  });

  it("hides revenue bought by fewer than k customers, and its share", () => {
    // Jan about-to-sleep: P and Q bought → 110 shown. Feb about-to-sleep: only U (a return) → hidden.
    expect(values("segment.about-to-sleep.revenue")).toEqual([110, null, 0]);
    expect(values("segment.about-to-sleep.revenue_share")).toEqual([0.3056, null, 0]);
    expect(values("segment.potential-loyalist.revenue")).toEqual([null, null, null]);
  });

  it("hides the March table rows, grid cells, migration cells and the alert of single customers", () => {
    expect(section.table[at("at-risk")]).toMatchObject({ customers: null, share: null, revenue: null, windowRevenue: null, averageOrderValue: null, customersDelta: null });
    expect(section.grid.flat().filter((v) => v === null)).toHaveLength(3);
    // Feb → Mar: only about-to-sleep → out (Q, U: 2) is shown; the three single moves are hidden.
    const counts = section.migrations[2]!.previous.counts;
    expect(counts[at("about-to-sleep")]![11]).toBe(2);
    expect(counts.flat().filter((v) => v === null)).toHaveLength(3);
    expect(counts.flat().filter((v) => v !== null && v > 0)).toEqual([2]);
    expect(section.alerts[0]!.months).toEqual([0, 0, null]);
  });
});

/** Rank of an integer matrix by fraction-free (Bareiss) elimination with BigInt: exact. */
function rank(rows: number[][]): number {
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

describe("rfmSection on CDNOW (k = 10 and k = 50): nothing small shows, nothing hidden can be subtracted back", () => {
  const store = storeOf(readCdnowRows());
  const first = parseMonthKey("1997-01");
  const last = parseMonthKey("1998-06");
  const history = rfmHistory(store, first - 12, last);
  const snap = new Map(history.snapshots.map((s) => [s.month, s]));

  for (const k of [10, 50]) {
    const { series, section } = rfmSection(store, configOf({ minGroupSize: k }), first, last);

    it(`k = ${k}: every shown count is 0 or ≥ k; hidden sizes are ≥ 2 per month and hold ≥ k together`, () => {
      for (let i = 0; i <= last - first; i++) {
        const raw = snap.get(first + i)!.sizes;
        const shown = SEGMENT_IDS.map((id) => series.find((s) => s.id === `segment.${id}.customers`)!.values[i]!);
        const hidden = raw.filter((_, s) => shown[s] === null);
        expect(shown.every((v, s) => v === null || v === raw[s])).toBe(true);
        expect(shown.every((v) => v === null || v === 0 || v >= k)).toBe(true);
        expect(hidden.filter((v) => v > 0).length === 0 || (hidden.length >= 2 && hidden.reduce((a, b) => a + b, 0) >= k)).toBe(true);
      }
      for (const m of section.migrations) for (const matrix of [m.previous, m.yearAgo]) expect(matrix.counts.flat().every((v) => v === null || v === 0 || v >= k)).toBe(true);
      expect(section.grid.flat().every((v) => v === null || v === 0 || v >= k)).toBe(true);
    });

    it(`k = ${k}: no hidden migration cell is a linear combination of what is published (exact rank test)`, () => {
      let hiddenCells = 0;
      for (const [i, m] of section.migrations.entries()) {
        const month = first + i;
        for (const [lag, matrix] of [[1, m.previous], [12, m.yearAgo]] as const) {
          const raw = segmentMigration(snap.get(month - lag)!.segment, snap.get(month)!.segment, month - lag, month).counts.flat();
          const shown = matrix.counts.flat();
          expect(shown.every((v, c) => v === null || v === raw[c])).toBe(true);
          // Published equations over all 144 cells: rows/columns whose segment size is shown (a month before
          // the axis counts as shown: the strict case), the two months' totals, shown alert counts (previous
          // month only). Shown cells are known numbers, so only the hidden cells remain as unknowns.
          const hidden = shown.flatMap((v, c) => (v === null ? [c] : []));
          const sizeShown = (mm: number, s: number) => mm < first || series.find((x) => x.id === `segment.${SEGMENT_IDS[s]}.customers`)!.values[mm - first] !== null;
          const sets: ((c: number) => boolean)[] = [(c) => Math.floor(c / 12) < 11, (c) => c % 12 < 11];
          for (let s = 0; s < 11; s++) {
            if (sizeShown(month - lag, s)) sets.push((c) => Math.floor(c / 12) === s);
            if (sizeShown(month, s)) sets.push((c) => c % 12 === s);
          }
          if (lag === 1) {
            for (const a of section.alerts) {
              if (a.months[i] === null) continue;
              const from = new Set(a.from.map(at));
              const to = new Set(a.to.map(at));
              sets.push((c) => from.has(Math.floor(c / 12)) && to.has(c % 12) && Math.floor(c / 12) !== c % 12);
            }
          }
          const equations = sets.map((inSet) => hidden.map((c) => (inSet(c) ? 1 : 0)));
          const base = rank(equations);
          hidden.forEach((c, h) => {
            if (raw[c] === 0) return; // an empty cell hidden for protection gives nobody away
            hiddenCells++;
            expect(rank([...equations, hidden.map((_, j) => (j === h ? 1 : 0))]), `${m.month} lag ${lag} cell ${c}`).toBe(base + 1);
          });
        }
      }
      expect(hiddenCells).toBeGreaterThan(0);
    });

    it(`k = ${k}: no hidden grid cell follows from the shown cells, the shown segment sizes and the total`, () => {
      const raw = snap.get(last)!.grid.flat();
      const shown = section.grid.flat();
      expect(shown.every((v, c) => v === null || v === raw[c])).toBe(true);
      const hidden = shown.flatMap((v, c) => (v === null ? [c] : []));
      // The documented rule table: segment of R = r (rows 1..5), FM = fm.
      const table = [
        ["lost", "hibernating", "at-risk", "cant-lose-them", "cant-lose-them"],
        ["hibernating", "about-to-sleep", "at-risk", "at-risk", "cant-lose-them"],
        ["about-to-sleep", "need-attention", "need-attention", "loyal", "loyal"],
        ["promising", "potential-loyalist", "potential-loyalist", "loyal", "champions"],
        ["new-customers", "potential-loyalist", "potential-loyalist", "champions", "champions"],
      ].flat();
      const sets: ((c: number) => boolean)[] = [() => true];
      for (const id of SEGMENT_IDS) if (section.table[at(id)]!.customers !== null) sets.push((c) => table[c] === id);
      const equations = sets.map((inSet) => hidden.map((c) => (inSet(c) ? 1 : 0)));
      const base = rank(equations);
      hidden.forEach((c, h) => {
        if (raw[c] === 0) return;
        expect(rank([...equations, hidden.map((_, j) => (j === h ? 1 : 0))]), `grid cell ${c}`).toBe(base + 1);
      });
    });
  }
});
