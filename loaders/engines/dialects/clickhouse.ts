/**
 * The ClickHouse dialect table. Written for 18.16 (Debian's package) and up: no window
 * functions and no CTE subqueries, so ranks come from sorted arrays and windows from `arrayJoin`;
 * `if` evaluates both branches, so every conversion is of the never-failing `…OrZero` kind.
 */
import type { Dialect } from "../dialect.ts";

/** A ClickHouse string literal (backslash is an escape character there). */
function text(value: string): string {
  return `'${value.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}

/** ClickHouse's expression builders. */
export const clickhouseDialect: Dialect = {
  name: "clickhouse",
  ident: (name) => `\`${name.replaceAll("\\", "\\\\").replaceAll("`", "\\`")}\``,
  text,
  asText: (expr) => `toString(${expr})`,
  trim: (expr) => `replaceRegexpAll(${expr}, ${text("^\\s+|\\s+$")}, '')`,
  lower: (expr) => `lowerUTF8(${expr})`,
  length: (expr) => `lengthUTF8(${expr})`,
  matches: (expr, pattern) => `toInt32(ifNull(match(${expr}, ${text(pattern)}), 0))`,
  replaceFirst: (expr, pattern, template) => `replaceRegexpOne(${expr}, ${text(pattern)}, ${text(template)})`,
  replaceAll: (expr, from, to) => `replaceAll(${expr}, ${text(from)}, ${text(to)})`,
  splitPart: (expr, separator, index) => `arrayElement(splitByChar(${text(separator)}, ifNull(${expr}, '')), ${index})`,
  toInt: (expr) => `toInt64OrZero(ifNull(${expr}, ''))`,
  toDouble: (expr) => `toFloat64OrZero(ifNull(${expr}, ''))`,
  bigint: (expr) => `toInt64(${expr})`,
  intDiv: (a, b) => `intDiv(toInt64(${a}), toInt64(${b}))`,
  roundHalfUp: (expr) => `toInt64(floor((${expr}) + 0.5))`,
  localDay: (epoch, zone) => `toInt64(toDate(toDateTime(toUInt32(greatest(${epoch}, 0))), ${text(zone)}))`,
  wallEpoch: (iso, zone) => `toInt64(toDateTime(${iso}, ${text(zone)}))`,
  monthOfDay: (day) => `(toYear(toDate(toUInt16(${day}))) * 12 + toMonth(toDate(toUInt16(${day}))) - 1)`,
  expandRange: (count, alias) => ({ join: "", select: `arrayJoin(range(${count})) AS ${alias}` }),
  kthSmallest: (expr, k) => `arrayElement(arraySort(groupArray(${expr})), ${k})`,
  firstKeys: (expr, n) => `arraySlice(arraySort(arrayFilter(x -> x != '', groupUniqArray(assumeNotNull(${expr})))), 1, ${n})`,
  countDistinct: (expr) => `uniqExact(${expr})`,
  anyValue: (expr) => `min(${expr})`,
  join: (right, keys) => `ALL INNER JOIN (${right}) USING ${keys.join(", ")}`,
  materialize: (expr) => `materialize(${expr})`,
  double: (expr) => `toFloat64(${expr})`,
  leftJoin: (right, keys) => `ALL LEFT JOIN (${right}) USING ${keys.join(", ")}`,
  // 18.16 has no VALUES table function: an array of tuples, one row per element.
  constantRows: (columns, rows) => {
    const value = (v: string | number, type: string) => (type === "text" ? text(String(v)) : `toFloat64(${Number(v)})`);
    const list = rows.map((row) => `tuple(${row.map((v, i) => value(v, columns[i]!.type)).join(", ")})`).join(", ");
    return `SELECT ${columns.map((c, i) => `tupleElement(constant_row, ${i + 1}) AS ${c.name}`).join(", ")} FROM (SELECT arrayJoin([${list}]) AS constant_row)`;
  },
  argMin: (expr, by) => `argMin(${expr}, ${by})`,
  countIf: (condition) => `countIf(${condition})`,
  sumIf: (expr, condition) => `sumIf(${expr}, ${condition})`,
  // No window functions: per snap the (v, c) pairs sorted into arrays, a running sum, then one row per pair again.
  rankBelow: (dist) => `SELECT snap, tupleElement(p, 1) AS v, toInt64(tupleElement(p, 2)) AS below, toInt64(snap_total) AS total FROM (
    SELECT snap, arraySum(cs) AS snap_total, arrayJoin(arrayMap((x, s, n) -> (x, s - n), vs, arrayCumSum(cs), cs)) AS p FROM (
      SELECT snap, arrayMap(t -> tupleElement(t, 1), sorted) AS vs, arrayMap(t -> tupleElement(t, 2), sorted) AS cs FROM (
        SELECT snap, arraySort(groupArray((v, c))) AS sorted FROM ${dist} GROUP BY snap)))`,
  // Per customer the sorted days, their differences sorted; the middle one doubled, or the two middle ones added.
  gapMedians: (days) => `SELECT cid, toInt64(if(n % 2 = 1, 2 * gs[intDiv(n + 1, 2)], gs[intDiv(n, 2)] + gs[intDiv(n, 2) + 1])) AS gap2 FROM (
    SELECT cid, arraySort(arrayMap((a, b) -> a - b, arrayPopFront(ds), arrayPopBack(ds))) AS gs, length(gs) AS n FROM (
      SELECT cid, arraySort(groupArray(day)) AS ds FROM ${days} GROUP BY cid HAVING count() >= 2))`,
  pick: (values, index) => `arrayElement([${values.join(", ")}], toInt64(${index}) + 1)`,
};
