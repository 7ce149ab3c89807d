/**
 * Benchmark child: the reference. DuckDB reads the same CSV (read_csv with the export's
 * dialect) and computes per-customer recency, frequency and monetary as of the last month and
 * revenue and sales orders per month and channel, with the same definitions as ours: lines
 * summed per order id; a sales order has a net amount ≥ 0; scores 1 + floor(5 × worse / n).
 * Prints a `ChildReport` as one JSON line.
 *
 * argv[2] = JSON `{ path, dialect: "en" | "nl", threads? }`.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import type { ChildReport, Figures } from "./figures.ts";

interface Args {
  path: string;
  dialect: "en" | "nl";
  threads?: number;
}

const args = JSON.parse(process.argv[2]!) as Args;
const nl = args.dialect === "nl";
const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

const csv = `read_csv(${quote(args.path)}, header = true, delim = ${quote(nl ? ";" : ",")}, quote = '"', escape = '"',
  ${nl ? "skip = 1, decimal_separator = ',', dateformat = '%d-%m-%Y'," : "dateformat = '%Y-%m-%d',"}
  columns = { order_id: 'VARCHAR', customer_id: 'VARCHAR', order_date: 'DATE', channel: 'VARCHAR', product: 'VARCHAR',
              category: 'VARCHAR', quantity: 'DOUBLE', amount: 'DECIMAL(18,2)' })`;
const channel = nl
  ? "CASE lower(trim(channel)) WHEN 'winkel' THEN 'store' WHEN 'telefoon' THEN 'phone' ELSE lower(trim(channel)) END"
  : "lower(trim(channel))";

const cpuMs = () => (process.cpuUsage().user + process.cpuUsage().system) / 1000;
const cpu0 = cpuMs();
const t0 = performance.now();
const instance = await DuckDBInstance.create(":memory:", args.threads ? { threads: String(args.threads) } : {});
const db = await instance.connect();
await db.run(`CREATE TEMP TABLE o AS
  SELECT order_id, any_value(nullif(trim(customer_id), '')) AS customer_id, min(order_date) AS d,
         any_value(${channel}) AS channel, sum(amount) AS amount, count(*) AS lines
  FROM ${csv} GROUP BY order_id`);
const totals = (await db.runAndReadAll(`SELECT count(DISTINCT customer_id)::INTEGER AS customers, count(*)::INTEGER AS orders,
  (sum(amount) * 100)::BIGINT AS cents, sum(lines)::BIGINT AS rows, strftime(max(d), '%Y-%m') AS asof FROM o`)).getRowObjectsJS()[0]!;
const scores = (
  await db.runAndReadAll(`WITH b AS (
      SELECT (date_trunc('month', max(d)) + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE AS asof,
             (date_trunc('month', max(d)) - INTERVAL 11 MONTH)::DATE AS wstart FROM o),
    c AS (SELECT customer_id, count(*) FILTER (WHERE amount >= 0) AS f, sum(amount) AS m,
                 max(d) FILTER (WHERE amount >= 0) AS last
          FROM o, b WHERE customer_id IS NOT NULL AND d >= b.wstart AND d <= b.asof GROUP BY customer_id),
    s AS (SELECT (b.asof - c.last) AS r, f, m FROM c, b WHERE f > 0),
    q AS (SELECT f, m, count(*) OVER () AS n, rank() OVER (ORDER BY r DESC) - 1 AS wr,
                 rank() OVER (ORDER BY f) - 1 AS wf, rank() OVER (ORDER BY m) - 1 AS wm FROM s)
    SELECT (1 + floor(5 * wr / n))::INTEGER AS rs, (1 + floor(5 * wf / n))::INTEGER AS fs,
           (CASE WHEN m <= 0 THEN 1 ELSE 1 + floor(5 * wm / n) END)::INTEGER AS ms,
           count(*)::INTEGER AS customers, sum(f)::BIGINT AS f, (sum(m) * 100)::BIGINT AS cents
    FROM q GROUP BY ALL`)
).getRowObjectsJS();
const monthly = (
  await db.runAndReadAll(`SELECT strftime(d, '%Y-%m') AS month, channel, (sum(amount) * 100)::BIGINT AS cents,
    (count(*) FILTER (WHERE amount >= 0))::INTEGER AS orders FROM o GROUP BY ALL`)
).getRowObjectsJS();
const ms = performance.now() - t0;

const figures: Figures = {
  customers: Number(totals.customers),
  orders: Number(totals.orders),
  revenueCents: Number(totals.cents),
  asOf: String(totals.asof),
  scored: 0,
  frequencySum: 0,
  monetaryCents: 0,
  r: [0, 0, 0, 0, 0],
  f: [0, 0, 0, 0, 0],
  m: [0, 0, 0, 0, 0],
  monthly: {},
};
for (const row of scores) {
  const n = Number(row.customers);
  figures.scored += n;
  figures.frequencySum += Number(row.f);
  figures.monetaryCents += Number(row.cents);
  figures.r[Number(row.rs) - 1]! += n;
  figures.f[Number(row.fs) - 1]! += n;
  figures.m[Number(row.ms) - 1]! += n;
}
for (const row of monthly) figures.monthly[`${row.month} ${row.channel}`] = { revenueCents: Number(row.cents), orders: Number(row.orders) };

const report: ChildReport = {
  engine: "duckdb",
  rows: Number(totals.rows),
  ms,
  loadMs: ms,
  maxRss: process.resourceUsage().maxRSS * 1024,
  figures,
  notes: { threads: args.threads ?? "default", cpuMs: cpuMs() - cpu0 },
};
process.stdout.write(`${JSON.stringify(report)}\n`);
