/**
 * The RFM and repurchase sections as bundle builders. Repurchase groups customers by their RFM
 * segment as of the as-of day (the last month's end, or the data's last day); that per-customer array passes from one builder to the next in
 * this closure and never reaches the bundle. The repurchase model does not need the segments: on
 * enough orders it runs on a worker thread while the other sections are built, and is folded by segment
 * in repurchase's turn (same bytes as inline). It starts before any section is built, or, on very
 * many orders, with the RFM section: started before cross-/upsell (the build's memory peak) it added
 * ~0.1 GiB to the 10M peak (docs/performance.md).
 */
import { purchaseDays } from "../metrics/repeat-summary.ts";
import type { Loaded } from "../sources/load-sources.ts";
import type { SectionBuilder } from "./build-bundle.ts";
import type { Config } from "../schemas/config.ts";
import type { RepurchaseSettings } from "../schemas/repurchase.ts";
import { comparedMonths, sameDayOf } from "./period.ts";
import { repurchaseSection, repurchaseSectionOfModel, repurchaseSettings } from "./repurchase.ts";
import type { RepurchaseModel } from "./repurchase-model.ts";
import { type ModelThread, startModelThread } from "./repurchase-thread.ts";
import { rfmSection } from "./rfm.ts";
import type { MonthStateExchange } from "./month-state.ts";
import { incrementalRfm } from "./rfm-month-state.ts";
import { rfmSettings } from "./rfm-settings.ts";

/**
 * Orders (after the as-of cut) from which the repurchase model runs on its own thread: below, the
 * main thread saves less than the thread costs (~0.1–0.2 s CPU of module loading, ~30 MiB; the
 * sample's ~200 000 orders saved 0.1 s of main-thread CPU for 0.06–0.25 s more CPU and +45 MiB).
 */
export const MODEL_THREAD_MIN_ORDERS = 300_000;

/**
 * Orders up to which the model thread starts before the base series and cross-/upsell; from here on
 * it starts with the RFM section instead: its memory (~25 bytes per order and per customer at
 * once) would otherwise add to cross-/upsell's peak, the build's highest (docs/performance.md).
 */
export const MODEL_EARLY_MAX_ORDERS = 2_000_000;

/**
 * `rfm` then `repurchase`, sharing the latest segments in memory only. With `monthState` the RFM
 * history reuses the month snapshots the last build left and records this build's (same figures).
 * The repurchase model runs on a worker thread from `threadFrom` orders (0: always, Infinity: never),
 * started before any section up to `earlyUpTo` orders, else when the RFM section starts.
 */
export function customerSectionBuilders(monthState?: MonthStateExchange, threadFrom = MODEL_THREAD_MIN_ORDERS, earlyUpTo = MODEL_EARLY_MAX_ORDERS): SectionBuilder[] {
  let segments: Int8Array | null = null;
  let thread: ModelThread | null = null;
  let running: Promise<RepurchaseModel> | null = null;
  let tried = false;
  // From `threadFrom` orders, the model starts on its thread (once; see the module doc).
  const startModel = ({ store, config }: Loaded, asOf: number) => {
    if (tried) return;
    tried = true;
    const settings = store.orders.length >= threadFrom ? settingsOrNull(config) : null;
    // Invalid settings: no thread; the section's build throws the settings error in its turn, as inline.
    if (settings === null) return;
    const purchases = purchaseDays(store.orders.customer, store.orders.day, store.orders.amount, store.customerCount, asOf);
    thread = startModelThread();
    running = thread.run(purchases, settings, asOf, config.minGroupSize);
  };
  return [
    {
      name: "rfm",
      build: ({ loaded, first, last, period }) => {
        startModel(loaded, period.asOf);
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
        if (loaded.store.orders.length <= earlyUpTo) startModel(loaded, period.asOf);
      },
      build: async ({ loaded, last, period }) => {
        if (segments === null) throw new Error("the rfm section must be built before repurchase");
        const given = segments;
        segments = null;
        if (running === null) return repurchaseSection(loaded.store, loaded.config, last, given, period.asOf);
        if (given.length !== loaded.store.customerCount) throw new RangeError(`expected one segment per customer (${loaded.store.customerCount}), got ${given.length}`);
        const model = await running;
        running = null;
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
