import { readFileSync } from "node:fs";
import type { TransactionSource } from "../../loaders/schemas/config.ts";
import { ProductSourceSchema } from "../../loaders/schemas/products.ts";
import { join } from "node:path";
import { SHARED_DATA } from "../real-data.ts";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { categoryPairs } from "../../loaders/metrics/category-pairs.ts";
import { loadCommercialSources } from "../../loaders/sources/load-commercial.ts";
import { loadSources } from "../../loaders/sources/load-sources.ts";
import { lineAttributes } from "../../loaders/sources/products.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
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

describe("categoryPairs on the Complete Journey sample (departments from products.csv)", () => {
  it("matches a separate count from the raw CSVs", async () => {
    const dir = join(SHARED_DATA, "complete_journey");
    const config = await readConfig(dir, new URL("../fixtures/real/complete-journey.yaml", import.meta.url).pathname);
    // The store keeps only lines that name a category, and this export has none: map the
    // product id as the transactions' category so every line is kept; the products file then
    // supplies the department (lines of products it does not list keep their product id).
    const source = config.sources[0]! as TransactionSource;
    source.columns = { ...source.columns, category: "product_id" };
    config.sources.push(ProductSourceSchema.parse({ name: "producten", kind: "products", files: "products.csv", columns: { product: "product_id", category: "department" } }));
    const { store, accounts } = await loadSources(config, dir);
    const commercial = await loadCommercialSources(config, dir);
    // One row has sales_value 4.440892e-16 (float noise in exponent form), which the strict loader rejects.
    expect(accounts[0]!.rejections.map((r) => [r.line, r.reason])).toEqual([[48832, "invalid_amount"]]);
    const attributes = lineAttributes(store, commercial.products);
    const result = categoryPairs(store, attributes, { fromDay: -Infinity, toDay: Infinity, minCount: 10, top: 500 });

    // Independent count: household → department → first local day, straight from the CSV text.
    const parse = (file: string) => Papa.parse<Record<string, string>>(readFileSync(`${dir}/${file}`, "utf8"), { header: true, skipEmptyLines: true }).data;
    const department = new Map<string, string>();
    for (const p of parse("products.csv")) if (p["department"]) department.set(p["product_id"]!, p["department"]);
    const first = new Map<string, Map<string, string>>();
    for (const t of parse("transactions_sample.csv")) {
      if (!/^\d+(\.\d+)?$/.test(t["sales_value"]!) || !(Number(t["sales_value"]) > 0)) continue;
      const dept = department.get(t["product_id"]!) ?? t["product_id"]!;
      const date = t["transaction_timestamp"]!.slice(0, 10); // New York local time, the report zone
      let mine = first.get(t["household_id"]!);
      if (!mine) first.set(t["household_id"]!, (mine = new Map()));
      const known = mine.get(dept);
      if (known === undefined || date < known) mine.set(dept, date);
    }
    const pairCount = new Map<string, number>();
    const buyers = new Map<string, number>();
    for (const mine of first.values()) {
      for (const [x, dx] of mine) {
        buyers.set(x, (buyers.get(x) ?? 0) + 1);
        for (const [y, dy] of mine) if (dx < dy) pairCount.set(`${x}>${y}`, (pairCount.get(`${x}>${y}`) ?? 0) + 1);
      }
    }
    const expected = [...pairCount].filter(([, n]) => n >= 10).map(([key]) => key).sort();

    expect(result.customers).toBe(first.size);
    expect(result.pairsSeen).toBe(pairCount.size);
    expect(result.pairs.map((p) => `${p.from}>${p.to}`).sort()).toEqual(expected);
    for (const p of result.pairs) {
      const n = pairCount.get(`${p.from}>${p.to}`)!;
      expect(p.customers).toBe(n);
      expect(p.lift).toBeCloseTo((n / buyers.get(p.from)!) / (buyers.get(p.to)! / first.size), 12);
    }
    // The strongest pairs are real structure, not noise: well above 1.
    expect(result.pairs[0]!.lift).toBeGreaterThan(1);
  });
});
