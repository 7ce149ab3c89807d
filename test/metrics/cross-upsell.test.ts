import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyLines, crossUpsell, LINE_CLASSES } from "../../loaders/metrics/cross-upsell.ts";
import { UpsellSettingsSchema } from "../../loaders/schemas/commercial.ts";
import { amountScale, type Store } from "../../loaders/model/store.ts";
import { categoryPairs } from "../../loaders/metrics/category-pairs.ts";
import { toFloat } from "../../loaders/sources/exact-values.ts";
import { lineAttributes } from "../../loaders/sources/products.ts";
import { catalogOf, type LineRow, monthIndex, storeOfLines } from "./commercial-store.ts";

const CATALOG = catalogOf([
  ["P-basic", "mobiel", 1],
  ["P-plus", "mobiel", 2],
  ["P-premium", "mobiel", 3],
  ["M-X", "mobiel", null],
]);

// Classes worked out by hand (history = sale lines on earlier days).
const ROWS: LineRow[] = [
  ["O1", "K1", "2025-01-05", "web", "mobiel", "P-basic", 20], // first day → first
  ["O1", "K1", "2025-01-05", "web", "tv", "T1", 50], // first day → first
  ["O2", "K1", "2025-01-20", "web", "mobiel", "P-plus", 30], // tier 2 > 1 → upsell
  ["O2", "K1", "2025-01-20", "web", "internet", "I1", 10], // new category → cross_sell
  ["O3", "K1", "2025-02-03", "web", "tv", "T2", 55], // 55 < 1.2 × 50 → repeat
  ["O3", "K1", "2025-02-03", "web", "tv", "T3", 60], // 60 ≥ 1.2 × 50 (T2 is the same day) → upsell
  ["O4", "K1", "2025-02-10", "web", "mobiel", "P-plus", -30], // return → not classified
  ["O4", "K1", "2025-02-10", "web", "mobiel", "P-basic", 20], // tier 1 ≤ 2 → repeat
  ["O5", "K1", "2025-03-01", "web", "tv", "T4", 130, 2], // unit 65 < 1.2 × 60 → repeat
  ["O6", "K2", "2025-01-05", "app", "internet", "I1", 10], // first
  ["O7", "K2", "2025-02-10", "app", "internet", "I2", 0], // free line → not classified
  ["O7", "K2", "2025-02-10", "app", "mobiel", "P-plus", 30], // new category → cross_sell
  ["O8", "K2", "2025-03-01", "app", "mobiel", "P-premium", 100], // tier 3 > 2 → upsell
  ["O8", "K2", "2025-03-01", "app", "mobiel", "M-X", 30], // no tier: 30 < 1.2 × 30 → repeat
  ["O9", null, "2025-02-10", "store", "tv", "T1", 999], // unregistered → not classified
];
const SETTINGS = UpsellSettingsSchema.parse({});

describe("classifyLines", () => {
  it("classifies each line against the customer's earlier days, as worked out by hand", () => {
    const store = storeOfLines(ROWS);
    const codes = classifyLines(store, lineAttributes(store, CATALOG), SETTINGS);
    // Lines are stored by day; read them back with their amount and category to match the table.
    const got = Array.from(codes, (c, i) => [store.lines.amount[i]! / amountScale(store.lines.amount), store.categories[store.lines.category[i]!], c < 0 ? "-" : LINE_CLASSES[c]]);
    expect(got).toEqual([
      [20, "mobiel", "first"],
      [50, "tv", "first"],
      [10, "internet", "first"],
      [30, "mobiel", "upsell"],
      [10, "internet", "cross_sell"],
      [55, "tv", "repeat"],
      [60, "tv", "upsell"],
      [-30, "mobiel", "-"],
      [20, "mobiel", "repeat"],
      [0, "internet", "-"],
      [30, "mobiel", "cross_sell"],
      [999, "tv", "-"],
      [130, "tv", "repeat"],
      [100, "mobiel", "upsell"],
      [30, "mobiel", "repeat"],
    ]);
  });

  it("uses the price rule only when tiers are off, and the ratio from the settings", () => {
    const rows: LineRow[] = [
      ["A", "K", "2025-01-01", "web", "mobiel", "P-plus", 30],
      ["B", "K", "2025-01-02", "web", "mobiel", "P-basic", 40], // tier 1 ≤ 2, but 40 ≥ 1.2 × 30
      ["C", "K", "2025-01-03", "web", "mobiel", "M-X", 47], // no tier: 47 < 1.2 × 40 = 48
      ["D", "K", "2025-01-04", "web", "mobiel", "M-X", 56.4], // 56.4 ≥ 1.2 × 47 = 56.4: the boundary counts
    ];
    const store = storeOfLines(rows);
    const attributes = lineAttributes(store, CATALOG);
    const names = (codes: Int8Array) => Array.from(codes, (c) => LINE_CLASSES[c]);
    expect(names(classifyLines(store, attributes, SETTINGS))).toEqual(["first", "repeat", "repeat", "upsell"]);
    expect(names(classifyLines(store, attributes, { useTiers: false, priceRatio: 1.2 }))).toEqual(["first", "upsell", "repeat", "upsell"]);
    expect(names(classifyLines(store, attributes, { useTiers: false, priceRatio: 1.5 }))).toEqual(["first", "repeat", "repeat", "repeat"]);
  });
});

describe("crossUpsell", () => {
  it("counts lines, orders, customers and revenue per month and per channel", () => {
    const store = storeOfLines(ROWS);
    const result = crossUpsell(store, lineAttributes(store, CATALOG), SETTINGS, monthIndex("2025-01"), monthIndex("2025-03"));
    expect(result.classes.first).toEqual({ lines: [3, 0, 0], orders: [2, 0, 0], customers: [2, 0, 0], revenue: [80, 0, 0] });
    expect(result.classes.cross_sell).toEqual({ lines: [1, 1, 0], orders: [1, 1, 0], customers: [1, 1, 0], revenue: [10, 30, 0] });
    expect(result.classes.upsell).toEqual({ lines: [1, 1, 1], orders: [1, 1, 1], customers: [1, 1, 1], revenue: [30, 60, 100] });
    // Feb: O3 (55) and O4 (20) of K1; Mar: O5 (130) of K1 and O8 (30) of K2.
    expect(result.classes.repeat).toEqual({ lines: [0, 2, 2], orders: [0, 2, 2], customers: [0, 1, 2], revenue: [0, 75, 160] });
    expect(Object.keys(result.byChannel)).toEqual(["app", "store", "web"]);
    expect(result.byChannel["web"]!.upsell).toEqual({ lines: [1, 1, 0], orders: [1, 1, 0], customers: [1, 1, 0], revenue: [30, 60, 0] });
    expect(result.byChannel["app"]!.cross_sell.revenue).toEqual([0, 30, 0]);
    expect(result.byChannel["app"]!.upsell.revenue).toEqual([0, 0, 100]);
    expect(result.byChannel["store"]!.upsell.lines).toEqual([0, 0, 0]);
  });

  it("uses history before the first reported month and ignores lines after the last", () => {
    const store = storeOfLines(ROWS);
    const result = crossUpsell(store, lineAttributes(store, CATALOG), SETTINGS, monthIndex("2025-02"), monthIndex("2025-02"));
    expect(result.classes.first.lines).toEqual([0]);
    expect(result.classes.cross_sell.revenue).toEqual([30]);
    expect(result.classes.upsell.revenue).toEqual([60]);
    expect(result.classes.repeat.revenue).toEqual([75]);
  });
});

describe("Int32 line amounts and quantities", () => {
  /** The same store with its line amounts and quantities as Float64 values (the path before Int32 columns). */
  const asFloat = (store: Store): Store => ({
    ...store,
    lines: { ...store.lines, amount: toFloat(store.lines.amount, amountScale(store.lines.amount)), quantity: toFloat(store.lines.quantity, 1) },
  });
  const DAYS = ["2025-01-05", "2025-01-20", "2025-02-03", "2025-02-10", "2025-03-01", "2025-04-15"];
  const line = fc.record({
    category: fc.constantFrom("mobiel", "tv", "internet"),
    product: fc.constantFrom("P-basic", "P-plus", "P-premium", "M-X", "T1", null),
    cents: fc.integer({ min: -5000, max: 20000 }),
    quantity: fc.constantFrom(1, 2, 3, 0.5),
  });
  const order = fc.record({ customer: fc.constantFrom("K1", "K2", "K3", null), day: fc.constantFrom(...DAYS), channel: fc.constantFrom("web", "app"), lines: fc.array(line, { minLength: 1, maxLength: 4 }) });

  it("classify, count and pair exactly as the Float64 values do", () => {
    fc.assert(
      fc.property(fc.array(order, { minLength: 1, maxLength: 25 }), (orders) => {
        const rows: LineRow[] = orders.flatMap((o, k) => o.lines.map((l): LineRow => [`O${k}`, o.customer, o.day, o.channel, l.category, l.product, l.cents / 100, l.quantity]));
        const store = storeOfLines(rows);
        const float = asFloat(store);
        expect(store.lines.amount).toBeInstanceOf(Int32Array);
        const attributes = lineAttributes(store, CATALOG);
        expect(classifyLines(store, attributes, SETTINGS)).toEqual(classifyLines(float, attributes, SETTINGS));
        expect(classifyLines(store, attributes, { useTiers: false, priceRatio: 1.2 })).toEqual(classifyLines(float, attributes, { useTiers: false, priceRatio: 1.2 }));
        const [first, last] = [monthIndex("2025-01"), monthIndex("2025-04")];
        expect(crossUpsell(store, attributes, SETTINGS, first, last)).toEqual(crossUpsell(float, attributes, SETTINGS, first, last));
        const window = { fromDay: 0, toDay: 1e6, minCount: 1, top: 10 };
        expect(categoryPairs(store, attributes, window)).toEqual(categoryPairs(float, attributes, window));
      }),
      { numRuns: 200 },
    );
  });
});
