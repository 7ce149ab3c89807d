/** The DuckDB dialect table (DuckDB ≥ 1.1, ICU for time zones, window functions available). */
import { type Dialect, standardText } from "../dialect.ts";

/** DuckDB's expression builders. */
export const duckdbDialect: Dialect = {
  name: "duckdb",
  ident: (name) => `"${name.replaceAll('"', '""')}"`,
  text: standardText,
  asText: (expr) => `CAST(${expr} AS VARCHAR)`,
  trim: (expr) => `trim(${expr})`,
  lower: (expr) => `lower(${expr})`,
  length: (expr) => `length(${expr})`,
  matches: (expr, pattern) => `CAST(coalesce(regexp_full_match(${expr}, ${standardText(pattern)}), false) AS INTEGER)`,
  replaceFirst: (expr, pattern, template) => `regexp_replace(${expr}, ${standardText(pattern)}, ${standardText(template)})`,
  replaceAll: (expr, from, to) => `replace(${expr}, ${standardText(from)}, ${standardText(to)})`,
  splitPart: (expr, separator, index) => `split_part(${expr}, ${standardText(separator)}, ${index})`,
  toInt: (expr) => `coalesce(TRY_CAST(${expr} AS BIGINT), 0)`,
  toDouble: (expr) => `coalesce(TRY_CAST(${expr} AS DOUBLE), 0)`,
  bigint: (expr) => `CAST(${expr} AS BIGINT)`,
  intDiv: (a, b) => `CAST(trunc((${a}) / (${b})) AS BIGINT)`,
  roundHalfUp: (expr) => `CAST(floor((${expr}) + 0.5) AS BIGINT)`,
  localDay: (epoch, zone) => `(CAST(timezone(${standardText(zone)}, to_timestamp(${epoch})) AS DATE) - DATE '1970-01-01')`,
  wallEpoch: (iso, zone) => `epoch(timezone(${standardText(zone)}, CAST(${iso} AS TIMESTAMP)))`,
  monthOfDay: (day) => `(year(DATE '1970-01-01' + CAST(${day} AS INTEGER)) * 12 + month(DATE '1970-01-01' + CAST(${day} AS INTEGER)) - 1)`,
  expandRange: (count, alias) => ({ join: `CROSS JOIN range(${count}) AS ${alias}_t(${alias})`, select: alias }),
  kthSmallest: (expr, k) => `list_sort(list(${expr}))[${k}]`,
  firstKeys: (expr, n) => `list_sort(list(DISTINCT ${expr}) FILTER (WHERE ${expr} IS NOT NULL))[1:${n}]`,
  countDistinct: (expr) => `count(DISTINCT ${expr})`,
  anyValue: (expr) => `min(${expr})`,
  join: (right, keys) => `INNER JOIN (${right}) AS j_${keys.join("_")} USING (${keys.join(", ")})`,
  materialize: (expr) => expr,
  double: (expr) => `CAST(${expr} AS DOUBLE)`,
  leftJoin: (right, keys) => `LEFT JOIN (${right}) AS l_${keys.join("_")} USING (${keys.join(", ")})`,
  constantRows: (columns, rows) => {
    const value = (v: string | number, type: string) => (type === "text" ? standardText(String(v)) : `CAST(${Number(v)} AS DOUBLE)`);
    const list = rows.map((row) => `(${row.map((v, i) => value(v, columns[i]!.type)).join(", ")})`).join(", ");
    return `SELECT * FROM (VALUES ${list}) AS constant_rows(${columns.map((c) => c.name).join(", ")})`;
  },
  argMin: (expr, by) => `arg_min(${expr}, ${by})`,
  countIf: (condition) => `count(*) FILTER (WHERE ${condition})`,
  sumIf: (expr, condition) => `coalesce(sum(${expr}) FILTER (WHERE ${condition}), 0)`,
  rankBelow: (dist) => `SELECT snap, v, CAST(sum(c) OVER (PARTITION BY snap ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - c AS BIGINT) AS below,
    CAST(sum(c) OVER (PARTITION BY snap) AS BIGINT) AS total FROM ${dist} AS dist`,
  gapMedians: (days) => `SELECT cid, CAST(2 * median(CAST(gap AS DOUBLE)) AS BIGINT) AS gap2 FROM
    (SELECT cid, day - lag(day) OVER (PARTITION BY cid ORDER BY day) AS gap FROM ${days} AS d) AS gaps WHERE gap IS NOT NULL GROUP BY cid`,
  pick: (values, index) => `([${values.join(", ")}])[(${index}) + 1]`,
};
