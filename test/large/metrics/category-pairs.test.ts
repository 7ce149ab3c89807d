/** categoryPairs on the whole Complete Journey transaction sample and products.csv (the hand-worked cases are in test/metrics/category-pairs.test.ts). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { categoryPairs } from "../../../loaders/metrics/category-pairs.ts";
import type { TransactionSource } from "../../../loaders/schemas/config.ts";
import { ProductSourceSchema } from "../../../loaders/schemas/products.ts";
import { loadCommercialSources } from "../../../loaders/sources/load-commercial.ts";
import { loadSources } from "../../../loaders/sources/load-sources.ts";
import { lineAttributes } from "../../../loaders/sources/products.ts";
import { readConfig } from "../../../loaders/sources/read-config.ts";
import { SHARED_DATA } from "../../real-data.ts";

describe("categoryPairs on the Complete Journey sample (departments from products.csv)", () => {
  it("matches a separate count from the raw CSVs", async () => {
    const dir = join(SHARED_DATA, "complete_journey");
    const config = await readConfig(dir, new URL("../../fixtures/real/complete-journey.yaml", import.meta.url).pathname);
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
