/**
 * The pushed-down aggregations, each written once over a `Dialect`. They read the validated
 * lines (`lines.ts`) and return only compact tables: a row account per file and reason, the
 * month × channel × registered sales cells, first-purchase months, buyers per month, and per
 * month end the active-window figures with the top-customer threshold. No query returns a
 * customer id; every money figure is in whole cents (exact integers).
 */
import type { Dialect } from "../dialect.ts";
import { daysFromCivil } from "./parse.ts";

/** Options of the customer-window queries. */
export interface WindowOptions {
  /** First and last month index of the axis. */
  first: number;
  last: number;
  activeWindowMonths: number;
  topShare: number;
  lapsedDays: number;
  /**
   * A partial last month: its as-of day (not a month end) and the first day of its look-back
   * window (`windowStartDay`). That window is not whole months, so it is summed from the orders.
   */
  partial?: { asOf: number; windowStart: number };
}

/** Row account per file and reason ('' = accepted), with up to `examples` order ids per reason. */
export function accountSql(sql: Dialect, lines: string, examples: number): string {
  return `SELECT src, file, reason, count(*) AS n, ${sql.firstKeys("order_id", examples)} AS examples
    FROM ${lines} GROUP BY src, file, reason ORDER BY src, file, reason`;
}

/**
 * Accepted lines summed per source, file and order id (sources in `noIds` excluded). Output
 * columns are prefixed `o_`: ClickHouse aliases are query-wide, so none may repeat an input column.
 */
function perFileOrders(sql: Dialect, lines: string, noId: string): string {
  // 1 when every line names the same customer and day, else 2 (min/max spill to disk; a distinct count per order would not).
  const variant = `concat(coalesce(customer_id, ''), '|', ${sql.asText("day")})`;
  return `SELECT src, file AS o_file, order_id AS o_order, ${sql.anyValue("customer_id")} AS o_customer, min(day) AS o_day, min(channel) AS o_channel,
      sum(cents) AS o_cents, ${sql.bigint("count(*)")} AS o_lines, ${sql.bigint(sql.countIf("category IS NOT NULL"))} AS o_category_lines,
      ${sql.bigint(`CASE WHEN min(${variant}) = max(${variant}) THEN 1 ELSE 2 END`)} AS o_variants
    FROM ${lines} WHERE reason = '' AND NOT (${noId}) GROUP BY src, file, order_id`;
}

function noIdCondition(noIds: readonly number[]): string {
  return noIds.length === 0 ? "0 = 1" : `src IN (${noIds.join(", ")})`;
}

/**
 * One row per order of the accepted lines: lines of an order id are summed per file, and an id a
 * source already has in an earlier file (by name) keeps only that file's lines (the later ones
 * are `duplicate_order`); an order whose lines disagree on customer or day is an
 * `order_conflict` (variants > 1). Sources in `noIds` have no order id: each line is an order.
 * `severalFiles` false (every source one file or table, no batch column) skips the second grouping.
 */
export function ordersSql(sql: Dialect, lines: string, noIds: readonly number[], severalFiles = true): string {
  const noId = noIdCondition(noIds);
  const perFile = perFileOrders(sql, lines, noId);
  const one = sql.bigint("1");
  const categoryLine = sql.bigint("CASE WHEN category IS NULL THEN 0 ELSE 1 END");
  const single = `SELECT src, file, order_id, customer_id, day, channel, cents, ${one} AS lines, ${one} AS variants, ${categoryLine} AS category_lines
    FROM ${lines} WHERE reason = '' AND ${noId}`;
  if (!severalFiles) {
    // One file or table per source: no id can repeat across files, so no second grouping.
    const direct = `SELECT src, o_file AS file, o_order AS order_id, o_customer AS customer_id, o_day AS day, o_channel AS channel, o_cents AS cents,
      o_lines AS lines, o_variants AS variants, o_category_lines AS category_lines FROM (${perFile}) AS per_file`;
    return `SELECT * FROM (${direct}) AS grouped_orders UNION ALL SELECT * FROM (${single}) AS single_orders`;
  }
  const first = (x: string) => sql.argMin(x, "o_file");
  const customer = first("coalesce(o_customer, '')");
  const folded = `SELECT src, ${first("o_file")} AS file, o_order AS order_id, CASE WHEN ${customer} = '' THEN NULL ELSE ${customer} END AS customer_id,
      ${first("o_day")} AS day, ${first("o_channel")} AS channel, ${first("o_cents")} AS cents, ${first("o_lines")} AS lines, ${first("o_variants")} AS variants,
      ${first("o_category_lines")} AS category_lines FROM (${perFile}) AS per_file GROUP BY src, o_order`;
  return `SELECT * FROM (${folded}) AS grouped_orders UNION ALL SELECT * FROM (${single}) AS single_orders`;
}

/** Per later file: lines of orders whose id the source already has in an earlier file, with example ids. */
export function duplicatesSql(sql: Dialect, lines: string, noIds: readonly number[], examples: number): string {
  const perFile = perFileOrders(sql, lines, noIdCondition(noIds));
  const firsts = `SELECT src, o_order, min(o_file) AS first_file FROM (${perFile}) AS p1 GROUP BY src, o_order HAVING count(*) > 1`;
  return `SELECT src, o_file AS file, sum(o_lines) AS n, ${sql.firstKeys("o_order", examples)} AS examples FROM (${perFile}) AS p2
    ${sql.join(firsts, ["src", "o_order"])} WHERE o_file > first_file GROUP BY src, o_file ORDER BY src, file`;
}

/** Lines and example order ids of conflicting orders, per source and file. */
export function conflictsSql(sql: Dialect, orders: string, examples: number): string {
  return `SELECT src, file, sum(lines) AS n, ${sql.firstKeys("order_id", examples)} AS examples FROM ${orders}
    WHERE variants > 1 GROUP BY src, file ORDER BY src, file`;
}

/** The accepted orders (conflicts left out) with their month; with `upTo`, only those on or before that day. */
export function accepted(sql: Dialect, orders: string, upTo?: number): string {
  const cut = upTo === undefined ? "" : ` AND day <= ${upTo}`;
  return `(SELECT customer_id, day, ${sql.monthOfDay("day")} AS month, channel, cents FROM ${orders} WHERE variants = 1${cut}) AS o`;
}

/** The channel names of all accepted orders (a pinned as-of day keeps every channel, as the store does). */
export function channelsSql(orders: string): string {
  return `SELECT DISTINCT channel FROM ${orders} WHERE variants = 1 ORDER BY channel`;
}

/** Accepted orders after day `after`, and their lines that name a category (what a pinned `asOf` leaves out). */
export function afterSql(orders: string, after: number): string {
  return `SELECT count(*) AS after_orders, sum(category_lines) AS after_lines FROM ${orders} WHERE variants = 1 AND day > ${after}`;
}

/** First and last day with an order, and the number of orders. */
export function boundsSql(sql: Dialect, orders: string): string {
  return `SELECT min(day) AS first_day, max(day) AS last_day, count(*) AS orders FROM ${accepted(sql, orders)}`;
}

/** Sales orders, returns, net and sales revenue per month × channel × registered. */
export function cellsSql(sql: Dialect, orders: string, upTo?: number): string {
  const registered = "CASE WHEN customer_id IS NULL THEN 0 ELSE 1 END";
  return `SELECT month, channel, ${registered} AS registered, ${sql.countIf("cents >= 0")} AS sales, ${sql.countIf("cents < 0")} AS returns,
    sum(cents) AS revenue, ${sql.sumIf("cents", "cents >= 0")} AS sales_revenue
    FROM ${accepted(sql, orders, upTo)} GROUP BY month, channel, ${registered} ORDER BY month, channel, registered`;
}

/**
 * The people behind each figure a channel breakdown publishes (as `channelCustomers` counts them):
 * per month and key (`c:<channel>`, group `g0` digital / `g1` offline / `g2` unknown, or `all`),
 * distinct registered customers and unregistered orders, over every accepted order.
 */
export function peopleSql(sql: Dialect, orders: string, groups: { digital: readonly string[]; offline: readonly string[] }, upTo?: number): string {
  const within = (names: readonly string[]) => (names.length === 0 ? "1 = 0" : `channel IN (${names.map((n) => sql.text(n)).join(", ")})`);
  const group = `CASE WHEN ${within(groups.digital)} THEN 'g0' WHEN ${within(groups.offline)} THEN 'g1' ELSE 'g2' END`;
  // Distinct customers by grouping (spills to disk), not by a distinct aggregate per group: unregistered orders form the NULL group.
  const by = (key: string, groupBy: string) => `SELECT month, k, ${sql.countIf("customer_id IS NOT NULL")} AS registered, ${sql.sumIf("n", "customer_id IS NULL")} AS unregistered
    FROM (SELECT month, ${key} AS k, customer_id, count(*) AS n FROM ${accepted(sql, orders, upTo)} GROUP BY ${groupBy}, customer_id) AS per_customer GROUP BY month, k`;
  return [by("concat('c:', channel)", "month, channel"), by(group, `month, ${group}`), by("'all'", "month")].join("\nUNION ALL\n");
}

/** Per registered customer and month: sales orders, net cents and last sales day. */
export function customerMonthsSql(sql: Dialect, orders: string, upTo?: number): string {
  return `SELECT customer_id, month, ${sql.countIf("cents >= 0")} AS sales, sum(cents) AS net,
    max(CASE WHEN cents >= 0 THEN day ELSE -1 END) AS last_sales_day
    FROM ${accepted(sql, orders, upTo)} WHERE customer_id IS NOT NULL GROUP BY customer_id, month`;
}

/** Customers per month of their first sales order (a customer with returns only has none). */
export function firstMonthsSql(customerMonths: string): string {
  return `SELECT first_month, count(*) AS customers FROM (SELECT customer_id, min(month) AS first_month FROM ${customerMonths} AS cm
    WHERE sales > 0 GROUP BY customer_id) AS firsts GROUP BY first_month ORDER BY first_month`;
}

/** Customers with a sales order per month. */
export function buyersSql(customerMonths: string): string {
  return `SELECT month, count(*) AS buyers FROM ${customerMonths} AS cm WHERE sales > 0 GROUP BY month ORDER BY month`;
}

/**
 * Per customer and month end: the active window's sales orders, net cents and last sales day
 * (active customers only). With `o.partial` the last month's window runs from its window start
 * to its as-of day and is summed from `orders` (the kept orders), the others from customer months.
 */
export function windowsSql(sql: Dialect, customerMonths: string, o: WindowOptions, orders?: string): string {
  const k = sql.expandRange(o.activeWindowMonths, "k");
  const expanded = `SELECT customer_id, month, sales, net, last_sales_day, ${k.select} FROM ${customerMonths} AS cm ${k.join}`;
  const calendarLast = o.partial ? o.last - 1 : o.last;
  const calendar = `SELECT customer_id, ${sql.bigint("month + k")} AS month_end, ${sql.bigint("sum(sales)")} AS w_sales, ${sql.bigint("sum(net)")} AS w_cents,
    ${sql.bigint("max(last_sales_day)")} AS last_day
    FROM (${expanded}) AS ex WHERE month + k BETWEEN ${o.first} AND ${calendarLast} GROUP BY customer_id, month + k HAVING sum(sales) > 0`;
  if (!o.partial) return calendar;
  if (orders === undefined) throw new Error("windowsSql: a partial last month needs the orders");
  const p = o.partial;
  const days = `SELECT customer_id, ${sql.bigint(String(o.last))} AS month_end, ${sql.bigint(sql.countIf("cents >= 0"))} AS w_sales, ${sql.bigint("sum(cents)")} AS w_cents,
    ${sql.bigint("max(CASE WHEN cents >= 0 THEN day ELSE -1 END)")} AS last_day
    FROM ${accepted(sql, orders, p.asOf)} WHERE customer_id IS NOT NULL AND day >= ${p.windowStart} GROUP BY customer_id HAVING ${sql.countIf("cents >= 0")} > 0`;
  return `SELECT * FROM (${calendar}) AS calendar_windows UNION ALL SELECT * FROM (${days}) AS day_windows`;
}

/** The as-of day of each window row's `month_end`: the month's last day, or the partial last month's as-of day. */
export function asOfDaySql(sql: Dialect, o: Pick<WindowOptions, "last" | "partial">): string {
  const next = "(month_end + 1)";
  const monthEndDay = `(${daysFromCivil(sql, sql.intDiv(next, "12"), `(${next} % 12 + 1)`, "1")} - 1)`;
  return o.partial ? `(CASE WHEN month_end = ${o.last} THEN ${o.partial.asOf} ELSE ${monthEndDay} END)` : monthEndDay;
}

/**
 * Per month end: active customers, their window sales orders and net cents, and the top group
 * (net window cents ≥ the ⌈share × active⌉-th largest) with its cents, its lapsed members and theirs.
 * `w` is the FROM item of `windowsSql` (kept once by the adapter).
 */
export function windowFiguresSql(sql: Dialect, w: string, o: WindowOptions): string {
  const quota = `CAST(ceil(${o.topShare} * count(*)) AS BIGINT)`;
  const thresholds = `SELECT month_end, count(*) AS active, sum(w_sales) AS sales, sum(w_cents) AS cents,
    ${sql.kthSmallest("w_cents", `count(*) - ${quota} + 1`)} AS threshold FROM ${w} AS w1 GROUP BY month_end`;
  const asOf = asOfDaySql(sql, o);
  const isTop = "w_cents >= t_threshold";
  const isLapsed = `${isTop} AND last_day <= ${asOf} - ${o.lapsedDays}`;
  const top = `SELECT month_end, ${sql.countIf(isTop)} AS top_count, ${sql.sumIf("w_cents", isTop)} AS top_cents,
    ${sql.countIf(isLapsed)} AS lapsed_count, ${sql.sumIf("w_cents", isLapsed)} AS lapsed_cents
    FROM ${w} AS w2 ${sql.join(`SELECT month_end, threshold AS t_threshold FROM (${thresholds}) AS th0`, ["month_end"])} GROUP BY month_end`;
  return `SELECT month_end, active, sales, cents, threshold, top_count, top_cents, lapsed_count, lapsed_cents
    FROM (${thresholds}) AS a ${sql.join(top, ["month_end"])} ORDER BY month_end`;
}
