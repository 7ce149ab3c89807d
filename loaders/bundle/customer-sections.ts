/**
 * The RFM and repurchase sections as bundle builders. Repurchase groups customers by their RFM
 * segment at the last month end; that per-customer array passes from one builder to the next in
 * this closure and never reaches the bundle.
 */
import type { SectionBuilder } from "./build-bundle.ts";
import { repurchaseSection } from "./repurchase.ts";
import { rfmSection } from "./rfm.ts";

/** `rfm` then `repurchase`, sharing the latest segments in memory only. */
export function customerSectionBuilders(): SectionBuilder[] {
  let segments: Int8Array | null = null;
  return [
    {
      name: "rfm",
      build: ({ loaded, first, last }) => {
        const result = rfmSection(loaded.store, loaded.config, first, last);
        segments = result.segments;
        return { series: result.series, section: result.section };
      },
    },
    {
      name: "repurchase",
      build: ({ loaded, last }) => {
        if (segments === null) throw new Error("the rfm section must be built before repurchase");
        const result = repurchaseSection(loaded.store, loaded.config, last, segments);
        segments = null;
        return result;
      },
    },
  ];
}
