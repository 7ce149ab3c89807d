import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { duckdbDialect as sql } from "../../../loaders/engines/dialects/duckdb.ts";
import { plainRows } from "../../../loaders/engines/rows.ts";
import { gridSql, migrationsSql, rfmSegmentsSql, segmentStatsSql } from "../../../loaders/engines/sql/rfm.ts";
import { dayOf } from "../../../loaders/lib/months.ts";
import { scoreRfm } from "../../../loaders/metrics/rfm.ts";
import { fmScore } from "../../../loaders/metrics/rfm-segments.ts";

const db = await DuckDBInstance.create(":memory:");
const connection = await db.connect();
const query = async (text: string) => plainRows((await connection.runAndReadAll(text)).getRowObjectsJS());

const JANUARY = 2025 * 12;
const END = dayOf(2025, 1, 31);
// customer, window sales orders, window cents, last sales day (January 2025's window).
const WINDOWS: [string, number, number, number][] = [
  ["A", 5, 50_000, END], // recency 0
  ["B", 1, 1_000, END - 30],
  ["C", 2, -500, END - 10], // net negative: M = 1 whatever its rank
  ["D", 1, 1_000, END - 60],
  ["E", 3, 20_000, END - 1],
];

async function windowsTable(name: string, month: number, rows: typeof WINDOWS) {
  const values = rows.map(([c, s, cents, day]) => `('${c}', ${month}, ${s}, ${cents}, ${day})`).join(", ");
  await connection.run(`CREATE OR REPLACE TABLE ${name} AS SELECT * FROM (VALUES ${values}) AS t(customer_id, month_end, w_sales, w_cents, last_day)`);
}

describe("RFM in SQL (DuckDB dialect)", () => {
  it("scores and segments each customer as the stream's scoreRfm does", async () => {
    await windowsTable("w_jan", JANUARY, WINDOWS);
    await connection.run(`CREATE OR REPLACE TABLE s_jan AS ${rfmSegmentsSql(sql, "w_jan", { last: JANUARY })}`);
    const rows = await query("SELECT customer_id, r, f, m, fm, seg FROM s_jan ORDER BY customer_id");
    const js = scoreRfm({
      recency: Int32Array.from(WINDOWS, (w) => END - w[3]),
      frequency: Int32Array.from(WINDOWS, (w) => w[1]),
      monetary: Float64Array.from(WINDOWS, (w) => w[2] / 100),
    });
    expect(rows.map((r) => [r.customer_id, r.r, r.f, r.m, r.fm, r.seg])).toEqual(
      WINDOWS.map(([c], i) => [c, js.r[i], js.f[i], js.m[i], fmScore(js.f[i]!, js.m[i]!), js.segment[i]]),
    );
    // By hand: A bought on the month's last day, so 4 of 5 are worse on recency → R = 1 + ⌊5·4/5⌋ = 5;
    // B and D tie on F = 1 with none below → 1; C's −5.00 scores M = 1.
    expect(rows.find((r) => r.customer_id === "A")).toMatchObject({ r: 5, f: 5, m: 5 });
    expect(rows.find((r) => r.customer_id === "B")).toMatchObject({ f: 1 });
    expect(rows.find((r) => r.customer_id === "C")).toMatchObject({ m: 1 });
  });

  it("sums segments and grid cells, and counts moves between two snapshots with new and out", async () => {
    const stats = await query(segmentStatsSql("s_jan"));
    expect(stats.reduce((n, r) => n + Number(r.customers), 0)).toBe(5);
    expect(stats.reduce((n, r) => n + Number(r.window_cents), 0)).toBe(71_500);
    const grid = await query(gridSql("s_jan"));
    expect(grid.reduce((n, r) => n + Number(r.n), 0)).toBe(5);
    // February: A and E stay, B is gone, F is new (C and D lapse too).
    await windowsTable("w_feb", JANUARY + 1, [["A", 6, 60_000, END + 28], ["E", 3, 20_000, END - 1], ["F", 1, 500, END + 20]]);
    await connection.run(`CREATE OR REPLACE TABLE s_feb AS SELECT * FROM s_jan UNION ALL ${rfmSegmentsSql(sql, "w_feb", { last: JANUARY + 1 })}`);
    const moves = await query(migrationsSql(sql, "s_feb", [{ segments: "s_feb" }], JANUARY + 1, JANUARY + 1));
    const monthly = moves.filter((r) => Number(r.gap) === 1);
    const count = (pred: (r: Record<string, unknown>) => boolean) => monthly.filter(pred).reduce((n, r) => n + Number(r.n), 0);
    expect(count((r) => Number(r.seg_from) === 0)).toBe(1); // F: new
    expect(count((r) => Number(r.seg_to) === 0)).toBe(3); // B, C, D: out
    expect(count((r) => Number(r.seg_from) > 0 && Number(r.seg_to) > 0)).toBe(2); // A, E
    // A year back there is no snapshot: everyone in February is new.
    expect(moves.filter((r) => Number(r.gap) === 12).map((r) => [Number(r.seg_from), Number(r.n)]).reduce((n, [a, k]) => n + (a === 0 ? k! : 0), 0)).toBe(3);
  });
});
