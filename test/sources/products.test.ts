/**
 * The products export through the real loader: Dutch Excel quirks, bad rows with their line and
 * column, and the join of order lines to the catalog's categories and tiers.
 */
import { describe, expect, it } from "vitest";
import { LoadError } from "../../loaders/model/load-error.ts";
import { lineAttributes } from "../../loaders/sources/products.ts";
import { StoreBuilder } from "../../loaders/sources/store-builder.ts";
import { loadCommercial } from "./commercial-helpers.ts";

const DUTCH = `  - name: producten
    kind: products
    files: products.csv
    format: { delimiter: auto, decimal: ",", thousands: "." }
    columns: { product: product_id, name: product_name, category: category, tier: tier, price: list_price }`;
const HEAD = "product_id;product_name;category;tier;list_price";

describe("products export", () => {
  it("honours sep=;, strips the BOM and reads 1.234,50 and blank tiers and prices", async () => {
    const text = `\uFEFFsep=;\r\n${HEAD}\r\nP1;Basis;mobiel;1;10,00\r\nP2;Premium;mobiel;3;1.234,50\r\nP3;Kabel;accessoires;;\r\n`;
    const { products, accounts } = await loadCommercial(DUTCH, { "products.csv": text });
    expect(products.ids).toEqual(["P1", "P2", "P3"]);
    expect(products.categories).toEqual(["mobiel", "mobiel", "accessoires"]);
    expect(products.tiers).toEqual([1, 3, null]);
    expect(products.prices).toEqual([10, 1234.5, null]);
    expect(accounts[0]).toMatchObject({ kind: "products", rowsRead: 3, rowsAccepted: 3, rowsRejected: 0 });
  });

  it("rejects a bad tier, a bad price, a repeated id and a short row, naming line and column, never the value", async () => {
    const text = [HEAD, "P1;a;x;1;1", "P2;b;x;twee;1", "P3;c;x;2;12.5", "P1;d;x;2;3", "P4;e;x", "P5;f;x;1,5;1"].join("\n");
    const { products, accounts } = await loadCommercial(DUTCH, { "products.csv": text });
    const account = accounts[0]!;
    expect(products.ids).toEqual(["P1"]);
    expect(account).toMatchObject({ rowsRead: 6, rowsAccepted: 1, rowsRejected: 5 });
    expect(account.rejections.map((r) => [r.line, r.column, r.reason])).toEqual([
      [3, "tier", "invalid_tier"],
      [4, "list_price", "invalid_price"], // 12.5 under decimal comma + thousands dot is not a number
      [5, "product_id", "duplicate_product"],
      [6, null, "wrong_column_count"],
      [7, "tier", "invalid_tier"], // a tier is a whole number
    ]);
    expect(JSON.stringify(account)).not.toMatch(/twee|12\.5|1,5/);
  });

  it("fails with file, line and column when a mapped column is missing from the header", async () => {
    const error = await loadCommercial(DUTCH, { "products.csv": "product_id;product_name;categorie;tier;list_price\n" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toMatch(/data\/products\.csv:1 column "category" \(category\) is not in the header/);
  });

  it("refuses a products source without category, tier or price", async () => {
    const source = `  - name: p\n    kind: products\n    files: products.csv\n    columns: { product: id }`;
    const error = await loadCommercial(source, { "products.csv": "id\nP1\n" }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/data\/klantbeeld\.yaml:\d+:\d+ sources\[0\]\.columns: give at least one of the columns category, tier or price/);
  });
});

describe("lineAttributes", () => {
  it("takes the catalog's category and tier where it lists the product, else the transaction's category", async () => {
    const { products } = await loadCommercial(DUTCH, {
      "products.csv": `${HEAD}\nP1;a;mobiel;2;10\nP2;b;;1;10\n`,
    });
    const builder = new StoreBuilder();
    const base = { source: 0, file: 0, orderId: null, customerId: "K", day: 1, amount: 5, quantity: 1, channel: "web" };
    builder.add({ ...base, product: "P1", category: "telefoon" }); // catalog category wins
    builder.add({ ...base, product: "P2", category: "tv" }); // catalog has no category: keeps tv, tier 1
    builder.add({ ...base, product: "P9", category: "tv" }); // not in the catalog
    builder.add({ ...base, product: null, category: "internet" });
    const store = builder.finish();
    const joined = lineAttributes(store, products);
    expect(Array.from(joined.category, (c) => joined.categories[c])).toEqual(["mobiel", "tv", "tv", "internet"]);
    expect(Array.from(joined.tier)).toEqual([2, 1, Number.NaN, Number.NaN]);
    expect(joined.matched).toBe(2);
  });
});
