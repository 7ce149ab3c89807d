/**
 * The validated order lines of one engine source, as one SELECT over its raw relation: every
 * line keeps its source, its file (or table) label, its parsed values and the reason it is
 * rejected ('' = accepted), in the order of the stream reader's checks, so the row account
 * adds up: lines scanned = accepted + rejected.
 */
import type { EngineSource } from "../../schemas/config.ts";
import type { Dialect } from "../dialect.ts";
import { dateDay, datePartsOf, dateSplit, dateValid, numberValid, numberValue } from "./parse.ts";

/** Where one source's lines come from, as the adapter resolved it. */
export interface LineSource {
  /** Index of the source in `data/klantbeeld.yaml` (order ids are unique per source). */
  index: number;
  source: EngineSource;
  /** A FROM item (table name or parenthesised query) whose columns are the export's. */
  relation: string;
  /** SQL expression of the file or table label of each row (for the row account). */
  file: string;
  /** SQL condition for a line with the wrong number of fields, when the reader can tell. */
  wrongFieldCount?: string;
}

/** The columns of the validated lines relation, in order. */
export const LINE_COLUMNS = ["src", "file", "order_id", "customer_id", "day", "cents", "quantity", "channel", "product", "category", "reason"] as const;

/** Rejection reason codes of lines, as the stream reader names them. */
export const REASONS = {
  orderId: "missing_order_id",
  customerId: "invalid_customer_id",
  date: "invalid_date",
  amount: "invalid_amount",
  quantity: "invalid_quantity",
  unitPrice: "invalid_unit_price",
  channel: "missing_channel",
  product: "invalid_product",
  category: "invalid_category",
} as const;

/** SELECT of the validated lines of one source (columns `LINE_COLUMNS`). */
export function linesSql(sql: Dialect, line: LineSource, reportZone: string): string {
  const { source } = line;
  const c = source.columns;
  const f = source.format;
  const col = (name: string | undefined) => (name === undefined ? "NULL" : sql.trim(sql.asText(sql.ident(name))));
  // Level 1: trimmed texts (nullable) of the mapped columns.
  const inner = `SELECT ${line.file} AS file, ${line.wrongFieldCount === undefined ? "0" : `CASE WHEN ${line.wrongFieldCount} THEN 1 ELSE 0 END`} AS t_wrong, ${col(c.orderId)} AS t_order, ${col(c.customerId)} AS t_customer, ${col(c.date)} AS t_date,
    ${col(c.amount)} AS t_amount, ${col(c.quantity)} AS t_quantity, ${col(c.unitPrice)} AS t_price, ${col(c.channel)} AS t_channel,
    ${col(c.product)} AS t_product, ${col(c.category)} AS t_category FROM ${line.relation}`;
  const blank = (t: string) => `coalesce(${t}, '') = ''`;
  const tooLong = (t: string, n: number) => `coalesce(${sql.length(t)}, 0) > ${n}`;
  const bad = (t: string) => `${numberValid(sql, `coalesce(${t}, '')`, f)} = 0`;
  const checks: [string, string][] = [["t_wrong = 1", "wrong_column_count"]];
  if (c.orderId !== undefined) checks.push([`${blank("t_order")} OR ${tooLong("t_order", 100)}`, REASONS.orderId]);
  if (c.customerId !== undefined) checks.push([tooLong("t_customer", 100), REASONS.customerId]);
  // The date's two regex steps run once per cell (level 2); its parts are split from them.
  const split = dateSplit(sql, "coalesce(t_date, '')", f.date);
  const parts = datePartsOf(sql, "d_match", "d_joined");
  checks.push([`${dateValid(sql, parts)} = 0`, REASONS.date]);
  if (c.amount !== undefined) {
    checks.push([bad("t_amount"), REASONS.amount]);
    if (c.quantity !== undefined) checks.push([bad("t_quantity"), REASONS.quantity]);
  } else {
    checks.push([bad("t_quantity"), REASONS.quantity]);
    checks.push([bad("t_price"), REASONS.unitPrice]);
  }
  if (c.channel !== undefined) checks.push([`${blank("t_channel")} OR ${tooLong("t_channel", 50)}`, REASONS.channel]);
  if (c.product !== undefined) checks.push([tooLong("t_product", 200), REASONS.product]);
  if (c.category !== undefined) checks.push([tooLong("t_category", 100), REASONS.category]);
  const reason = `CASE ${checks.map(([when, code]) => `WHEN ${when} THEN ${sql.text(code)}`).join(" ")} ELSE '' END`;
  const number = (t: string) => numberValue(sql, `coalesce(${t}, '')`, f);
  const cents =
    c.amount !== undefined ? sql.roundHalfUp(`${number("t_amount")} * 100`) : sql.roundHalfUp(`${number("t_quantity")} * ${number("t_price")} * 100`);
  // The line's quantity as the stream reader keeps it (1 when an amount source has no quantity column): unit prices for upsell.
  const quantity = c.quantity !== undefined ? number("t_quantity") : sql.toDouble(sql.text("1"));
  const map = Object.entries(source.channelMap).map(([from, to]) => `WHEN ${sql.text(from.toLowerCase())} THEN ${sql.text(to)}`);
  const lowered = sql.lower("t_channel");
  const channel =
    c.channel === undefined
      ? sql.text(fixedChannel(source))
      : map.length === 0
        ? lowered
        : `CASE ${lowered} ${map.join(" ")} ELSE ${lowered} END`;
  const nullIfBlank = (t: string) => `CASE WHEN ${blank(t)} THEN NULL ELSE ${t} END`;
  const day = dateDay(sql, parts, f.timeZone ?? reportZone, reportZone);
  const level2 = `SELECT *, ${split.matches} AS d_match, ${split.joined} AS d_joined FROM (${inner}) AS raw_lines`;
  return `SELECT ${line.index} AS src, file, ${nullIfBlank("t_order")} AS order_id, ${nullIfBlank("t_customer")} AS customer_id,
    ${day} AS day, ${cents} AS cents, ${quantity} AS quantity, ${channel} AS channel, ${nullIfBlank("t_product")} AS product,
    ${nullIfBlank("t_category")} AS category, ${reason} AS reason FROM (${level2}) AS split_lines`;
}

/** A source's fixed `channel`, through its channel map as the stream reader does. */
function fixedChannel(source: EngineSource): string {
  const key = (source.channel ?? "").trim().toLowerCase();
  const map = new Map(Object.entries(source.channelMap).map(([from, to]) => [from.toLowerCase(), to]));
  return map.get(key) ?? key;
}
