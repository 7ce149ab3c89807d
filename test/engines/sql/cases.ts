/**
 * Test helper: cell-rule cases for the SQL parsers, with the values worked out by hand, and a
 * runner that evaluates them in any engine through its `query` function — the same table for
 * DuckDB (in-process) and ClickHouse (the test cluster).
 */
import type { Format } from "../../../loaders/schemas/config.ts";
import type { Dialect } from "../../../loaders/engines/dialect.ts";
import { dateDay, dateParts, dateValid, numberValid, numberValue } from "../../../loaders/engines/sql/parse.ts";

const fmt = (over: Partial<Format>): Format => ({ delimiter: ",", decimal: ".", thousands: "", date: "yyyy-mm-dd", encoding: "utf-8", ...over });

/** Number cells: text, format, expected value (null = rejected). */
export const NUMBER_CASES: [string, Format, number | null][] = [
  ["1234.56", fmt({}), 1234.56],
  ["-12.5", fmt({}), -12.5],
  ["+3", fmt({}), 3],
  ["1,234.56", fmt({}), null], // no thousands separator declared: rejected, never 1.23
  ["12.", fmt({}), null],
  ["", fmt({}), null],
  ["1.234,56", fmt({ decimal: ",", thousands: "." }), 1234.56],
  ["1,234.56", fmt({ decimal: ",", thousands: "." }), null], // the locale trap: US text in a Dutch export
  ["12.34", fmt({ decimal: ",", thousands: "." }), null], // a group of two after a thousands dot
  ["1234,5", fmt({ decimal: ",", thousands: "." }), 1234.5],
  ["1,234.56", fmt({ decimal: ".", thousands: "," }), 1234.56],
  ["1,234,567", fmt({ decimal: ".", thousands: "," }), 1234567],
];

/** Date cells: text, date format, source zone, expected day number in Europe/Amsterdam (null = rejected). */
export const DATE_CASES: [string, Format["date"], string, number | null][] = [
  ["31-12-2025", "dd-mm-yyyy", "Europe/Amsterdam", 20453], // 2025-12-31 (documented example)
  ["2023-10-31T23:01:00Z", "yyyy-mm-dd", "Europe/Amsterdam", 19662], // 00:01 on 1 Nov in Amsterdam
  ["2023-10-31T22:59:00Z", "yyyy-mm-dd", "Europe/Amsterdam", 19661], // 23:59 on 31 Oct (CET, +1)
  ["2024-06-30 23:30:00+02:00", "yyyy-mm-dd", "Europe/Amsterdam", 19904], // 2024-06-30 local
  ["2024-06-30T22:30:00Z", "yyyy-mm-dd", "Europe/Amsterdam", 19905], // 00:30 on 1 July (CEST, +2)
  ["2024-06-30 23:30", "yyyy-mm-dd", "Europe/London", 19905], // London 23:30 = Amsterdam 00:30 next day
  ["29-02-2024", "dd-mm-yyyy", "Europe/Amsterdam", 19782],
  ["29-02-2023", "dd-mm-yyyy", "Europe/Amsterdam", null],
  ["7-3-2025", "d-m-yyyy", "Europe/Amsterdam", 20154],
  ["03/07/2025", "mm/dd/yyyy", "Europe/Amsterdam", 20154], // 7 March, as 20250307
  ["20250307", "yyyymmdd", "Europe/Amsterdam", 20154],
  ["2025-03-07 24:00", "yyyy-mm-dd", "Europe/Amsterdam", null],
  ["2025-13-01", "yyyy-mm-dd", "Europe/Amsterdam", null],
  ["07-03-25", "dd-mm-yyyy", "Europe/Amsterdam", null],
];

/** Evaluates every case as one SELECT per case; returns [text, got] pairs (null = rejected). */
export async function evaluate(sql: Dialect, query: (text: string) => Promise<Record<string, unknown>[]>) {
  const numbers: (number | null)[] = [];
  for (const [text, format] of NUMBER_CASES) {
    const t = sql.text(text);
    const [row] = await query(`SELECT ${numberValid(sql, t, format)} AS ok, ${numberValue(sql, t, format)} AS v`);
    numbers.push(Number(row!.ok) === 1 ? Number(row!.v) : null);
  }
  const days: (number | null)[] = [];
  for (const [text, format, zone] of DATE_CASES) {
    const t = sql.text(text);
    const p = dateParts(sql, t, format);
    const [row] = await query(`SELECT ${dateValid(sql, p)} AS ok, ${dateDay(sql, p, zone, "Europe/Amsterdam")} AS d`);
    days.push(Number(row!.ok) === 1 ? Number(row!.d) : null);
  }
  return { numbers, days };
}

/** Values per snapshot for the rank builder: snap 1 holds 5, 3, 3, 9, 1, 3, 7; snap 2 holds 2, 2. */
export const RANK_VALUES: Record<number, number[]> = { 1: [5, 3, 3, 9, 1, 3, 7], 2: [2, 2] };

/** [snap, v, below, total] by hand: sorted 1, 3, 3, 3, 5, 7, 9 → below 0, 1, 4, 5, 6 of 7; 2, 2 → 0 of 2. */
export const RANK_EXPECTED: [number, number, number, number][] = [
  [1, 1, 0, 7], [1, 3, 1, 7], [1, 5, 4, 7], [1, 7, 5, 7], [1, 9, 6, 7], [2, 2, 0, 2],
];

/** Runs `rankBelow` over `RANK_VALUES` and `pick` over a constant list; rows as [snap, v, below, total]. */
export async function evaluateRanks(sql: Dialect, query: (text: string) => Promise<Record<string, unknown>[]>) {
  const counts = new Map<string, number>();
  for (const [snap, values] of Object.entries(RANK_VALUES)) for (const v of values) counts.set(`${snap}:${v}`, (counts.get(`${snap}:${v}`) ?? 0) + 1);
  const dist = [...counts].map(([key, c]) => `SELECT ${key.split(":")[0]} AS snap, ${key.split(":")[1]} AS v, ${c} AS c`).join(" UNION ALL ");
  const rows = await query(`SELECT snap, v, below, total FROM (${sql.rankBelow(`(${dist})`)}) AS r ORDER BY snap, v`);
  const [picked] = await query(`SELECT ${sql.pick([4, 5, 6], "2")} AS x`);
  return { ranks: rows.map((r) => [Number(r.snap), Number(r.v), Number(r.below), Number(r.total)]), picked: Number(picked!.x) };
}
