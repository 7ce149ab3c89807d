/**
 * RFM pushed down, written once over a `Dialect`: per customer and snapshot (a month end, or the
 * as-of day of a partial month) the window's Frequency, Monetary (cents) and Recency, their
 * quintile scores by counting ranks (`rankBelow`: no sort per row, no window function needed) as
 * `quintileScores` does, the segment from the rule table, and from those only compact tables:
 * segment sizes and window sums, the R × FM grid, the month's revenue per segment, and the
 * migration counts between snapshots. No query returns a customer id.
 */
import { SEGMENT_LOOKUP } from "../../metrics/rfm-segments.ts";
import type { Dialect } from "../dialect.ts";
import { accepted, asOfDaySql, type WindowOptions } from "./aggregates.ts";

/**
 * Scores of every value of one RFM input per snapshot: `column` is the input's expression over
 * the windows (higher = better), `name` its output column. Ties share the score of their lowest
 * rank: 1 + ⌊5 × below / total⌋.
 */
function scoresSql(sql: Dialect, windows: string, column: string, name: string): string {
  const dist = `(SELECT month_end AS snap, ${column} AS v, count(*) AS c FROM ${windows} AS w GROUP BY month_end, ${column})`;
  const ranked = sql.rankBelow(dist);
  return `SELECT snap AS month_end, v AS ${name}_v, ${sql.bigint(`1 + ${sql.intDiv("5 * below", "total")}`)} AS ${name} FROM (${ranked}) AS ranked_${name}`;
}

/**
 * Per scored customer and snapshot: F (`sales`), M (`cents`), the scores r, f, m, FM and the
 * segment index `seg` (0-based, `SEGMENT_IDS` order). `windows` is a `windowsSql` result with the
 * RFM window length; `o` its options (for the as-of day of each snapshot).
 */
export function rfmSegmentsSql(sql: Dialect, windows: string, o: Pick<WindowOptions, "last" | "partial">): string {
  const recency = `(last_day - ${asOfDaySql(sql, o)})`;
  const base = `SELECT customer_id, month_end, w_sales, w_cents, ${recency} AS r_v FROM ${windows} AS w0`;
  const withR = `SELECT customer_id, month_end, w_sales, w_cents, r FROM (${base}) AS b ${sql.join(scoresSql(sql, windows, recency, "r"), ["month_end", "r_v"])}`;
  const withF = `SELECT customer_id, month_end, f_v, w_cents, r, f FROM (SELECT customer_id, month_end, w_sales AS f_v, w_cents, r FROM (${withR}) AS wr) AS b2
    ${sql.join(scoresSql(sql, windows, "w_sales", "f"), ["month_end", "f_v"])}`;
  const withM = `SELECT customer_id, month_end, f_v AS sales, m_v AS cents, r, f, CASE WHEN m_v <= 0 THEN 1 ELSE m_score END AS m FROM
    (SELECT customer_id, month_end, f_v, w_cents AS m_v, r, f FROM (${withF}) AS wf) AS b3
    ${sql.join(`SELECT month_end, m_v, m AS m_score FROM (${scoresSql(sql, windows, "w_cents", "m")}) AS ms`, ["month_end", "m_v"])}`;
  const lookup = Array.from(SEGMENT_LOOKUP);
  return `SELECT customer_id, month_end, sales, cents, r, f, m, ${sql.intDiv("f + m + 1", "2")} AS fm,
    ${sql.bigint(sql.pick(lookup, "(r - 1) * 25 + (f - 1) * 5 + (m - 1)"))} AS seg FROM (${withM}) AS scored`;
}

/** Per snapshot and segment: customers, their window cents and window sales orders. */
export function segmentStatsSql(segments: string): string {
  return `SELECT month_end, seg, count(*) AS customers, sum(cents) AS window_cents, sum(sales) AS window_orders FROM ${segments} AS s
    GROUP BY month_end, seg ORDER BY month_end, seg`;
}

/** Per snapshot: scored customers per R × FM cell. */
export function gridSql(segments: string): string {
  return `SELECT month_end, r, fm, count(*) AS n FROM ${segments} AS s GROUP BY month_end, r, fm ORDER BY month_end, r, fm`;
}

/**
 * Per month and segment: the month's orders (up to `upTo`) of the customers in that segment at the
 * month's snapshot: net cents, sales orders and distinct buyers.
 */
export function segmentMonthsSql(sql: Dialect, orders: string, segments: string, upTo: number): string {
  const own = `SELECT coalesce(customer_id, '') AS cid, month, cents FROM ${accepted(sql, orders, upTo)} WHERE customer_id IS NOT NULL`;
  const segs = `SELECT coalesce(customer_id, '') AS cid, month_end AS month, seg FROM ${segments} AS s`;
  const perBuyer = `SELECT month, seg, cid, sum(cents) AS b_cents, ${sql.countIf("cents >= 0")} AS b_orders FROM (${own}) AS mo ${sql.join(segs, ["cid", "month"])}
    GROUP BY month, seg, cid`;
  return `SELECT month, seg, sum(b_cents) AS cents, sum(b_orders) AS orders, count(*) AS buyers FROM (${perBuyer}) AS per_buyer GROUP BY month, seg ORDER BY month, seg`;
}

/** Snapshots whose segments are compared with a later month's: the kept segment table and the (to month, gap) they feed. */
export interface MigrationFrom {
  segments: string;
  /** Only its snapshot of this month, as the "from" side of (to, gap); without it every snapshot m feeds (m + 1, 1) and (m + 12, 12). */
  only?: { month: number; to: number; gap: number };
}

/**
 * Customers per (to month, gap 1 or 12, segment before + 1, segment after + 1), 0 = not scored
 * there, for `to` in `first..last`. `to` is the snapshots' own table; `from` the sides compared
 * with it (a partial last month is compared with the same-day snapshots instead of month ends).
 */
export function migrationsSql(sql: Dialect, to: string, from: readonly MigrationFrom[], first: number, last: number, skipTo?: number): string {
  const g = sql.expandRange(2, "gi");
  const gap = "CASE WHEN gi = 0 THEN 1 ELSE 12 END";
  const one = sql.bigint("0");
  const rows = [
    `SELECT customer_id, ${sql.bigint("month_end")} AS to_month, ${sql.bigint(gap)} AS gap, ${one} AS a0, ${sql.bigint("seg + 1")} AS b0
    FROM (SELECT customer_id, month_end, seg, ${g.select} FROM ${to} AS t ${g.join}) AS tx`,
  ];
  for (const f of from) {
    if (f.only) {
      rows.push(`SELECT customer_id, ${sql.bigint(String(f.only.to))} AS to_month, ${sql.bigint(String(f.only.gap))} AS gap, ${sql.bigint("seg + 1")} AS a0, ${one} AS b0
        FROM ${f.segments} AS fs WHERE month_end = ${f.only.month}`);
    } else {
      const skip = skipTo === undefined ? "" : ` WHERE month_end + ${gap} <> ${skipTo}`;
      rows.push(`SELECT customer_id, ${sql.bigint(`month_end + ${gap}`)} AS to_month, ${sql.bigint(gap)} AS gap, ${sql.bigint("seg + 1")} AS a0, ${one} AS b0
        FROM (SELECT customer_id, month_end, seg, ${g.select} FROM ${f.segments} AS fs ${g.join}) AS fx${skip}`);
    }
  }
  const union = rows.map((r) => `SELECT * FROM (${r}) AS side`).join(" UNION ALL ");
  const per = `SELECT customer_id, to_month, gap, max(a0) AS seg_from, max(b0) AS seg_to FROM (${union}) AS sides
    WHERE to_month BETWEEN ${first} AND ${last} GROUP BY customer_id, to_month, gap`;
  return `SELECT to_month, gap, seg_from, seg_to, count(*) AS n FROM (${per}) AS pairs GROUP BY to_month, gap, seg_from, seg_to ORDER BY to_month, gap, seg_from, seg_to`;
}
