/**
 * Real public exports (../shared/data, see its README) load through a description file alone,
 * and the loader's totals match an independent computation done here with plain papaparse.
 * Skipped, with a note, on a machine without the shared data folder.
 */
import { existsSync, readFileSync } from "node:fs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSources } from "../../../loaders/sources/load-sources.ts";
import { readConfig } from "../../../loaders/sources/read-config.ts";
import { monthlySales } from "../../../loaders/metrics/monthly-sales.ts";
import { monthOfDay, monthRange } from "../../../loaders/lib/months.ts";
import { SHARED_DATA } from "../../real-data.ts";

/** The shared real data (see test/real-data.ts). */
const SHARED = SHARED_DATA;

type Loaded = Awaited<ReturnType<typeof loadSources>>;
type Rows = Record<string, string>[];

/** Loads a real data folder through a description file, and parses the raw CSV independently. */
async function loadReal(dir: string, description: string, csv: string): Promise<Loaded & { rows: Rows }> {
  const loaded = await loadSources(await readConfig(dir, description), dir);
  const rows = Papa.parse<Record<string, string>>(readFileSync(`${dir}/${csv}`, "utf8"), { header: true, skipEmptyLines: true }).data;
  return { ...loaded, rows };
}

/** Per-month sums keyed `yyyy-mm`, from rows of [month, amount]. */
function byMonth(rows: Iterable<[string, number]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [m, v] of rows) out.set(m, (out.get(m) ?? 0) + v);
  return out;
}

/** The loader's monthly net revenue keyed `yyyy-mm`. */
function loaderMonths(store: Awaited<ReturnType<typeof loadSources>>["store"]): Map<string, number> {
  const first = monthOfDay(store.firstDay!);
  const last = monthOfDay(store.lastDay!);
  const sales = monthlySales(store, first, last);
  return new Map(monthRange(first, last).map((m, i) => [m, sales.revenue[i]!]));
}

describe.skipIf(!existsSync(`${SHARED}/cdnow/CDNOW_master.csv`))("CDNOW master (real data)", () => {
  let store: Loaded["store"];
  let accounts: Loaded["accounts"];
  let rows: Rows;
  beforeAll(async () => {
    ({ store, accounts, rows } = await loadReal(`${SHARED}/cdnow`, "test/fixtures/real/cdnow.yaml", "CDNOW_master.csv"));
  });

  it("matches the published totals and an independent count", () => {
    const customers = new Set(rows.map((r) => r.customer_id));
    const total = rows.reduce((s, r) => s + Number(r.dollar_value), 0);
    expect([rows.length, customers.size, Math.round(total * 100) / 100]).toEqual([69_659, 23_570, 2_500_315.63]);
    expect(accounts[0]).toMatchObject({ rowsRead: 69_659, rowsAccepted: 69_659, rowsRejected: 0 });
    expect(store.customerCount).toBe(23_570);
    const loaded = Array.from(store.orders.amount).reduce((a, b) => a + b, 0);
    expect(loaded).toBeCloseTo(2_500_315.63, 2);
  });

  it("puts every dollar in the same month as the raw dates say", () => {
    const independent = byMonth(rows.map((r) => [r.date!.slice(0, 7), Number(r.dollar_value)]));
    const ours = loaderMonths(store);
    expect([...ours.keys()]).toEqual([...independent.keys()].sort());
    for (const [m, v] of independent) expect(ours.get(m)).toBeCloseTo(v, 2);
  });
});

describe.skipIf(!existsSync(`${SHARED}/complete_journey/transactions_sample.csv`))("Complete Journey sample (real data)", () => {
  let store: Loaded["store"];
  let accounts: Loaded["accounts"];
  let rows: Rows;
  let plain: Rows;
  beforeAll(async () => {
    ({ store, accounts, rows } = await loadReal(`${SHARED}/complete_journey`, "test/fixtures/real/complete-journey.yaml", "transactions_sample.csv"));
    // The one cell in scientific notation (4.440892e-16) is rejected: we never guess at number formats.
    plain = rows.filter((r) => /^-?\d+(\.\d+)?$/.test(r.sales_value!));
  });

  it("accounts for every row: 75,000 read = 74,999 accepted + 1 rejected", () => {
    expect(rows.length - plain.length).toBe(1);
    expect(accounts[0]).toMatchObject({ rowsRead: 75_000, rowsAccepted: 74_999, rowsRejected: 1, reasons: { invalid_amount: 1 } });
    expect(accounts[0]!.rejections[0]).toMatchObject({ column: "sales_value", line: rows.indexOf(rows.find((r) => !plain.includes(r))!) + 2 });
  });

  it("matches households, baskets and net sales counted independently", () => {
    expect(store.customerCount).toBe(new Set(plain.map((r) => r.household_id)).size);
    expect(store.customerCount).toBe(2_377);
    expect(store.orders.length).toBe(new Set(plain.map((r) => r.basket_id)).size);
    const total = plain.reduce((s, r) => s + Number(r.sales_value), 0);
    expect(Array.from(store.orders.amount).reduce((a, b) => a + b, 0)).toBeCloseTo(total, 2);
  });

  it("counts New York local timestamps in their own month", () => {
    const independent = byMonth(plain.map((r) => [r.transaction_timestamp!.slice(0, 7), Number(r.sales_value)]));
    const ours = loaderMonths(store);
    for (const [m, v] of independent) expect(ours.get(m)).toBeCloseTo(v, 2);
  });
});
