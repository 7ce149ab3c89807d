/**
 * Cross-/upsell pushed down, written once over a `Dialect`, with the rules of `classifyLines`:
 * a line is classified when it has a registered customer, a category (the products export's
 * for its product, else its own) and an amount > 0; it is judged against the customer's
 * classified lines on earlier days only (per category: the highest unit price, the highest tier).
 * Only counts come back: per month × class × channel lines, cents, orders and customers; per
 * month × class the customers over all channels; and the "bought X, then Y" pair counts.
 */
import type { UpsellSettings } from "../../schemas/commercial.ts";
import type { Dialect } from "../dialect.ts";

/** Where the category lines come from: the validated lines, the kept orders, sources without order ids, the as-of day. */
export interface CategoryLineInput {
  lines: string;
  orders: string;
  noIds: readonly number[];
  asOf: number;
  /** The products export as (product, category or '', tier, has tier 1/0); none = no join. */
  catalog: { product: string; category: string; tier: number; hasTier: number }[];
}

/**
 * Every accepted line with a category of its own, up to the as-of day, of an order that was kept:
 * `cid` (NULL = unregistered), `day`, `cents`, `price` (unit price in euros, as `classifyLines`),
 * `cat` (the export's category for a listed product, else the line's), `tier` with `has_tier`,
 * `matched` (1 when the product is listed), `channel` (the order's), `okey` (order key, '' for
 * sources without order ids, each line its own order there).
 */
export function categoryLinesSql(sql: Dialect, input: CategoryLineInput): string {
  const noId = input.noIds.length === 0 ? "0 = 1" : `src IN (${input.noIds.join(", ")})`;
  // A source without a product column has NULL products (untyped in DuckDB: read as text).
  // A table source's file label and every source's number are literals in the lines SELECT: materialised to join the kept orders.
  const cols = (order: string) => `${sql.materialize("src")} AS l_src, ${sql.materialize("file")} AS l_file, ${sql.materialize(order)} AS l_order, customer_id AS l_customer, day AS l_day, cents AS l_cents, quantity AS l_quantity,
    coalesce(${sql.asText("product")}, '') AS l_product, ${sql.asText("category")} AS l_category`;
  const kept = `SELECT src AS l_src, file AS l_file, coalesce(order_id, '') AS l_order, channel AS o_channel FROM ${input.orders} AS ko WHERE variants = 1 AND day <= ${input.asOf} AND NOT (${noId})`;
  const withIds = `SELECT * FROM (SELECT ${cols("coalesce(order_id, '')")} FROM ${input.lines} WHERE reason = '' AND category IS NOT NULL AND NOT (${noId})) AS il
    ${sql.join(kept, ["l_src", "l_file", "l_order"])}`;
  const withoutIds = `SELECT ${cols("''")}, channel AS o_channel FROM ${input.lines} WHERE reason = '' AND category IS NOT NULL AND ${noId} AND day <= ${input.asOf}`;
  const union = `SELECT l_src, l_file, l_order, l_customer, l_day, l_cents, l_quantity, l_product, l_category, o_channel FROM (${withIds}) AS a
    UNION ALL SELECT l_src, l_file, l_order, l_customer, l_day, l_cents, l_quantity, l_product, l_category, o_channel FROM (${withoutIds}) AS b`;
  const catalog =
    input.catalog.length === 0
      ? null
      : sql.constantRows(
          [{ name: "l_product", type: "text" }, { name: "k_category", type: "text" }, { name: "k_tier", type: "double" }, { name: "k_has_tier", type: "double" }, { name: "k_in", type: "double" }],
          input.catalog.map((p) => [p.product, p.category, p.tier, p.hasTier, 1]),
        );
  const joined = catalog === null ? `SELECT *, '' AS k_category, 0 AS k_tier, 0 AS k_has_tier, 0 AS k_in FROM (${union}) AS u` : `SELECT * FROM (${union}) AS u ${sql.leftJoin(catalog, ["l_product"])}`;
  const euros = `${sql.double("l_cents")} / 100`;
  return `SELECT l_customer AS cid, l_day AS day, l_cents AS cents, CASE WHEN l_quantity > 0 THEN ${euros} / l_quantity ELSE ${euros} END AS price,
    coalesce(CASE WHEN coalesce(k_category, '') <> '' THEN k_category ELSE l_category END, '') AS cat, ${sql.double("coalesce(k_tier, 0)")} AS tier,
    ${sql.bigint("coalesce(k_has_tier, 0)")} AS has_tier, ${sql.bigint("coalesce(k_in, 0)")} AS matched, o_channel AS channel,
    CASE WHEN l_order = '' THEN '' ELSE concat(${sql.asText("l_src")}, '|', l_file, '|', l_order) END AS okey FROM (${joined}) AS j`;
}

/** Lines of the products check: category lines and those whose product is listed. */
export function productLinesSql(categoryLines: string): string {
  return `SELECT count(*) AS lines, sum(matched) AS matched FROM ${categoryLines} AS cl`;
}

/**
 * Every classified line with its class code (0 first, 1 cross_sell, 2 upsell, 3 repeat):
 * `cid`, `day`, `cents`, `channel`, `okey`, `cls`. `categoryLines` is the kept `categoryLinesSql`.
 */
export function classifiedLinesSql(sql: Dialect, categoryLines: string, settings: UpsellSettings): string {
  const sale = `SELECT coalesce(cid, '') AS s_cid, cat AS s_cat, day AS s_day, cents AS s_cents, price AS s_price, tier AS s_tier, has_tier AS s_has_tier, channel AS s_channel, okey AS s_okey
    FROM ${categoryLines} AS cl WHERE cid IS NOT NULL AND cents > 0`;
  // Per customer, category and day: the day's highest price and tier (-1e300 = none), and how many lines had a tier.
  const perDay = `SELECT s_cid AS cid, s_cat AS cat, s_day AS day, max(s_price) AS d_price, max(CASE WHEN s_has_tier = 1 THEN s_tier ELSE -1e300 END) AS d_tier,
    sum(s_has_tier) AS d_tiers FROM (${sale}) AS s GROUP BY s_cid, s_cat, s_day`;
  const earlier = `SELECT cid, cat, p_day, p_price, p_tier, p_tiers FROM (SELECT cid, cat, day AS p_day, d_price AS p_price, d_tier AS p_tier, d_tiers AS p_tiers FROM (${perDay}) AS d2) AS prior`;
  const pairs = `SELECT cid, cat, day, p_day, p_price, p_tier, p_tiers FROM (SELECT cid, cat, day FROM (${perDay}) AS d1) AS now ${sql.join(earlier, ["cid", "cat"])}`;
  // The history before each day: one row per (customer, category, day), n = earlier days in the category (0 = none).
  const sides = `SELECT cid, cat, day, ${sql.double("0")} AS h_price, ${sql.double("-1e300")} AS h_tier, ${sql.bigint("0")} AS h_tiers, ${sql.bigint("0")} AS h_n FROM (${perDay}) AS d0
    UNION ALL SELECT cid, cat, day, ${sql.double("p_price")} AS h_price, ${sql.double("p_tier")} AS h_tier, ${sql.bigint("p_tiers")} AS h_tiers, ${sql.bigint("1")} AS h_n
    FROM (${pairs}) AS pr WHERE p_day < day`;
  const history = `SELECT cid AS s_cid, cat AS s_cat, day AS s_day, max(h_price) AS e_price, max(h_tier) AS e_tier, sum(h_tiers) AS e_tiers, sum(h_n) AS e_n
    FROM (SELECT * FROM (${sides}) AS hs) AS h GROUP BY cid, cat, day`;
  const firsts = `SELECT s_cid, min(s_day) AS first_day FROM (${sale}) AS f GROUP BY s_cid`;
  const judged = `SELECT * FROM (SELECT * FROM (${sale}) AS s2 ${sql.join(history, ["s_cid", "s_cat", "s_day"])}) AS sh ${sql.join(firsts, ["s_cid"])}`;
  const ratio = sql.double(String(settings.priceRatio));
  const byTier = settings.useTiers ? `WHEN s_has_tier = 1 AND e_tiers > 0 THEN (CASE WHEN s_tier > e_tier THEN 2 ELSE 3 END)` : "";
  const cls = `CASE WHEN s_day = first_day THEN 0 WHEN e_n = 0 THEN 1 ${byTier}
    WHEN e_price > 0 AND s_price + 1e-9 >= ${ratio} * e_price THEN 2 ELSE 3 END`;
  return `SELECT s_cid AS cid, s_day AS day, s_cents AS cents, s_channel AS channel, s_okey AS okey, ${sql.bigint(cls)} AS cls FROM (${judged}) AS jd`;
}

/**
 * Per month × class × channel (months `first..last`, days up to `upTo`): lines, cents, orders
 * and customers; and per month × class (`channel` '') the customers over all channels.
 */
export function classCountsSql(sql: Dialect, classified: string, first: number, last: number, upTo: number): string {
  const month = sql.monthOfDay("day");
  const perOrder = `SELECT ${month} AS month, cls, channel, cid, okey, count(*) AS n, sum(cents) AS c FROM ${classified} AS cd
    WHERE day <= ${upTo} AND ${month} BETWEEN ${first} AND ${last} GROUP BY ${month}, cls, channel, cid, okey`;
  // Lines of a source without order ids are each an order.
  const perCustomer = `SELECT month, cls, channel, cid, sum(n) AS pn, sum(c) AS pc, sum(CASE WHEN okey = '' THEN n ELSE 1 END) AS po FROM (${perOrder}) AS po0
    GROUP BY month, cls, channel, cid`;
  const byChannel = `SELECT month, cls, channel, sum(pn) AS lines, sum(pc) AS cents, sum(po) AS orders, count(*) AS customers FROM (${perCustomer}) AS pc1
    GROUP BY month, cls, channel`;
  const overall = `SELECT month, cls, '' AS channel, ${sql.bigint("0")} AS lines, ${sql.bigint("0")} AS cents, ${sql.bigint("0")} AS orders, count(*) AS customers
    FROM (SELECT month, cls, cid FROM (${perCustomer}) AS pc2 GROUP BY month, cls, cid) AS pc3 GROUP BY month, cls`;
  const cast = (q: string) => `SELECT month, cls, channel, ${sql.bigint("lines")} AS n_lines, ${sql.bigint("cents")} AS n_cents, ${sql.bigint("orders")} AS n_orders,
    ${sql.bigint("customers")} AS n_customers FROM (${q}) AS q`;
  return `SELECT * FROM (${cast(byChannel)}) AS x UNION ALL SELECT * FROM (${cast(overall)}) AS y`;
}

/**
 * "Bought X, then Y" over days `fromDay..toDay`: each customer's first day per category of their
 * sale lines (registered, amount > 0). Rows: `kind` 'n' (customers, `a` ''), 'x' (customers per
 * category `a`) and 'p' (customers whose first `a` came on an earlier day than their first `b`).
 */
export function pairCountsSql(sql: Dialect, categoryLines: string, fromDay: number, toDay: number): string {
  const firsts = `SELECT coalesce(cid, '') AS f_cid, cat AS f_cat, min(day) AS f_day FROM ${categoryLines} AS cl
    WHERE cid IS NOT NULL AND cents > 0 AND day BETWEEN ${fromDay} AND ${toDay} GROUP BY coalesce(cid, ''), cat`;
  const later = `SELECT f_cid, f_cat AS b_cat, f_day AS b_day FROM (${firsts}) AS fb`;
  const pairs = `SELECT f_cat AS pa, b_cat AS pb, count(*) AS pn FROM (SELECT * FROM (${firsts}) AS fa ${sql.join(later, ["f_cid"])}) AS ab WHERE f_day < b_day GROUP BY f_cat, b_cat`;
  const b = sql.bigint;
  return `SELECT 'n' AS kind, '' AS a, '' AS b, ${b("count(*)")} AS n FROM (SELECT f_cid FROM (${firsts}) AS f1 GROUP BY f_cid) AS c1
    UNION ALL SELECT 'x' AS kind, f_cat AS a, '' AS b, ${b("count(*)")} AS n FROM (${firsts}) AS f2 GROUP BY f_cat
    UNION ALL SELECT 'p' AS kind, pa AS a, pb AS b, ${b("pn")} AS n FROM (${pairs}) AS p`;
}
