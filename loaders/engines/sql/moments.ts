/**
 * The moments of truth and the customer profile join the signals, profiles and offers exports
 * (files on the runner) to the customers' orders. Pushed down, the runner sends the engine the
 * ids of those exports' customers (`ids`: `cid`, `m_idx` their index) and gets back only their rows: purchase
 * days with the day's sales cents, and per customer the RFM group, the KPI window's net cents
 * and the last purchase day. No other customer leaves the engine.
 */
import type { Dialect } from "../dialect.ts";
import { accepted } from "./aggregates.ts";

/** The moment customers' purchase days up to the kept days' cut: `idx`, `day`, `p_cents`, ordered. */
export function momentDaysSql(sql: Dialect, days: string, ids: string): string {
  return `SELECT ${sql.bigint("m_idx")} AS idx, day, p_cents FROM (SELECT cid, day, p_cents FROM ${days} AS pd) AS d ${sql.join(`SELECT cid, m_idx FROM ${ids} AS i`, ["cid"])}
    ORDER BY idx, day`;
}

/**
 * Per moment customer with orders or a segment: `seg1` (RFM segment + 1 at snapshot `month` of
 * `segments`, 0 = none), `cents` (net cents of the orders on days `from..asOf`) and `last_day`
 * (last sales-order day up to `asOf`, −1 = none).
 */
export function momentCustomersSql(sql: Dialect, orders: string, segments: string, ids: string, month: number, from: number, asOf: number): string {
  const b = sql.bigint;
  const own = `SELECT coalesce(customer_id, '') AS cid, ${b("0")} AS u_seg, ${b(`CASE WHEN day >= ${from} THEN cents ELSE 0 END`)} AS u_cents,
    ${b("CASE WHEN cents >= 0 THEN day ELSE -1 END")} AS u_last FROM ${accepted(sql, orders, asOf)} WHERE customer_id IS NOT NULL`;
  const segs = `SELECT coalesce(customer_id, '') AS cid, ${b("seg + 1")} AS u_seg, ${b("0")} AS u_cents, ${b("-1")} AS u_last FROM ${segments} AS s WHERE month_end = ${month}`;
  const per = `SELECT cid, max(u_seg) AS p_seg, sum(u_cents) AS p_cents, max(u_last) AS p_last FROM (SELECT * FROM (${own}) AS o1 UNION ALL SELECT * FROM (${segs}) AS s1) AS u
    GROUP BY cid`;
  return `SELECT ${b("m_idx")} AS idx, ${b("p_seg")} AS seg1, ${b("p_cents")} AS cents, ${b("p_last")} AS last_day FROM (${per}) AS pc
    ${sql.join(`SELECT cid, m_idx FROM ${ids} AS i`, ["cid"])} ORDER BY idx`;
}
