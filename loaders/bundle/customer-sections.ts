/**
 * The RFM and repurchase sections as bundle builders. Repurchase groups customers by their RFM
 * segment as of the as-of day (the last month's end, or the data's last day); that per-customer array passes from one builder to the next in
 * this closure and never reaches the bundle.
 */
import type { SectionBuilder } from "./build-bundle.ts";
import { comparedMonths, sameDayOf } from "./period.ts";
import { repurchaseSection } from "./repurchase.ts";
import { rfmSection } from "./rfm.ts";
import type { MonthStateExchange } from "./month-state.ts";
import { incrementalRfm } from "./rfm-month-state.ts";
import { rfmSettings } from "./rfm-settings.ts";

/**
 * `rfm` then `repurchase`, sharing the latest segments in memory only. With `monthState` the RFM
 * history reuses the month snapshots the last build left and records this build's (same figures).
 */
export function customerSectionBuilders(monthState?: MonthStateExchange): SectionBuilder[] {
  let segments: Int8Array | null = null;
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
      build: ({ loaded, last, period }) => {
        if (segments === null) throw new Error("the rfm section must be built before repurchase");
        const result = repurchaseSection(loaded.store, loaded.config, last, segments, period.asOf);
        segments = null;
        return result;
      },
    },
  ];
}
