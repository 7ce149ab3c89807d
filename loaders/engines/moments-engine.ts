/**
 * The joined inputs of the moments and profile sections in an engine load: the ids of the
 * customers in the signals, profiles and offers exports go to the engine as a temporary table,
 * and only those customers' purchase days, RFM group, window revenue and last purchase come back
 * (`sql/moments.ts`); `momentInputsOf` turns them into the `MomentInputs` the stream path builds
 * from its store.
 */
import { type MomentInputs, momentInputsOf, momentWindowStart } from "../bundle/moment-inputs.ts";
import type { PurchaseDays } from "../metrics/repeat-summary.ts";
import { SEGMENT_IDS } from "../metrics/rfm-segments.ts";
import type { Config } from "../schemas/config.ts";
import type { MomentData } from "../sources/moment-data.ts";
import type { EngineAdapter } from "./adapter.ts";
import { momentCustomersSql, momentDaysSql } from "./sql/moments.ts";
import { purchaseDaysSql } from "./sql/repurchase.ts";

/** Ids per constant-rows query (a ClickHouse query holds at most 16 MiB). */
const CHUNK = 20_000;

/** Sends `ids` (index = position) to the engine as a kept table with columns `cid`, `m_idx`. */
async function keepIds(adapter: EngineAdapter, ids: readonly string[]): Promise<string> {
  const sql = adapter.dialect;
  const parts: string[] = [];
  for (let start = 0; start < ids.length; start += CHUNK) {
    const rows = ids.slice(start, start + CHUNK).map((id, k) => [id, start + k]);
    parts.push(await adapter.keep(`kb_moment_ids_${parts.length}`, sql.constantRows([{ name: "cid", type: "text" }, { name: "m_idx", type: "double" }], rows)));
  }
  if (parts.length === 1) return parts[0]!;
  return await adapter.keep("kb_moment_ids", parts.map((p) => `SELECT cid, m_idx FROM ${p}`).join(" UNION ALL "));
}

/** Purchase days in compressed-row form from rows ordered by (idx, day). */
export function purchaseDaysOfRows(rows: readonly { idx: number; day: number; cents: number }[], customerCount: number): PurchaseDays {
  const offsets = new Int32Array(customerCount + 1);
  for (const r of rows) offsets[r.idx + 1]!++;
  for (let c = 0; c < customerCount; c++) offsets[c + 1]! += offsets[c]!;
  return { customerCount, offsets, days: Int32Array.from(rows, (r) => r.day), totals: Float64Array.from(rows, (r) => r.cents / 100) };
}

/** The moment inputs as of `asOf`, groups from the kept RFM `segments` snapshot of month `last`. */
export async function engineMomentInputs(adapter: EngineAdapter, orders: string, segments: string, config: Config, data: MomentData, last: number, asOf: number): Promise<MomentInputs> {
  const sql = adapter.dialect;
  const n = data.customerIds.length;
  const group = new Int8Array(n).fill(SEGMENT_IDS.length);
  const revenue = new Float64Array(n);
  const lastPurchase = new Int32Array(n).fill(-1);
  let purchases = purchaseDaysOfRows([], n);
  if (n > 0) {
    const ids = await keepIds(adapter, data.customerIds);
    const days = await adapter.keep("kb_moment_purchase_days", purchaseDaysSql(sql, orders, asOf));
    const rows = (await adapter.query(momentDaysSql(sql, days, ids))).map((r) => ({ idx: Number(r.idx), day: Number(r.day), cents: Number(r.p_cents) }));
    purchases = purchaseDaysOfRows(rows, n);
    for (const r of await adapter.query(momentCustomersSql(sql, orders, segments, ids, last, momentWindowStart(config, asOf), asOf))) {
      const c = Number(r.idx);
      if (Number(r.seg1) > 0) group[c] = Number(r.seg1) - 1;
      revenue[c] = Number(r.cents) / 100;
      lastPurchase[c] = Number(r.last_day);
    }
  }
  return momentInputsOf(config, data, asOf, { purchases, group, revenue, lastPurchase });
}
