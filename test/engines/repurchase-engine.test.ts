import { describe, expect, it } from "vitest";
import { distinctRowsOf } from "../../loaders/engines/repurchase-engine.ts";
import { bgNbd } from "../../loaders/metrics/bg-nbd.ts";

describe("repurchase from pushed-down counts", () => {
  // (x, t_x days, T days, customers), as the engine counts them per segment: the second and third coincide.
  const TUPLES = [
    { x: 0, txDays: 0, tDays: 70, n: 3 },
    { x: 2, txDays: 14, tDays: 35, n: 2 },
    { x: 2, txDays: 14, tDays: 35, n: 1 },
    { x: 1, txDays: 7, tDays: 70, n: 2 },
    { x: 4, txDays: 63, tDays: 70, n: 1 },
  ];

  it("merges tuples that differ only in segment or spend into one weighted (x, t_x, T) row in weeks", () => {
    const rows = distinctRowsOf(TUPLES);
    expect(Array.from(rows.x)).toEqual([0, 2, 1, 4]);
    expect(Array.from(rows.tx)).toEqual([0, 2, 1, 9]);
    expect(Array.from(rows.T)).toEqual([10, 5, 10, 10]);
    expect(Array.from(rows.weight)).toEqual([3, 3, 2, 1]);
  });

  it("fits the BG/NBD on weighted rows exactly as on one row per customer", () => {
    const perCustomer = { x: [] as number[], tx: [] as number[], T: [] as number[] };
    for (const t of TUPLES) {
      for (let i = 0; i < t.n; i++) {
        perCustomer.x.push(t.x);
        perCustomer.tx.push(t.txDays / 7);
        perCustomer.T.push(t.tDays / 7);
      }
    }
    const weighted = bgNbd(distinctRowsOf(TUPLES));
    const expanded = bgNbd(perCustomer);
    expect(weighted.customers).toBe(9);
    expect(weighted).toEqual(expanded);
  });
});
