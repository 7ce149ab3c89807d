import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distinctRfm, prepareRows } from "../../loaders/metrics/bg-nbd-rows.ts";

describe("distinctRfm", () => {
  it("groups whole-day weeks by number exactly as by text, in order of first appearance", () => {
    const data = { x: [0, 2, 2, 0, 2, 1], tx: [0, 3, 3, 0, 20 / 7, 1], T: [5, 6, 6, 5, 6, 40 / 7] };
    const rows = distinctRfm(data);
    expect(Array.from(rows.row)).toEqual([0, 1, 1, 0, 2, 3]);
    expect(Array.from(rows.weight)).toEqual([2, 2, 1, 1]);
    expect(Array.from(rows.tx)).toEqual([0, 3, 20 / 7, 1]);
    expect(Array.from(rows.T)).toEqual([5, 6, 6, 40 / 7]);
  });

  it("falls back to exact text keys for weeks that are not whole days (0.1 and 0.1 + 1e-12 stay apart)", () => {
    const rows = distinctRfm({ x: [1, 1, 1], tx: [0.1, 0.1 + 1e-12, 0.1], T: [1, 1, 1] });
    expect(Array.from(rows.row)).toEqual([0, 1, 0]);
    expect(Array.from(rows.weight)).toEqual([2, 1]);
  });
});

describe("prepareRows", () => {
  it("numbers the distinct x, T and t_x in order of first appearance and packs each row's three indices", () => {
    const rows = distinctRfm({ x: [0, 2, 2, 1, 2], tx: [0, 3, 1, 1, 3], T: [5, 6, 6, 40 / 7, 5] });
    // Distinct rows: (0,0,5) (2,3,6) (2,1,6) (1,1,40/7) (2,3,5).
    const prepared = prepareRows(rows);
    expect(Array.from(prepared.x.values)).toEqual([0, 2, 1]);
    expect(Array.from(prepared.x.index)).toEqual([0, 1, 1, 2, 1]);
    expect(Array.from(prepared.T.values)).toEqual([5, 6, 40 / 7]);
    expect(Array.from(prepared.T.index)).toEqual([0, 1, 1, 2, 0]);
    expect(Array.from(prepared.tx.values)).toEqual([0, 3, 1]);
    expect(Array.from(prepared.tx.index)).toEqual([0, 1, 2, 2, 1]);
    expect(Array.from(prepared.xWeight)).toEqual([1, 3, 1]);
    expect(Array.from(prepared.packed)).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 1, 0, 1]);
    expect(prepareRows(rows)).toBe(prepared);
  });

  it("numbers weeks that are not whole days the same way (by a Map), −0 taken as 0", () => {
    const rows = { x: Float64Array.of(1, 0, 1), tx: Float64Array.of(0.1, -0, 0.1), T: Float64Array.of(0.3, 0.2, 0.25), weight: Float64Array.of(1, 1, 1), row: new Int32Array(0) };
    const prepared = prepareRows(rows);
    expect(Array.from(prepared.T.values)).toEqual([0.3, 0.2, 0.25]);
    expect(Array.from(prepared.tx.values)).toEqual([0.1, 0]);
    expect(Object.is(prepared.tx.values[1], 0)).toBe(true);
    expect(Array.from(prepared.tx.index)).toEqual([0, 1, 0]);
  });

  it("gives every row the index of its own value, each value once, first appearances in order (fast-check)", () => {
    const weeks = fc.oneof(fc.integer({ min: 0, max: 3000 }).map((d) => d / 7), fc.double({ min: 0, max: 400, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), weeks, weeks), { minLength: 1, maxLength: 300 }), (triples) => {
        const rows = { x: Float64Array.from(triples, (t) => t[0]), tx: Float64Array.from(triples, (t) => t[1]), T: Float64Array.from(triples, (t) => t[2]), weight: new Float64Array(triples.length).fill(1), row: new Int32Array(0) };
        const prepared = prepareRows(rows);
        for (const [column, indexed] of [[rows.x, prepared.x], [rows.tx, prepared.tx], [rows.T, prepared.T]] as const) {
          // Independent numbering: first appearances in order, −0 as 0 (as a Map keys it).
          const expected = [...new Set(Array.from(column, (v) => (v === 0 ? 0 : v)))];
          expect(Array.from(indexed.values)).toEqual(expected);
          for (let g = 0; g < column.length; g++) expect(indexed.values[indexed.index[g]!]).toBe(column[g] === 0 ? 0 : column[g]);
        }
        column3(prepared.packed, prepared.x.index, prepared.T.index, prepared.tx.index);
      }),
      { numRuns: 200 },
    );
  });
});

/** Checks that `packed` holds the three index columns side by side. */
function column3(packed: Int32Array, x: Int32Array, T: Int32Array, tx: Int32Array): void {
  expect(packed.length).toBe(3 * x.length);
  for (let g = 0; g < x.length; g++) expect([packed[3 * g], packed[3 * g + 1], packed[3 * g + 2]]).toEqual([x[g], T[g], tx[g]]);
}
