/**
 * Test-only builders of the compact `Store` for the RFM tests: from tiny inline order lists, from
 * the CDNOW_master.csv extract in test/fixtures/cdnow, and from the whole CDNOW_master.csv (read-only
 * in the shared data folder, see test/real-data.ts, never copied; test/large only); parsed with papaparse.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SHARED_DATA } from "../real-data.ts";
import Papa from "papaparse";
import type { Store } from "../../loaders/model/store.ts";

/** One order: customer id (null = unregistered), ISO date, net amount. */
export type OrderRow = [customer: string | null, iso: string, amount: number];

/** Day number of an ISO date, computed here without the module under test. */
export function isoDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** A `Store` of the given orders: customers indexed by first appearance, orders stably sorted by day. */
export function storeOf(rows: readonly OrderRow[]): Store {
  const ids = new Map<string, number>();
  for (const [id] of rows) if (id !== null && !ids.has(id)) ids.set(id, ids.size);
  const sorted = rows.map((row, i) => ({ row, i, day: isoDay(row[1]) })).sort((a, b) => a.day - b.day || a.i - b.i);
  const n = rows.length;
  const orders = { length: n, customer: new Int32Array(n), day: new Int32Array(n), amount: new Float64Array(n), channel: new Uint16Array(n) };
  sorted.forEach(({ row, day }, k) => {
    orders.customer[k] = row[0] === null ? -1 : ids.get(row[0])!;
    orders.day[k] = day;
    orders.amount[k] = row[2];
  });
  const empty = { length: 0, order: new Int32Array(0), customer: new Int32Array(0), day: new Int32Array(0), category: new Int32Array(0), product: new Int32Array(0), amount: new Float64Array(0), quantity: new Float64Array(0) };
  return {
    customerCount: ids.size,
    customerIds: [...ids.keys()],
    orders,
    lines: empty,
    channels: ["web"],
    categories: [],
    products: [],
    firstDay: n === 0 ? null : orders.day[0]!,
    lastDay: n === 0 ? null : orders.day[n - 1]!,
  };
}

/** CDNOW_master.csv rows as parsed by papaparse: id, ISO date, dollars (each row one order). Whole file: test/large only. */
export function readCdnowRows(): OrderRow[] {
  return parseOrders(join(SHARED_DATA, "cdnow", "CDNOW_master.csv"));
}

/** test/fixtures/cdnow/master-orders.csv: the CDNOW_master.csv rows of customers 00001..00300 (see its README). */
export function readCdnowExtractRows(): OrderRow[] {
  return parseOrders(new URL("../fixtures/cdnow/master-orders.csv", import.meta.url).pathname);
}

function parseOrders(path: string): OrderRow[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${path}: ${parsed.errors.length} parse errors`);
  return parsed.data.map((r) => [r["customer_id"]!, r["date"]!, Number(r["dollar_value"])]);
}

/** Orders whose month-end segments (2-month window) are worked out in rfm-history.test.ts: P Q S T U = 0..4. */
export const MOVES: OrderRow[] = [
  ["P", "2024-01-10", 100],
  ["P", "2024-02-10", 100],
  ["P", "2024-03-10", 100],
  ["Q", "2024-01-20", 10],
  ["S", "2024-01-05", 50],
  ["S", "2024-03-31", 20],
  ["T", "2024-02-29", 5],
  ["U", "2024-01-31", 200],
  ["U", "2024-02-15", -200],
  [null, "2024-02-10", 7],
];
