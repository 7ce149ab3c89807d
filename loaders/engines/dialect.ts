/**
 * What differs between SQL engines, and nothing else: each engine's dialect table implements
 * these few expression builders, and every pushed-down query (`sql/*.ts`) is written once in
 * terms of them. A third engine (Postgres, BigQuery …) is one adapter plus one of these tables.
 */

/** Per-dialect SQL expression builders (arguments and results are SQL expression text). */
export interface Dialect {
  /** Name for messages (`duckdb`, `clickhouse`). */
  name: string;
  /** Quotes an identifier (column or table name). */
  ident(name: string): string;
  /** A string literal. */
  text(value: string): string;
  /** `expr` as nullable text (a typed warehouse column read as the text an export would hold). */
  asText(expr: string): string;
  /** Spaces trimmed on both sides. */
  trim(expr: string): string;
  /** Unicode-aware lower case. */
  lower(expr: string): string;
  /** Length in characters (not bytes). */
  length(expr: string): string;
  /** 1 when `expr` matches the RE2 `pattern` (anchored by the caller), else 0; NULL-safe. */
  matches(expr: string, pattern: string): string;
  /** `expr` with the first match of the RE2 `pattern` replaced by `template` (`\\1` backrefs). */
  replaceFirst(expr: string, pattern: string, template: string): string;
  /** All occurrences of the literal `from` replaced by `to`. */
  replaceAll(expr: string, from: string, to: string): string;
  /** Part `index` (1-based) of `expr` split at the one-character `separator`. */
  splitPart(expr: string, separator: string, index: number): string;
  /** Text → 64-bit integer, 0 where it is not one (never an error). */
  toInt(expr: string): string;
  /** Text → double, 0 where it is not one (never an error). */
  toDouble(expr: string): string;
  /** An integer expression as a signed 64-bit integer (UNION ALL branches must agree on types). */
  bigint(expr: string): string;
  /** Integer division truncating toward zero. */
  intDiv(a: string, b: string): string;
  /** Rounds a double to a 64-bit integer, halves up (as JavaScript's `Math.round`). */
  roundHalfUp(expr: string): string;
  /** Local day number (days since 1970-01-01) in `zone` of a UTC instant in epoch seconds. */
  localDay(epochSeconds: string, zone: string): string;
  /** Epoch seconds of a valid wall-clock `yyyy-mm-dd hh:mm:ss` text in `zone`. */
  wallEpoch(isoText: string, zone: string): string;
  /** Month index (year × 12 + month − 1) of a day number. */
  monthOfDay(day: string): string;
  /** Expands each row into `count` rows numbered 0 … count − 1 in a column named `alias` (a FROM-clause item). */
  expandRange(count: number, alias: string): { join: string; select: string };
  /** Aggregate: the `k`-th smallest (1-based) value of `expr` in the group. */
  kthSmallest(expr: string, k: string): string;
  /** Aggregate: up to `n` distinct non-null values of `expr`, sorted, as an array. */
  firstKeys(expr: string, n: number): string;
  /** Aggregate: number of distinct values of `expr`. */
  countDistinct(expr: string): string;
  /** Aggregate: any one value of `expr` in the group (the smallest, for determinism). */
  anyValue(expr: string): string;
  /** Inner join clause of the SELECT `right` on the columns `keys` (other columns of both sides named uniquely, unqualified). */
  join(right: string, keys: readonly string[]): string;
  /** `expr` as an ordinary column (ClickHouse keeps a literal constant, and refuses to join a constant with a stored column). */
  materialize(expr: string): string;
  /** A number expression as a double (IEEE 754, as JavaScript computes). */
  double(expr: string): string;
  /**
   * Left join clause of the SELECT `right` on `keys`: a row without a match gets NULL (DuckDB) or
   * the type's default (ClickHouse: '' and 0) in the right's columns, so read them through a 1/0 flag.
   */
  leftJoin(right: string, keys: readonly string[]): string;
  /** A SELECT of constant rows (non-empty): `columns` named and typed, `rows` of strings (text) and numbers (double). */
  constantRows(columns: readonly { name: string; type: "text" | "double" }[], rows: readonly (readonly (string | number)[])[]): string;
  /** Aggregate: the value of `expr` on the row with the smallest `by`. */
  argMin(expr: string, by: string): string;
  /** Conditional aggregate count. */
  countIf(condition: string): string;
  /** Conditional aggregate sum. */
  sumIf(expr: string, condition: string): string;
  /**
   * Ranks without a sort per row: over the FROM item `dist` with columns `snap`, `v` and `c` (one
   * row per snap and distinct v, c = how many have it), a SELECT of `snap`, `v`, `below` (Σ c of
   * the smaller v of the snap) and `total` (Σ c of the snap), all 64-bit integers but `v`.
   */
  rankBelow(dist: string): string;
  /**
   * Median purchase gaps without a sort per row: over the FROM item `days` with columns `cid` and
   * `day` (one row per customer and distinct day), a SELECT of `cid` and `gap2` — twice the median
   * of the gaps between consecutive days (an exact 64-bit integer) — for customers with two or more days.
   */
  gapMedians(days: string): string;
  /** Element `index` (0-based SQL integer expression) of a constant integer list. */
  pick(values: readonly number[], index: string): string;
}

/** Quotes a string as a standard SQL literal (single quotes doubled, backslashes kept). */
export function standardText(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
