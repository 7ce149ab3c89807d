import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { duckdbDialect as sql } from "../../../loaders/engines/dialects/duckdb.ts";
import { plainRows } from "../../../loaders/engines/rows.ts";
import { calibrationTuplesSql, holdoutDaysSql, purchaseDaysSql, repurchaseTuplesSql } from "../../../loaders/engines/sql/repurchase.ts";

const db = await DuckDBInstance.create(":memory:");
const connection = await db.connect();
const query = async (text: string) => plainRows((await connection.runAndReadAll(text)).getRowObjectsJS());

// Kept orders as `ordersSql` leaves them (only the columns `accepted` reads); day 100 = 11 April 1970, month 3.
// A: days 100 (two orders: one purchase of 30.00), 103, 110, 111 and a return on 105; B: 100 and 107;
// C: one purchase on 120 only; D: a purchase after the cut; an unregistered order; E: a conflicting order (left out).
const ORDERS: [string | null, number, number, number][] = [
  ["A", 100, 1_000, 1],
  ["A", 100, 2_000, 1],
  ["A", 103, 500, 1],
  ["A", 105, -700, 1],
  ["A", 110, 0, 1],
  ["A", 111, 1_500, 1],
  ["B", 100, 4_000, 1],
  ["B", 107, 2_500, 1],
  ["C", 120, 900, 1],
  ["D", 130, 800, 1],
  [null, 104, 600, 1],
  ["E", 101, 100, 2],
];

async function setUp() {
  const values = ORDERS.map(([c, day, cents, variants]) => `(${c === null ? "NULL" : `'${c}'`}, ${day}, ${cents}, ${variants}, 'web')`).join(", ");
  await connection.run(`CREATE OR REPLACE TABLE o AS SELECT * FROM (VALUES ${values}) AS t(customer_id, day, cents, variants, channel)`);
  await connection.run(`CREATE OR REPLACE TABLE pd AS ${purchaseDaysSql(sql, "o", 125)}`);
  // RFM segments of month 3: A in segment 0, C in segment 4; B not scored.
  await connection.run(`CREATE OR REPLACE TABLE segs AS SELECT * FROM (VALUES ('A', 3, 0), ('C', 3, 4), ('B', 2, 7)) AS t(customer_id, month_end, seg)`);
}

describe("repurchase inputs in SQL (DuckDB dialect)", () => {
  it("merges one customer's sales orders of a day into one purchase and drops returns, other customers' cuts and conflicts", async () => {
    await setUp();
    const days = await query("SELECT cid, day, p_cents FROM pd ORDER BY cid, day");
    expect(days.map((r) => [r.cid, r.day, r.p_cents])).toEqual([
      ["A", 100, 3_000], ["A", 103, 500], ["A", 110, 0], ["A", 111, 1_500],
      ["B", 100, 4_000], ["B", 107, 2_500],
      ["C", 120, 900],
    ]);
  });

  it("counts customers per (segment, x, t_x, T, repeat cents, twice the median gap) as of day 125", async () => {
    await setUp();
    const rows = await query(repurchaseTuplesSql(sql, "pd", "segs", 3, 125));
    // A: x = 3, t_x = 111 − 100 = 11, T = 25, repeat cents 500 + 0 + 1500, gaps 3, 7, 1 → median 3 → 6.
    // B: not scored at month 3 (seg1 0), x = 1, t_x = 7, T = 25, 2500 cents, one gap of 7 → 14.
    // C: segment 4 → 5, x = 0, T = 5, no gap.
    expect(rows).toEqual([
      { seg1: 0, x: 1, tx: 7, t: 25, spend: 2_500, gap2: 14, n: 1 },
      { seg1: 1, x: 3, tx: 11, t: 25, spend: 2_000, gap2: 6, n: 1 },
      { seg1: 5, x: 0, tx: 0, t: 5, spend: 0, gap2: 0, n: 1 },
    ]);
  });

  it("takes the mean of the two middle gaps for an even count", async () => {
    await connection.run("CREATE OR REPLACE TABLE pd2 AS SELECT * FROM (VALUES ('F', 0, 1), ('F', 2, 1), ('F', 7, 1), ('F', 17, 1), ('F', 18, 1)) AS t(cid, day, p_cents)");
    // Gaps 2, 5, 10, 1 → sorted 1, 2, 5, 10 → median 3.5 → 7.
    expect(await query(sql.gapMedians("pd2"))).toEqual([{ cid: "F", gap2: 7 }]);
  });

  it("counts (x, t_x, T) at a calibration end and the later purchase days of those customers only", async () => {
    await setUp();
    // End 105: A (100, 103 → x 1, t_x 3, T 5) and B (100 → x 0, T 5); C starts after it.
    expect(await query(calibrationTuplesSql(sql, "pd", 105))).toEqual([
      { x: 0, tx: 0, t: 5, n: 1 },
      { x: 1, tx: 3, t: 5, n: 1 },
    ]);
    // After day 105: A on 110 and 111, B on 107; C's day 120 is not counted.
    expect(await query(holdoutDaysSql(sql, "pd", 105))).toEqual([
      { day: 107, n: 1 },
      { day: 110, n: 1 },
      { day: 111, n: 1 },
    ]);
  });
});
