/**
 * Test-only readers for the CDNOW data: the small fixtures in test/fixtures/cdnow (see its README;
 * every `npm test` uses them) and the whole files in the shared data folder (test/real-data.ts;
 * read-only, never copied; only test/large uses them). Orders come as plain arrays, customers
 * interned to 0..n−1 in order of first appearance.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SHARED_DATA } from "../real-data.ts";
import { dayOf } from "../../loaders/lib/months.ts";

/** Directory with the CDNOW files. */
export const CDNOW_DIR = join(SHARED_DATA, "cdnow");

/** Orders as aligned arrays plus the number of customers. */
export interface CdnowOrders {
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  customerCount: number;
}

/** CDNOW_sample.txt: no header; master id, sample id, yyyymmdd, CDs, dollars (whitespace-separated). */
export function readCdnowSample(): CdnowOrders {
  const rows = readFileSync(`${CDNOW_DIR}/CDNOW_sample.txt`, "utf8").trim().split(/\r?\n/).map((line) => line.trim().split(/\s+/));
  return intern(rows.map((f) => [f[0]!, `${f[2]!.slice(0, 4)}-${f[2]!.slice(4, 6)}-${f[2]!.slice(6, 8)}`, f[4]!]));
}

/** CDNOW_master.csv: header customer_id,date,number_of_cds,dollar_value with ISO dates. */
export function readCdnowMaster(): CdnowOrders {
  const rows = readFileSync(`${CDNOW_DIR}/CDNOW_master.csv`, "utf8").trim().split(/\r?\n/).slice(1).map((line) => line.split(","));
  return intern(rows.map((f) => [f[0]!, f[1]!, f[3]!]));
}

/** Directory with the committed CDNOW fixtures. */
export const CDNOW_FIXTURES = new URL("../fixtures/cdnow/", import.meta.url).pathname;

/** test/fixtures/cdnow/sample-orders.csv: the sample's orders of its first 300 customers. */
export function readSampleExtract(): CdnowOrders {
  return intern(csvRows("sample-orders.csv").map((f) => [f[0]!, f[1]!, f[2]!]));
}

/** A calibration summary in weeks, one entry per customer. */
export interface CalibrationRows {
  x: number[];
  tx: number[];
  T: number[];
}

/**
 * test/fixtures/cdnow/sample-calibration.csv: the 1/10 sample's calibration summary (to 1997-09-30),
 * one entry per customer (2,357), expanded from the distinct (x, t_x, T) rows; weeks = days / 7.
 */
export function readSampleCalibration(): CalibrationRows {
  const out: CalibrationRows = { x: [], tx: [], T: [] };
  for (const [x, txDays, TDays, customers] of csvRows("sample-calibration.csv").map((f) => f.map(Number))) {
    for (let k = 0; k < customers!; k++) {
      out.x.push(x!);
      out.tx.push(txDays! / 7);
      out.T.push(TDays! / 7);
    }
  }
  return out;
}

/** test/fixtures/cdnow/sample-spend.csv: x and mean repeat spend of the sample's 946 repeat customers. */
export function readSampleSpend(): { x: number[]; spend: number[] } {
  const rows = csvRows("sample-spend.csv").map((f) => f.map(Number));
  return { x: rows.map((r) => r[0]!), spend: rows.map((r) => r[1]! / r[0]!) };
}

function csvRows(name: string): string[][] {
  return readFileSync(join(CDNOW_FIXTURES, name), "utf8").trim().split(/\r?\n/).slice(1).map((line) => line.split(","));
}

/** Day number of an ISO date. */
export function isoToDay(iso: string): number {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

function intern(rows: [id: string, iso: string, dollars: string][]): CdnowOrders {
  const ids = new Map<string, number>();
  const out = { customer: new Int32Array(rows.length), day: new Int32Array(rows.length), amount: new Float64Array(rows.length) };
  rows.forEach(([id, iso, dollars], i) => {
    let c = ids.get(id);
    if (c === undefined) ids.set(id, (c = ids.size));
    out.customer[i] = c;
    out.day[i] = isoToDay(iso);
    out.amount[i] = Number(dollars);
  });
  return { ...out, customerCount: ids.size };
}
