import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { duckdbDialect as sql } from "../../../loaders/engines/dialects/duckdb.ts";
import { plainRows } from "../../../loaders/engines/rows.ts";
import { momentCustomersSql, momentDaysSql } from "../../../loaders/engines/sql/moments.ts";
import { purchaseDaysSql } from "../../../loaders/engines/sql/repurchase.ts";

const db = await DuckDBInstance.create(":memory:");
const connection = await db.connect();
const query = async (text: string) => plainRows((await connection.runAndReadAll(text)).getRowObjectsJS());

describe("moment inputs in SQL (DuckDB dialect)", () => {
  it("returns only the listed customers: purchase days, RFM group, window net cents and last purchase", async () => {
    // Kept orders: customer, day, cents. K1: purchases on 10 and 50, a return on 55; K2: one purchase on 20; K9 is not listed.
    await connection.run(`CREATE OR REPLACE TABLE o AS SELECT * FROM (VALUES ('K1', 10, 1000, 1), ('K1', 50, 2000, 1), ('K1', 55, -500, 1),
      ('K2', 20, 700, 1), ('K9', 30, 900, 1), ('K1', 70, 400, 1)) AS t(customer_id, day, cents, variants), (SELECT 'web' AS channel)`);
    await connection.run("CREATE OR REPLACE TABLE ids AS SELECT * FROM (VALUES ('K2', 0.0), ('K1', 1.0), ('K5', 2.0)) AS t(cid, m_idx)");
    await connection.run("CREATE OR REPLACE TABLE segs AS SELECT * FROM (VALUES ('K1', 5, 3), ('K9', 5, 1), ('K2', 4, 2)) AS t(customer_id, month_end, seg)");
    await connection.run(`CREATE OR REPLACE TABLE pd AS ${purchaseDaysSql(sql, "o", 60)}`);
    // Up to day 60: K2 (index 0) on 20; K1 (index 1) on 10 and 50 (the return and day 70 left out).
    expect(await query(momentDaysSql(sql, "pd", "ids"))).toEqual([
      { idx: 0, day: 20, p_cents: 700 },
      { idx: 1, day: 10, p_cents: 1000 },
      { idx: 1, day: 50, p_cents: 2000 },
    ]);
    // Window from day 15 to 60: K1 nets 2000 − 500, last purchase 50, segment 3 at month 5 → 4; K2 nets 700, its segment is of month 4: none.
    expect(await query(momentCustomersSql(sql, "o", "segs", "ids", 5, 15, 60))).toEqual([
      { idx: 0, seg1: 0, cents: 700, last_day: 20 },
      { idx: 1, seg1: 4, cents: 1500, last_day: 50 },
    ]);
  });
});
