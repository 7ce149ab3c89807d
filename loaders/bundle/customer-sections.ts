/**
 * The RFM and repurchase sections as bundle builders. Repurchase groups customers by their RFM
 * segment as of the as-of day (the last month's end, or the data's last day); that per-customer array passes from one builder to the next in
 * this closure and never reaches the bundle. The repurchase model does not need the segments: on
 * enough orders it starts on a worker thread before the other sections and is folded by segment
 * when repurchase's turn comes (same bytes as inline).
 */
import { purchaseDays } from "../metrics/repeat-summary.ts";
import type { SectionBuilder } from "./build-bundle.ts";
import type { Config } from "../schemas/config.ts";
import type { RepurchaseSettings } from "../schemas/repurchase.ts";
import { comparedMonths, sameDayOf } from "./period.ts";
import { repurchaseSection, repurchaseSectionOfModel, repurchaseSettings } from "./repurchase.ts";
import { type ModelThread, startModelThread } from "./repurchase-thread.ts";
import { rfmSection } from "./rfm.ts";
import type { MonthStateExchange } from "./month-state.ts";
import { incrementalRfm } from "./rfm-month-state.ts";
import { rfmSettings } from "./rfm-settings.ts";

/**
 * Orders (after the as-of cut) from which the repurchase model runs on its own thread: below, the
 * thread's start-up (~0.1–0.2 s of module loading) costs more than the model (see docs/performance.md).
 */
export const MODEL_THREAD_MIN_ORDERS = 20_000;

/**
 * `rfm` then `repurchase`, sharing the latest segments in memory only. With `monthState` the RFM
 * history reuses the month snapshots the last build left and records this build's (same figures).
 * The repurchase model runs on a worker thread from `threadFrom` orders (0: always, Infinity: never).
 */
export function customerSectionBuilders(monthState?: MonthStateExchange, threadFrom = MODEL_THREAD_MIN_ORDERS): SectionBuilder[] {
  let segments: Int8Array | null = null;
  let thread: ModelThread | null = null;
  return [
    {
      name: "rfm",
      build: ({ loaded, first, last, period }) => {
        const { previous, yearAgo } = comparedMonths(period);
        const sameDays = period.partial ? { previous: sameDayOf(period, previous), yearAgo: sameDayOf(period, yearAgo) } : undefined;
        const windowMonths = rfmSettings(loaded.config).windowMonths;
        // The migrations rfmSection counts: from the month before, and from a year before once the window is full.
        const pairs: [number, number][] = [];
        for (let m = first; m <= last; m++) pairs.push([m - 1, m], ...(m - 1 >= first + windowMonths - 1 ? [[m - 12, m] as [number, number]] : []));
        const given = monthState ? incrementalRfm(loaded.store, first - 12, last, pairs, windowMonths, period.asOf, monthState) : undefined;
        const result = rfmSection(loaded.store, loaded.config, first, last, { asOf: period.asOf, dataFirst: first, ...(sameDays ? { sameDays } : {}) }, given);
        segments = result.segments;
        return { series: result.series, section: result.section };
      },
    },
    {
      name: "repurchase",
      start: ({ loaded, period }) => {
        const { store, config } = loaded;
        if (store.orders.length < threadFrom) return;
        // Invalid settings: no thread; the section's build throws the settings error in its turn, as inline.
        const settings = settingsOrNull(config);
        if (settings === null) return;
        const purchases = purchaseDays(store.orders.customer, store.orders.day, store.orders.amount, store.customerCount, period.asOf);
        thread = startModelThread(purchases, settings, period.asOf, config.minGroupSize);
      },
      build: async ({ loaded, last, period }) => {
        if (segments === null) throw new Error("the rfm section must be built before repurchase");
        const given = segments;
        segments = null;
        if (thread === null) return repurchaseSection(loaded.store, loaded.config, last, given, period.asOf);
        if (given.length !== loaded.store.customerCount) throw new RangeError(`expected one segment per customer (${loaded.store.customerCount}), got ${given.length}`);
        const model = await thread.result;
        return repurchaseSectionOfModel(loaded.config, last, period.asOf, model, given);
      },
      close: async () => {
        await thread?.close();
        thread = null;
      },
    },
  ];
}

function settingsOrNull(config: Config): RepurchaseSettings | null {
  try {
    return repurchaseSettings(config);
  } catch {
    return null;
  }
}
