import { describe, expect, it } from "vitest";
import { categoryPairs } from "../../loaders/metrics/category-pairs.ts";
import { lineAttributes } from "../../loaders/sources/products.ts";
import { catalogOf, isoDay, type LineRow, storeOfLines } from "./commercial-store.ts";

const ROWS: LineRow[] = [
  ["a1", "A", "2025-01-01", "web", "mobiel", null, 10],
  ["a2", "A", "2025-01-02", "web", "tv", null, 10],
  ["a3", "A", "2025-01-03", "web", "internet", null, 10],
  ["b1", "B", "2025-01-01", "web", "mobiel", null, 10],
  ["b1", "B", "2025-01-01", "web", "tv", null, 10], // same day as mobiel: no order between them
  ["b2", "B", "2025-01-05", "web", "internet", null, 10],
  ["b3", "B", "2025-01-06", "web", "mobiel", null, 10], // not B's first mobiel
  ["c1", "C", "2025-01-01", "web", "tv", null, 10],
  ["c2", "C", "2025-01-04", "web", "mobiel", null, 10],
  ["d1", "D", "2025-01-01", "web", "internet", null, 10],
  ["e1", "E", "2025-01-01", "web", "mobiel", null, 10],
  ["e2", "E", "2025-01-02", "web", "tv", null, -10], // a return is no purchase
  ["u1", null, "2025-01-01", "web", "tv", null, 10], // unregistered
  ["f1", "F", "2025-02-01", "web", "tv", null, 10], // outside the window
];
const WINDOW = { fromDay: isoDay("2025-01-01"), toDay: isoDay("2025-01-31") };

describe("categoryPairs", () => {
  it("counts customers who bought X on an earlier day than Y, with support, confidence and lift by hand", () => {
    const store = storeOfLines(ROWS);
    const result = categoryPairs(store, lineAttributes(store, catalogOf([])), { ...WINDOW, minCount: 2, top: 10 });
    // N = 5 (A–E); n(mobiel) = 4, n(tv) = 3 (A, B, C), n(internet) = 3 (A, B, D).
    expect(result.customers).toBe(5);
    expect(result.categoryCustomers).toEqual({ internet: 3, mobiel: 4, tv: 3 });
    // Pairs: mobiel→tv {A}, mobiel→internet {A, B}, tv→internet {A, B}, tv→mobiel {C}.
    expect(result.pairsSeen).toBe(4);
    expect(result.pairs.map((p) => [p.from, p.to, p.customers])).toEqual([
      ["tv", "internet", 2], // lift (2/3) ÷ (3/5) = 10/9
      ["mobiel", "internet", 2], // lift (2/4) ÷ (3/5) = 5/6
    ]);
    const [tvInternet, mobielInternet] = result.pairs;
    expect(tvInternet!.support).toBeCloseTo(2 / 5, 12);
    expect(tvInternet!.confidence).toBeCloseTo(2 / 3, 12);
    expect(tvInternet!.lift).toBeCloseTo(10 / 9, 12);
    expect(mobielInternet!.confidence).toBeCloseTo(1 / 2, 12);
    expect(mobielInternet!.lift).toBeCloseTo(5 / 6, 12);
  });

  it("keeps pairs below the minimum out and cuts at top", () => {
    const store = storeOfLines(ROWS);
    const all = categoryPairs(store, lineAttributes(store, catalogOf([])), { ...WINDOW, minCount: 1, top: 10 });
    expect(all.pairs.map((p) => `${p.from}>${p.to}`).sort()).toEqual(["mobiel>internet", "mobiel>tv", "tv>internet", "tv>mobiel"]);
    const top1 = categoryPairs(store, lineAttributes(store, catalogOf([])), { ...WINDOW, minCount: 1, top: 1 });
    expect(top1.pairs.map((p) => `${p.from}>${p.to}`)).toEqual(["tv>internet"]);
  });
});
