/**
 * The classification walk stopped at any day and resumed there from its history gives the codes
 * of one walk (property test on random order lines), and `crossUpsellFrom` resumed from a history
 * and the counts of the months before equals `crossUpsell` over all months.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyTier, classifyFrom, classifyLines, emptyHistory, UNCLASSIFIED } from "../../loaders/metrics/classify-lines.ts";
import { crossUpsell, crossUpsellFrom, type MonthCounts } from "../../loaders/metrics/cross-upsell.ts";
import { UpsellSettingsSchema } from "../../loaders/schemas/commercial.ts";
import { lineAttributes } from "../../loaders/sources/products.ts";
import { storeOfLines } from "./commercial-store.ts";
import { lineRows, TIERED } from "./line-rows.ts";

const JAN = 2025 * 12;
const settingsOf = (useTiers: boolean, priceRatio: number) => UpsellSettingsSchema.parse({ useTiers, priceRatio });

describe("classifyFrom", () => {
  it("stopped after any day and resumed there gives the codes of the whole walk", () => {
    fc.assert(
      fc.property(lineRows(), fc.integer({ min: 0, max: 119 }), fc.boolean(), (rows, stop, useTiers) => {
        const store = storeOfLines(rows);
        const attributes = lineAttributes(store, TIERED);
        const settings = settingsOf(useTiers, 1.2);
        const whole = classifyLines(store, attributes, settings);
        const history = emptyHistory(store.customerCount, attributes.categories.length, anyTier(attributes, store.lines.length));
        const codes = new Int8Array(store.lines.length).fill(UNCLASSIFIED);
        const stopDay = Date.UTC(2025, 0, 1 + stop) / 86_400_000;
        const next = classifyFrom(store, attributes, settings, history, codes, 0, stopDay);
        expect(next === store.lines.length || store.lines.day[next]! > stopDay).toBe(true);
        classifyFrom(store, attributes, settings, history, codes, next, Infinity);
        expect(Array.from(codes)).toEqual(Array.from(whole));
      }),
      { numRuns: 200 },
    );
  });
});

describe("crossUpsellFrom", () => {
  it("resumed after any month from that month's history and counts equals the full walk", () => {
    fc.assert(
      fc.property(lineRows(), fc.integer({ min: JAN - 1, max: JAN + 3 }), fc.boolean(), fc.constantFrom(1.1, 1.2, 1.5), (rows, until, useTiers, ratio) => {
        const store = storeOfLines(rows);
        const attributes = lineAttributes(store, TIERED);
        const settings = settingsOf(useTiers, ratio);
        const [first, last] = [JAN, JAN + 3];
        const full = crossUpsell(store, attributes, settings, first, last);
        // The walk up to `until` (as a build a month earlier made it), keeping the history there.
        let kept: { has: Uint8Array; prices: [number, number][]; tiers: [number, number][] } | null = null;
        const copy = (h: ReturnType<typeof emptyHistory>) => {
          const prices: [number, number][] = [];
          const tiers: [number, number][] = [];
          h.maxPrice.each((k, v) => prices.push([k, v]));
          h.maxTier.each((k, v) => tiers.push([k, v]));
          kept = { has: h.hasHistory.slice(), prices, tiers };
        };
        const before = crossUpsellFrom(store, attributes, settings, first, last, null, { at: until, take: copy });
        expect(before.result).toEqual(full);
        if (until < first) return;
        // A fresh history equal to the kept one, and the counts of months first … until.
        const history = emptyHistory(store.customerCount, attributes.categories.length, anyTier(attributes, store.lines.length));
        const source = kept!;
        history.hasHistory.set(source.has);
        for (const [k, v] of source.prices) history.maxPrice.set(k, v);
        for (const [k, v] of source.tiers) history.maxTier.set(k, v);
        const counts: MonthCounts[] = before.counts.slice(0, until - first + 1);
        const resumed = crossUpsellFrom(store, attributes, settings, first, last, { until, counts, history });
        expect(resumed.result).toEqual(full);
        expect(resumed.counts).toEqual(before.counts);
      }),
      { numRuns: 200 },
    );
  });
});
