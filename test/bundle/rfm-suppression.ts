/**
 * The RFM section's small-group suppression checked on real CDNOW orders, as one describe block
 * that test/bundle/rfm.test.ts runs on the committed extract and test/large on the whole file.
 */
import { describe, expect, it } from "vitest";
import { rfmSection } from "../../loaders/bundle/rfm.ts";
import { parseMonthKey } from "../../loaders/lib/months.ts";
import { rfmHistory } from "../../loaders/metrics/rfm-history.ts";
import { SEGMENT_IDS } from "../../loaders/metrics/rfm-segments.ts";
import { segmentMigration } from "../../loaders/metrics/segment-migration.ts";
import { ConfigSchema } from "../../loaders/schemas/config.ts";
import { rank } from "../lib/rank.ts";
import { type OrderRow, storeOf } from "../metrics/rfm-store.ts";

const configOf = (extra: Record<string, unknown>) =>
  ConfigSchema.parse({ version: 1, sources: [{ name: "t", kind: "transactions", files: "t.csv", columns: { date: "d", amount: "a" } }], ...extra });
const at = (id: string) => SEGMENT_IDS.indexOf(id as (typeof SEGMENT_IDS)[number]);

/** Registers the suppression checks on the given orders (named in the describe title). */
export function describeSuppression(name: string, rows: readonly OrderRow[]): void {
  describe(`rfmSection on ${name} (k = 10 and k = 50): nothing small shows, nothing hidden can be subtracted back`, () => {
  const store = storeOf(rows);
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
}
