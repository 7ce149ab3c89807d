/**
 * The streaming loader (64 KiB chunks, byte-level cells, memoised zod) against an independent
 * in-memory reading: papaparse on the whole text and per-row logic written here. The fixture
 * puts a quoted cell with a line break across the first 64 KiB chunk boundary, so the row
 * account's line numbers after it must count that break.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { loadSources } from "../../loaders/sources/load-sources.ts";
import { parseConfig } from "../../loaders/sources/read-config.ts";

const CHUNK = 64 * 1024;
const dir = mkdtempSync(join(tmpdir(), "klantbeeld-stream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Builds the fixture: ~3 000 rows, a few bad ones, one multi-line quoted cell across byte 65 536. */
function fixture(): { text: string; boundaryInside: boolean } {
  const lines = ["order;customer;date;channel;product;category;amount"];
  let bytes = Buffer.byteLength(`${lines[0]}\r\n`);
  let straddled = false;
  let boundaryInside = false;
  for (let i = 1; i <= 3000; i++) {
    const n = Math.ceil(i / 2); // two lines per order
    const order = `A${n}`;
    const customer = n % 7 === 0 ? "" : `K${(n * 37) % 101}`;
    const day = String(1 + (Math.ceil(i / 2) % 28)).padStart(2, "0");
    const month = String(1 + (Math.ceil(i / 2) % 12)).padStart(2, "0");
    let date = `${day}-${month}-2025`;
    if (i === 1500 || i === 2999) date = "31-02-2025"; // not a real date: rejected
    const amount = `${(i % 50) + 1},${String(i % 100).padStart(2, "0")}`;
    const channel = n % 3 === 0 ? "Winkel" : "web";
    let product = `P${i % 13}`;
    // The cell that straddles the first chunk boundary: it starts shortly before byte 65 536.
    const start = bytes + Buffer.byteLength(`${order};${customer};${date};${channel};`);
    if (!straddled && start > CHUNK - 80) {
      straddled = true;
      product = `"Koffie; ""extra""\r\nmet melk en ${"x".repeat(60)}"`;
      boundaryInside = start < CHUNK && start + Buffer.byteLength(product) > CHUNK;
    }
    const line = `${order};${customer};${date};${channel};${product};cat${i % 4};${amount}`;
    lines.push(line);
    bytes += Buffer.byteLength(`${line}\r\n`);
  }
  return { text: `${lines.join("\r\n")}\r\n`, boundaryInside };
}

const { text, boundaryInside } = fixture();
writeFileSync(join(dir, "export.csv"), text);
const config = parseConfig({
  version: 1,
  timeZone: "Europe/Amsterdam",
  sources: [
    {
      name: "winkel",
      kind: "transactions",
      files: "export.csv",
      format: { delimiter: ";", decimal: ",", date: "dd-mm-yyyy" },
      columns: { orderId: "order", customerId: "customer", date: "date", channel: "channel", product: "product", category: "category", amount: "amount" },
      channelMap: { winkel: "store" },
    },
  ],
});

/** The in-memory reading: whole text → papaparse → rows with physical lines → per customer. */
function inMemory() {
  const rows = Papa.parse<string[]>(text, { delimiter: ";" }).data;
  let line = 1;
  const records: { cells: string[]; line: number }[] = [];
  for (const cells of rows) {
    const start = line;
    line += 1 + cells.reduce((n, cell) => n + (cell.split("\n").length - 1), 0);
    if (cells.length === 1 && cells[0] === "") continue;
    records.push({ cells, line: start });
  }
  const [, ...data] = records;
  const rejectedLines: number[] = [];
  const orders = new Map<string, { customer: string; cents: number }>();
  for (const { cells, line: at } of data) {
    const [order, customer, date, , , , amount] = cells as [string, string, string, string, string, string, string];
    const [d, m, y] = date.split("-").map(Number) as [number, number, number];
    if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) {
      rejectedLines.push(at);
      continue;
    }
    const [whole, fraction] = amount.split(",") as [string, string];
    const cents = Number(whole) * 100 + Number(fraction);
    const known = orders.get(order);
    if (known) known.cents += cents;
    else orders.set(order, { customer, cents });
  }
  const perCustomer = new Map<string, { orders: number; cents: number }>();
  for (const { customer, cents } of orders.values()) {
    if (customer === "") continue;
    const c = perCustomer.get(customer) ?? { orders: 0, cents: 0 };
    c.orders++;
    c.cents += cents;
    perCustomer.set(customer, c);
  }
  return { rowsRead: data.length, rejectedLines, perCustomer, orders: orders.size };
}

describe("streaming load vs in-memory reading", () => {
  it("has a quoted line break across the first 64 KiB chunk boundary", () => {
    expect(boundaryInside).toBe(true);
  });

  it("gives the same row account, per-customer totals and order counts", async () => {
    const expected = inMemory();
    const { store, accounts } = await loadSources(config, dir);
    const [account] = accounts;
    expect(account!.rowsRead).toBe(expected.rowsRead);
    expect(account!.rowsAccepted).toBe(expected.rowsRead - expected.rejectedLines.length);
    expect(account!.rejections.map((r) => r.line)).toEqual(expected.rejectedLines);
    expect(account!.rejections.every((r) => r.reason === "invalid_date" && r.column === "date")).toBe(true);
    expect(store.orders.length).toBe(expected.orders);

    const actual = new Map<string, { orders: number; cents: number }>();
    for (let i = 0; i < store.orders.length; i++) {
      const c = store.orders.customer[i]!;
      if (c < 0) continue;
      const id = store.customerIds[c]!;
      const entry = actual.get(id) ?? { orders: 0, cents: 0 };
      entry.orders++;
      entry.cents += Math.round(store.orders.amount[i]! * 100);
      actual.set(id, entry);
    }
    expect(actual).toEqual(expected.perCustomer);
  });

  it("reads the multi-line cell whole, quotes unescaped", async () => {
    const { store } = await loadSources(config, dir);
    expect(store.products.filter((p) => p.includes("\n"))).toEqual([`Koffie; "extra"\nmet melk en ${"x".repeat(60)}`]);
  });
});
