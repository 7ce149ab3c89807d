/**
 * The repurchase models' inputs pushed down, written once over a `Dialect`. A purchase is a sales
 * order (cents ≥ 0) of a registered customer; one customer's sales orders of one day are one
 * purchase (`repeatSummary`). From the kept purchase days only counts come back: customers per
 * (segment, x, t_x days, T days, repeat cents, twice the median gap) at the as-of day, customers
 * per (x, t_x days, T days) at the calibration end, and their purchase days per day of the holdout.
 * No query returns a customer id.
 */
import type { Dialect } from "../dialect.ts";
import { accepted } from "./aggregates.ts";

/** One row per registered customer and day with a sales order up to `upTo`: `cid`, `day`, `p_cents` (the day's sales cents). */
export function purchaseDaysSql(sql: Dialect, orders: string, upTo: number): string {
  return `SELECT coalesce(customer_id, '') AS cid, day, sum(cents) AS p_cents FROM ${accepted(sql, orders, upTo)}
    WHERE customer_id IS NOT NULL AND cents >= 0 GROUP BY coalesce(customer_id, ''), day`;
}

/**
 * Per customer whose first purchase day is on or before `end`: `s_x` repeat purchase days up to
 * `end`, `s_tx` days from the first to the last of them, `s_t` days from the first to `end`, and
 * `s_spend` the cents of the repeat days (the first day's left out).
 */
function summarySql(sql: Dialect, days: string, end: number): string {
  const within = `day <= ${end}`;
  const per = `SELECT cid, min(day) AS first_day, ${sql.countIf(within)} AS n_days, max(CASE WHEN ${within} THEN day ELSE -1 END) AS last_day,
    ${sql.sumIf("p_cents", within)} AS sum_cents, ${sql.argMin("p_cents", "day")} AS first_cents FROM ${days} AS pd GROUP BY cid HAVING min(day) <= ${end}`;
  return `SELECT cid, ${sql.bigint("n_days - 1")} AS s_x, ${sql.bigint("last_day - first_day")} AS s_tx, ${sql.bigint(`${end} - first_day`)} AS s_t,
    ${sql.bigint("sum_cents - first_cents")} AS s_spend FROM (${per}) AS per_customer`;
}

/**
 * Customers per (`seg1` RFM segment + 1 at the as-of day, 0 = not scored; `x`; `tx`, `t` in days;
 * `spend` repeat cents; `gap2` twice the median gap between purchase days, 0 with fewer than two),
 * over every customer with a purchase up to `asOf`. `days` is the kept `purchaseDaysSql(…, asOf)`,
 * `segments` the kept RFM segments (`rfmSegmentsSql`) whose snapshot `month` is the as-of day's.
 */
export function repurchaseTuplesSql(sql: Dialect, days: string, segments: string, month: number, asOf: number): string {
  const b = sql.bigint;
  const zero = b("0");
  const sides = [
    `SELECT cid, s_x AS u_x, s_tx AS u_tx, s_t AS u_t, s_spend AS u_spend, ${b("1")} AS u_has, ${zero} AS u_seg, ${zero} AS u_gap FROM (${summarySql(sql, days, asOf)}) AS s`,
    `SELECT coalesce(customer_id, '') AS cid, ${zero} AS u_x, ${zero} AS u_tx, ${zero} AS u_t, ${zero} AS u_spend, ${zero} AS u_has, ${b("seg + 1")} AS u_seg, ${zero} AS u_gap
      FROM ${segments} AS rs WHERE month_end = ${month}`,
    `SELECT cid, ${zero} AS u_x, ${zero} AS u_tx, ${zero} AS u_t, ${zero} AS u_spend, ${zero} AS u_has, ${zero} AS u_seg, ${b("gap2")} AS u_gap FROM (${sql.gapMedians(days)}) AS gm`,
  ];
  const union = sides.map((side) => `SELECT * FROM (${side}) AS side`).join(" UNION ALL ");
  // One row per customer: each side contributes its own columns, zeros elsewhere (none is negative).
  const per = `SELECT cid, max(u_x) AS c_x, max(u_tx) AS c_tx, max(u_t) AS c_t, max(u_spend) AS c_spend, max(u_seg) AS c_seg, max(u_gap) AS c_gap
    FROM (${union}) AS sides GROUP BY cid HAVING max(u_has) = 1`;
  return `SELECT c_seg AS seg1, c_x AS x, c_tx AS tx, c_t AS t, c_spend AS spend, c_gap AS gap2, count(*) AS n FROM (${per}) AS customers
    GROUP BY c_seg, c_x, c_tx, c_t, c_spend, c_gap ORDER BY seg1, x, tx, t, spend, gap2`;
}

/** Customers per (`x`, `tx`, `t` in days) at the calibration end `end` (first purchase on or before it). */
export function calibrationTuplesSql(sql: Dialect, days: string, end: number): string {
  return `SELECT s_x AS x, s_tx AS tx, s_t AS t, count(*) AS n FROM (${summarySql(sql, days, end)}) AS s GROUP BY s_x, s_tx, s_t ORDER BY x, tx, t`;
}

/** Purchase days after `end` (up to the kept days' cut) of customers whose first purchase is on or before `end`: how many per day. */
export function holdoutDaysSql(sql: Dialect, days: string, end: number): string {
  const firsts = `SELECT cid, min(day) AS f_day FROM ${days} AS pf GROUP BY cid HAVING min(day) <= ${end}`;
  return `SELECT h_day AS day, count(*) AS n FROM (SELECT cid, day AS h_day FROM ${days} AS ph WHERE day > ${end}) AS h ${sql.join(firsts, ["cid"])}
    GROUP BY h_day ORDER BY day`;
}
