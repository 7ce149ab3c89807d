/**
 * Joins the transactions to the customers of the signals, profiles and offers exports (by id, in
 * memory only): their purchase days, their RFM segment at the last month end (or "outside"), and
 * their revenue and last purchase for the profile comparison. Shared by both moment sections and
 * the campaign export.
 */
import { isoDay } from "../lib/months.ts";
import { type PurchaseDays, purchaseDays } from "../metrics/repeat-summary.ts";
import { rfm } from "../metrics/rfm.ts";
import { SEGMENT_IDS, SEGMENTS } from "../metrics/rfm-segments.ts";
import { firstSignalDay, timeline, type Timeline } from "../metrics/timeline.ts";
import type { Config } from "../schemas/config.ts";
import { TriggerSettingsSchema, type TriggerSettings } from "../schemas/triggers.ts";
import type { MomentData } from "../sources/moment-data.ts";
import type { Store } from "../model/store.ts";
import { repurchaseSettings } from "./repurchase.ts";
import { rfmSettings } from "./rfm-settings.ts";

/** Group ids of the per-segment breakdowns: the RFM segments, then `outside` (no purchase in the RFM window). */
export const MOMENT_GROUPS = [...SEGMENT_IDS, "outside"] as const;
/** Dutch names of the groups. */
export const MOMENT_GROUP_NAMES: readonly string[] = [...SEGMENTS.map((s) => s.nameNl), "Geen recente aankoop"];

/** Everything the moment metrics read. */
export interface MomentInputs {
  asOf: number;
  /** `yyyy-mm-dd` of `asOf`. */
  asOfIso: string;
  timeline: Timeline;
  /** First day of the signals export: silence is judged only from here on. */
  observedFrom: number;
  /** Group index per moment customer (`MOMENT_GROUPS`). */
  group: Int8Array;
  /** Net revenue per moment customer in the KPI window up to as-of. */
  revenue: Float64Array;
  /** Last sales-order day per moment customer on or before as-of, −1 for none. */
  lastPurchase: Int32Array;
  triggers: TriggerSettings;
  overdueFactor: number;
}

/** The `triggers:` block of the config, defaults when absent. */
export function triggerSettings(config: Config): TriggerSettings {
  return config.triggers ?? TriggerSettingsSchema.parse({});
}

/** First day of the KPI window whose revenue the profile compares (as of `asOf`). */
export function momentWindowStart(config: Pick<Config, "kpi">, asOf: number): number {
  return asOf - Math.round((config.kpi.activeWindowMonths * 365.25) / 12) + 1;
}

/** Builds the inputs as of `asOf` (the data's last day), segments at the end of `lastMonth`. */
export function momentInputs(store: Store, config: Config, data: MomentData, lastMonth: number, asOf: number): MomentInputs {
  const n = data.customerIds.length;
  const local = Int32Array.from(store.customerIds, (id) => data.customerIndex.get(id) ?? -1);
  const orders = store.orders;
  const mapped = Int32Array.from(orders.customer.subarray(0, orders.length), (c) => (c < 0 ? -1 : local[c]!));
  const purchases = purchaseDays(mapped, orders.day.subarray(0, orders.length), orders.amount.subarray(0, orders.length), n, asOf);
  const segments = store.customerCount > 0 ? rfm(store, lastMonth, rfmSettings(config).windowMonths).segment : new Int8Array(0);
  const group = new Int8Array(n).fill(SEGMENT_IDS.length);
  local.forEach((m, c) => {
    if (m >= 0 && segments[c]! >= 0) group[m] = segments[c]!;
  });
  const revenue = new Float64Array(n);
  const lastPurchase = new Int32Array(n).fill(-1);
  const from = momentWindowStart(config, asOf);
  for (let i = 0; i < orders.length; i++) {
    const c = mapped[i]!;
    const day = orders.day[i]!;
    if (c < 0 || day > asOf) continue;
    if (day >= from) revenue[c]! += orders.amount[i]!;
    if (orders.amount[i]! >= 0 && day > lastPurchase[c]!) lastPurchase[c] = day;
  }
  return momentInputsOf(config, data, asOf, { purchases, group, revenue, lastPurchase });
}

/**
 * The inputs from what was joined (by `momentInputs` from the store, or in an engine), per moment
 * customer: purchase days up to `asOf`, group, window revenue and last purchase day.
 */
export function momentInputsOf(
  config: Config,
  data: MomentData,
  asOf: number,
  joined: { purchases: PurchaseDays; group: Int8Array; revenue: Float64Array; lastPurchase: Int32Array },
): MomentInputs {
  const { purchases, group, revenue, lastPurchase } = joined;
  const t = timeline(data.signals, purchases, data.customerIds.length);
  return {
    asOf,
    asOfIso: isoDay(asOf),
    timeline: t,
    observedFrom: firstSignalDay(t),
    group,
    revenue,
    lastPurchase,
    triggers: triggerSettings(config),
    overdueFactor: repurchaseSettings(config).overdueFactor,
  };
}
