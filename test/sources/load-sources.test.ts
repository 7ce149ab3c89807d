/**
 * No silent loss through the whole transaction loader: every record of a damaged or messy
 * file is accepted or rejected with a reason, whole-file problems are clear messages naming
 * `data/…` and the line, and exports the issue found undescribable load through options alone.
 */
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { monthOfDay } from "../../loaders/lib/months.ts";
import { monthlySales } from "../../loaders/metrics/monthly-sales.ts";
import { LoadError } from "../../loaders/model/load-error.ts";
import { checkThreshold, loadSources } from "../../loaders/sources/load-sources.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import { config, dataDir } from "./helpers.ts";

const PLAIN = `files: "*.csv"
format: { delimiter: ",", date: yyyy-mm-dd }
columns: { orderId: order, customerId: customer, date: date, amount: amount, product: product }
channel: web`;

async function load(files: Record<string, string | Uint8Array>, source = PLAIN) {
  const dir = await dataDir({ "klantbeeld.yaml": config(source), ...files });
  return loadSources(await readConfig(dir), dir);
}

const fixture = (name: string) => readFile(new URL(`../fixtures/hostile/${name}`, import.meta.url));

describe("loadSources: every record accounted for", () => {
  it("rejects the record of an unterminated quote, reads the rest, and fails the load naming the line", async () => {
    // 1,000 records; record 989 (line 990) opens a quote in the product cell and never closes it.
    const lines = ["order,customer,date,amount,product"];
    for (let i = 1; i <= 1000; i++) lines.push(`${i},K${i % 7},2025-01-${String((i % 28) + 1).padStart(2, "0")},1.00,${i === 989 ? '"open' : "p"}`);
    const { accounts, store } = await load({ "a.csv": `${lines.join("\n")}\n` });
    expect(accounts[0]).toMatchObject({ rowsRead: 1000, rowsAccepted: 999, rowsRejected: 1, reasons: { unterminated_quote: 1 } });
    expect(accounts[0]!.rejections[0]).toMatchObject({ line: 990, reason: "unterminated_quote" });
    expect(store.orders.length).toBe(999);
    // Whatever the threshold: the file is damaged.
    expect(() => checkThreshold(accounts, 1)).toThrow(/data\/a\.csv:990 a quote \("\) that opens a cell on this line is never closed/);
  });

  it("fails the load on an open quote also when its line is past the kept rejection details", async () => {
    // 250 rows with a wrong number of cells fill the 200 kept rejections; the open quote is row 251 (line 252).
    const lines = ["order,customer,date,amount,product", ...Array.from({ length: 250 }, (_, i) => `${i},x`), '251,K1,2025-01-02,1.00,"open', "252,K1,2025-01-02,1.00,p"];
    const { accounts } = await load({ "a.csv": `${lines.join("\n")}\n` });
    expect(accounts[0]).toMatchObject({ rowsRead: 252, rowsAccepted: 1, rowsRejected: 251, reasons: { wrong_column_count: 250, unterminated_quote: 1 } });
    expect(() => checkThreshold(accounts, 1)).toThrow(/data\/a\.csv: 1 more quotes that are never closed/);
  });

  it("rejects a row with replaced bytes in an id, amount or date cell, and warns with the line elsewhere", async () => {
    const head = "order,customer,date,amount,product\n";
    const bad = Buffer.from([0xe9]); // Latin-1 é in a UTF-8 file
    const bytes = Buffer.concat([
      Buffer.from(`${head}1,K1,2025-01-02,5.00,caf`), bad, Buffer.from("\n"), // line 2: product → warning
      Buffer.from("2,K"), bad, Buffer.from(",2025-01-02,5.00,p\n"), // line 3: customer → rejected
      Buffer.from("3,K2,2025-01-02,5"), bad, Buffer.from(",p\n"), // line 4: amount → rejected
      Buffer.from("4,K3,2025-01-03,1.00,p\n"),
    ]);
    const { accounts } = await load({ "a.csv": bytes });
    expect(accounts[0]).toMatchObject({ rowsRead: 4, rowsAccepted: 2, rowsRejected: 2, reasons: { invalid_encoding: 2 } });
    expect(accounts[0]!.rejections.map((r) => [r.line, r.column, r.reason])).toEqual([
      [3, "customer", "invalid_encoding"],
      [4, "amount", "invalid_encoding"],
    ]);
    expect(accounts[0]!.warnings).toEqual([
      'data/a.csv:2 bytes that are not valid utf-8 were replaced in column "product" on line 2; the rows were kept. Is the file\'s encoding set right in data/klantbeeld.yaml?',
    ]);
    expect(JSON.stringify(accounts)).not.toContain("caf");
  });

  it("refuses a header that names a mapped column twice, naming both positions", async () => {
    const error = await load({ "a.csv": "order,customer,date,amount,date,product\n1,K1,2025-01-02,5,2025-01-03,p\n" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toBe(
      'data/a.csv:1 column "date" (date) appears twice in the header, as column 3 and column 5; rename one of them in the export so it is clear which one is meant.',
    );
  });

  it("gives a message, not a crash, when the glob matches a folder", async () => {
    const dir = await dataDir({ "klantbeeld.yaml": config(PLAIN), "a.csv": "order,customer,date,amount,product\n1,K1,2025-01-02,5,p\n" });
    await mkdir(join(dir, "zz.csv"));
    const error = await loadSources(await readConfig(dir), dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toMatch(/^data\/zz\.csv is a folder, but the files pattern "\*\.csv" of source "test"/);
  });

  it("names the first file and line of an order a later file repeats", async () => {
    const head = "order,customer,date,amount,product\n";
    const { accounts } = await load({ "a.csv": `${head}1,K1,2025-01-02,5,p\n2,K1,2025-01-03,6,p\n`, "b.csv": `${head}3,K2,2025-01-04,7,p\n2,K1,2025-01-03,6,p\n` });
    expect(accounts[1]!.rejections).toEqual([
      { file: "b.csv", line: 3, column: "order", reason: "duplicate_order", expected: "an order id not already loaded from a.csv (first at data/a.csv:3)" },
    ]);
  });

  it("names the first line of a repeated order also when the first file was not in day order", async () => {
    const head = "order,customer,date,amount,product\n";
    // a.csv: order 1 (lines 2 and 4) after order 2 (line 3) by day, so its orders are re-sorted.
    const a = `${head}1,K1,2025-01-09,5,p\n2,K1,2025-01-03,6,p\n1,K1,2025-01-09,1,q\n3,K2,2025-01-01,2,p\n`;
    const { accounts } = await load({ "a.csv": a, "b.csv": `${head}1,K1,2025-01-09,5,p\n3,K2,2025-01-01,2,p\n` });
    expect(accounts[1]!.rejections.map((r) => [r.line, r.expected])).toEqual([
      [2, "an order id not already loaded from a.csv (first at data/a.csv:2)"],
      [3, "an order id not already loaded from a.csv (first at data/a.csv:5)"],
    ]);
  });
});

describe("loadSources: exports described by options alone", () => {
  it("reads an Excel retail export: m/d/yyyy H:MM, C-prefixed cancellations, integer customer ids, no channel column", async () => {
    const source = `files: "*.csv"
format: { delimiter: ",", date: m/d/yyyy }
columns: { orderId: InvoiceNo, customerId: CustomerID, date: InvoiceDate, quantity: Quantity, unitPrice: UnitPrice, product: StockCode }
returns: { orderIdPrefix: C }
customerIdFormat: integer`;
    const { accounts, store } = await load({ "retail.csv": await fixture("retail-excel.csv") }, source);
    // 7 rows: the A write-off is negative but not marked; "9:5" is no time.
    expect(accounts[0]).toMatchObject({ rowsRead: 7, rowsAccepted: 5, rowsRejected: 2, reasons: { unmarked_negative: 1, invalid_date: 1 } });
    expect(accounts[0]!.rejections.map((r) => [r.line, r.reason])).toEqual([
      [7, "unmarked_negative"],
      [8, "invalid_date"],
    ]);
    // 17850.0 and 17850 are one customer: 17850, 14527, 17809.
    expect(store.customerIds).toEqual(["17850", "14527", "17809"]);
    expect(store.channels).toEqual(["test"]);
    // 536365: 6 × 2.55 + 6 × 3.39 = 35.64; 536366: 6 × 1.85 = 11.10; C536379: −27.50; 536380: 24 × 1.45 = 34.80.
    expect(Array.from(store.orders.amount)).toEqual([35.64, 11.1, -27.5, 34.8]);
    expect(Array.from(store.orders.day).every((d) => d === Date.UTC(2010, 11, 1) / 864e5)).toBe(true);
    const december = monthOfDay(Date.UTC(2010, 11, 1) / 864e5);
    const sales = monthlySales(store, december, december);
    expect(sales.revenue).toEqual([54.04]);
    expect(sales.returns).toEqual([1]);
  });

  it("keeps 17850.0 and 17850 apart without the declaration (never guessed), and rejects a non-integer id with it", async () => {
    const source = (extra: string) => `files: "*.csv"\nformat: { delimiter: ",", date: m/d/yyyy }\ncolumns: { customerId: c, date: d, amount: a }\n${extra}`;
    const text = "c,d,a\n17850.0,12/1/2010,1\n17850,12/1/2010,1\n017850,12/1/2010,1\n1785x,12/1/2010,1\n";
    expect((await load({ "a.csv": text }, source(""))).store.customerIds).toEqual(["17850.0", "17850", "017850", "1785x"]);
    const declared = await load({ "a.csv": text }, source("customerIdFormat: integer"));
    expect(declared.store.customerIds).toEqual(["17850"]);
    expect(declared.accounts[0]!.rejections.map((r) => [r.line, r.reason])).toEqual([[5, "invalid_customer_id"]]);
  });

  it("marks returns by a flag column", async () => {
    const source = `files: "*.csv"\nformat: { delimiter: ";", date: d-m-yyyy }\ncolumns: { orderId: bon, date: datum, amount: bedrag }\nreturns: { column: soort, values: [Retour] }`;
    const text = "bon;datum;bedrag;soort\n1;1-3-2024;10;Verkoop\n2;1-3-2024;4;retour\n3;2-3-2024;-3;Afschrijving\n";
    const { accounts, store } = await load({ "a.csv": text }, source);
    expect(Array.from(store.orders.amount)).toEqual([10, -4]);
    expect(accounts[0]!.rejections.map((r) => [r.line, r.column, r.reason])).toEqual([[4, "soort", "unmarked_negative"]]);
    expect(Array.from(store.orders.day)).toEqual([Date.UTC(2024, 2, 1) / 864e5, Date.UTC(2024, 2, 1) / 864e5]);
  });

  it("reads the CDNOW file as shipped with delimiter: whitespace", async () => {
    const source = `files: "*.txt"\nformat: { delimiter: whitespace, date: yyyymmdd }\ncolumns: { customerId: customer_id, date: date, amount: dollar_value, quantity: number_of_cds }`;
    const { accounts, store } = await load({ "cdnow.txt": await fixture("cdnow-aligned.txt") }, source);
    expect(accounts[0]).toMatchObject({ rowsRead: 12, rowsAccepted: 12, rowsRejected: 0 });
    expect(store.customerCount).toBe(4);
    // By hand from the 12 rows: 11.77 + 89.00 + 156.46 + 74.02 = 331.25.
    expect(Math.round(Array.from(store.orders.amount).reduce((a, b) => a + b, 0) * 100) / 100).toBe(331.25);
  });
});
