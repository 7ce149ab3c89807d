import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { duckdbDialect as sql } from "../../../loaders/engines/dialects/duckdb.ts";
import { plainRows } from "../../../loaders/engines/rows.ts";
import { categoryLinesSql, classCountsSql, classifiedLinesSql, pairCountsSql, productLinesSql } from "../../../loaders/engines/sql/cross-upsell.ts";

const db = await DuckDBInstance.create(":memory:");
const connection = await db.connect();
const query = async (text: string) => plainRows((await connection.runAndReadAll(text)).getRowObjectsJS());

// Validated lines (src 0, one file): order, customer, day, cents, quantity, channel, product, category, reason.
const LINES: [string, string | null, number, number, number, string, string, string, string][] = [
  ["O1", "A", 10, 10_000, 1, "web", "P1", "tv", ""], // A's first day: both lines first
  ["O1", "A", 10, 2_000, 1, "web", "P9", "mobiel", ""],
  ["O2", "A", 20, 13_000, 1, "web", "P2", "tv", ""], // tier 2 > 1: upsell
  ["O2", "A", 20, 3_000, 1, "web", "P9", "internet", ""], // a new category: cross-sell
  ["O3", "A", 30, 11_000, 1, "web", "P3", "tv", ""], // tier 3 > 2: upsell (by price 110 < 1.2 × 130 it would be repeat)
  ["O3", "A", 30, -5_000, 1, "web", "P1", "tv", ""], // a return: not classified
  ["O4", "B", 15, 5_000, 2, "store", "", "tv", ""], // B's first day, two orders
  ["O5", "B", 15, 8_000, 1, "store", "", "tv", ""],
  ["O6", null, 12, 1_000, 1, "store", "P1", "tv", ""], // unregistered
  ["O7", "B", 40, 9_000, 1, "store", "P2", "tv", ""], // an order in conflict: left out whole
  ["O8", "B", 41, 9_000, 1, "store", "P2", "tv", "invalid_date"], // a rejected line
];

async function setUp(useTiers: boolean) {
  const text = (v: string | null) => (v === null ? "NULL" : `'${v}'`);
  const values = LINES.map(([o, c, day, cents, q, ch, p, cat, reason]) => `(0, 'f.csv', '${o}', ${text(c)}, ${day}, ${cents}, ${q}, '${ch}', ${text(p || null)}, '${cat}', '${reason}')`).join(", ");
  await connection.run(`CREATE OR REPLACE TABLE l AS SELECT * FROM (VALUES ${values}) AS t(src, file, order_id, customer_id, day, cents, quantity, channel, product, category, reason)`);
  await connection.run(`CREATE OR REPLACE TABLE o AS SELECT src, file, order_id, min(customer_id) AS customer_id, min(day) AS day, min(channel) AS channel,
    CASE WHEN order_id = 'O7' THEN 2 ELSE 1 END AS variants FROM l WHERE reason = '' GROUP BY src, file, order_id`);
  const catalog = [1, 2, 3].map((tier) => ({ product: `P${tier}`, category: "", tier, hasTier: 1 }));
  await connection.run(`CREATE OR REPLACE TABLE cl AS ${categoryLinesSql(sql, { lines: "l", orders: "o", noIds: [], asOf: 100, catalog })}`);
  await connection.run(`CREATE OR REPLACE TABLE cd AS ${classifiedLinesSql(sql, "cl", { useTiers, priceRatio: 1.2 })}`);
}

describe("cross-/upsell in SQL (DuckDB dialect)", () => {
  it("classifies each sale line against the customer's earlier days: first, cross-sell, upsell by tier", async () => {
    await setUp(true);
    const rows = await query("SELECT cid, day, cents, cls FROM cd ORDER BY cid, day, cents");
    expect(rows.map((r) => [r.cid, r.day, r.cents, r.cls])).toEqual([
      ["A", 10, 2_000, 0], ["A", 10, 10_000, 0],
      ["A", 20, 3_000, 1], ["A", 20, 13_000, 2],
      ["A", 30, 11_000, 2],
      ["B", 15, 5_000, 0], ["B", 15, 8_000, 0],
    ]);
    // Lines with a category in kept orders: O1–O6 (2 + 2 + 2 + 1 + 1 + 1), 5 of them with a listed product (P1, P2, P3, P1, P1).
    expect(await query(productLinesSql("cl"))).toEqual([{ lines: 9, matched: 5 }]);
  });

  it("falls back to the unit-price rule without tiers: 110 is below 1.2 × 130, so a repeat", async () => {
    await setUp(false);
    const rows = await query("SELECT day, cls FROM cd WHERE cid = 'A' AND day = 30");
    expect(rows).toEqual([{ day: 30, cls: 3 }]);
  });

  it("counts lines, cents, orders and customers per month, class and channel, and customers per class", async () => {
    await setUp(true);
    const month = 1970 * 12;
    const rows = await query(`SELECT * FROM (${classCountsSql(sql, "cd", month, month, 100)}) AS c ORDER BY cls, channel`);
    expect(rows).toEqual([
      { month, cls: 0, channel: "", n_lines: 0, n_cents: 0, n_orders: 0, n_customers: 2 },
      { month, cls: 0, channel: "store", n_lines: 2, n_cents: 13_000, n_orders: 2, n_customers: 1 },
      { month, cls: 0, channel: "web", n_lines: 2, n_cents: 12_000, n_orders: 1, n_customers: 1 },
      { month, cls: 1, channel: "", n_lines: 0, n_cents: 0, n_orders: 0, n_customers: 1 },
      { month, cls: 1, channel: "web", n_lines: 1, n_cents: 3_000, n_orders: 1, n_customers: 1 },
      { month, cls: 2, channel: "", n_lines: 0, n_cents: 0, n_orders: 0, n_customers: 1 },
      { month, cls: 2, channel: "web", n_lines: 2, n_cents: 24_000, n_orders: 2, n_customers: 1 },
    ]);
  });

  it("counts customers, customers per category and 'X, then Y' on a strictly later first day", async () => {
    await setUp(true);
    const rows = await query(`SELECT * FROM (${pairCountsSql(sql, "cl", 0, 100)}) AS p ORDER BY kind, a, b`);
    // A: tv and mobiel on day 10, internet on day 20; B: tv on day 15.
    expect(rows).toEqual([
      { kind: "n", a: "", b: "", n: 2 },
      { kind: "p", a: "mobiel", b: "internet", n: 1 },
      { kind: "p", a: "tv", b: "internet", n: 1 },
      { kind: "x", a: "internet", b: "", n: 1 },
      { kind: "x", a: "mobiel", b: "", n: 1 },
      { kind: "x", a: "tv", b: "", n: 2 },
    ]);
  });
});
