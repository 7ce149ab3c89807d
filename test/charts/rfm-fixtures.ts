/**
 * Test-only: the bundle sections the chart tests draw, computed from tiny fixtures (MOVES, see
 * test/metrics/rfm-store.ts) and the CDNOW sample extract (test/fixtures/cdnow), plus a jsdom document like the build's.
 */
import { JSDOM } from "jsdom";
import { repurchaseSection } from "../../loaders/bundle/repurchase.ts";
import { rfmSection } from "../../loaders/bundle/rfm.ts";
import { parseMonthKey } from "../../loaders/lib/months.ts";
import { rfm } from "../../loaders/metrics/rfm.ts";
import { ConfigSchema } from "../../loaders/schemas/config.ts";
import { readSampleExtract } from "../metrics/cdnow.ts";
import { MOVES, storeOf, type OrderRow } from "../metrics/rfm-store.ts";

/** A fresh build-like document. */
export const chartDocument = (): Document => new JSDOM("<!doctype html><html><body></body></html>").window.document;

/** A config with the given minimum group size and a 2-month RFM window (for MOVES). */
export const configOf = (extra: Record<string, unknown>) => ConfigSchema.parse({ version: 1, sources: [{ name: "t", kind: "transactions", files: "t.csv", columns: { date: "d", amount: "a" } }], ...extra });

/** The RFM section of MOVES, Jan..Mar 2024, window 2 months, with k as given. */
export function movesSection(k: number) {
  return rfmSection(storeOf(MOVES), configOf({ minGroupSize: k, rfm: { windowMonths: 2 } }), parseMonthKey("2024-01"), parseMonthKey("2024-03"));
}

/** The repurchase section of the CDNOW sample extract (300 customers) as of 1998-06 (holdout 9 months, the published split). */
export function sampleRepurchase() {
  const c = readSampleExtract();
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const store = storeOf(Array.from(c.customer, (id, i): OrderRow => [`s${id}`, iso(c.day[i]!), c.amount[i]!]));
  const month = parseMonthKey("1998-06");
  const config = configOf({ repurchase: { holdoutMonths: 9 } });
  return { rfm: rfmSection(store, config, parseMonthKey("1997-01"), month), repurchase: repurchaseSection(store, config, month, rfm(store, month).segment) };
}
