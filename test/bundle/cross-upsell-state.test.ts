/**
 * Cross-/upsell from the month state equals the full walk: a build over the months up to R leaves
 * its counts and its history (through their stored forms), a build with more months resumes from
 * them — figure for figure what `crossUpsell` gives (property test on random order lines); a late
 * line in an old month, another setting or a damaged history is a full walk, never a stale result.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crossUpsellKeys, decodeHistory, encodeHistory, incrementalCrossUpsell } from "../../loaders/bundle/cross-upsell-state.ts";
import { decodeMonthState, emptyExchange, encodeMonthState, type MonthStateExchange } from "../../loaders/bundle/month-state.ts";
import { crossUpsell } from "../../loaders/metrics/cross-upsell.ts";
import { UpsellSettingsSchema } from "../../loaders/schemas/commercial.ts";
import { lineAttributes } from "../../loaders/sources/products.ts";
import { isoDay, type LineRow, storeOfLines } from "../metrics/commercial-store.ts";
import { lineRows, TIERED } from "../metrics/line-rows.ts";

const JAN = 2025 * 12;
const monthEnd = (month: number) => Date.UTC(Math.floor(month / 12), (month % 12) + 1, 0) / 86_400_000;
const SETTINGS = UpsellSettingsSchema.parse({});

/** The build of `rows` for months JAN … last from `exchange`, with the cold figures beside it. */
function build(rows: LineRow[], last: number, exchange: MonthStateExchange, settings = SETTINGS) {
  const store = storeOfLines(rows);
  const attributes = lineAttributes(store, TIERED);
  return { got: incrementalCrossUpsell(store, attributes, settings, JAN, last, monthEnd(last), exchange), cold: crossUpsell(store, attributes, settings, JAN, last) };
}

/** What the next build reads of `exchange`: the state through its stored forms. */
function stored(exchange: MonthStateExchange): MonthStateExchange {
  return emptyExchange(decodeMonthState(encodeMonthState(exchange.next)), decodeHistory(exchange.nextHistory === null ? null : encodeHistory(exchange.nextHistory)));
}

const upTo = (rows: LineRow[], month: number) => rows.filter((r) => isoDay(r[2]) <= monthEnd(month));

describe("incrementalCrossUpsell", () => {
  it("resumes after the months of the last build and equals the full walk (random lines)", () => {
    let resumedRuns = 0;
    fc.assert(
      fc.property(lineRows(), fc.integer({ min: JAN, max: JAN + 2 }), fc.boolean(), (rows, r, useTiers) => {
        const settings = UpsellSettingsSchema.parse({ useTiers });
        const before = emptyExchange();
        const earlier = build(upTo(rows, r), r, before, settings);
        expect(earlier.got).toEqual(earlier.cold);
        expect(before.stats.crossUpsellMisses).toBe(r - JAN + 1);
        const after = stored(before);
        const now = build(rows, JAN + 3, after, settings);
        expect(now.got).toEqual(now.cold);
        // Months JAN … r taken from the state, unless a category or channel first seen later renumbers
        // them, or a later line changes a column's form (an amount that is not whole cents, a
        // fractional quantity, the first tier): then a full walk.
        expect(after.stats.crossUpsellHits + after.stats.crossUpsellMisses).toBe(4);
        const names = (r: LineRow[]) => {
          const store = storeOfLines(r);
          const attributes = lineAttributes(store, TIERED);
          const forms = [store.lines.amount instanceof Int32Array, store.lines.quantity instanceof Int32Array, attributes.tier.length === store.lines.length];
          return JSON.stringify([attributes.categories, store.channels, forms]);
        };
        expect(after.stats.crossUpsellHits).toBe(names(upTo(rows, r)) === names(rows) ? r - JAN + 1 : 0);
        if (after.stats.crossUpsellHits > 0) resumedRuns++;
      }),
      { numRuns: 150 },
    );
    // The property is not vacuous: many runs did resume.
    expect(resumedRuns).toBeGreaterThan(30);
  });

  it("walks in full after a late line in an old month, other settings or a damaged history", () => {
    const rows: LineRow[] = [
      ["O1", "K1", "2025-01-05", "web", "tv", "P1", 20],
      ["O2", "K1", "2025-02-05", "web", "tv", "P2", 30],
      ["O3", "K2", "2025-02-07", "app", "mobiel", null, 10],
      ["O4", "K1", "2025-03-05", "web", "internet", null, 15],
      ["O5", "K2", "2025-04-01", "app", "mobiel", null, 13],
    ];
    const first = emptyExchange();
    build(rows.slice(0, 4), JAN + 2, first);
    // Hand-checked: the history at the end of March holds K1 (tv 30 by P2's tier rule aside, internet 15) and K2 (mobiel 10).
    expect(first.nextHistory!.prices.length).toBe(4);
    const resumed = stored(first);
    expect(build(rows, JAN + 3, resumed).got).toEqual(build(rows, JAN + 3, emptyExchange()).cold);
    expect([resumed.stats.crossUpsellHits, resumed.stats.crossUpsellMisses]).toEqual([3, 1]);
    // A line in January the last build did not have: every key from January on differs.
    const late: LineRow[] = [...rows.slice(0, 1), ["O9", "K3", "2025-01-20", "store", "tv", null, 5], ...rows.slice(1)];
    const lateExchange = stored(first);
    const lateBuild = build(late, JAN + 3, lateExchange);
    expect(lateBuild.got).toEqual(lateBuild.cold);
    expect([lateExchange.stats.crossUpsellHits, lateExchange.stats.crossUpsellMisses]).toEqual([0, 4]);
    // Another price ratio: other keys.
    const ratio = stored(first);
    const ratioBuild = build(rows, JAN + 3, ratio, UpsellSettingsSchema.parse({ priceRatio: 1.5 }));
    expect(ratioBuild.got).toEqual(ratioBuild.cold);
    expect(ratio.stats.crossUpsellHits).toBe(0);
    // A damaged history reads as none; one of another category count is not restored.
    const bytes = encodeHistory(first.nextHistory!);
    expect(decodeHistory(bytes.subarray(0, bytes.length - 9))).toBeNull();
    expect(decodeHistory(Buffer.from("KBHIST01 and then nothing"))).toBeNull();
    const wrong = emptyExchange(decodeMonthState(encodeMonthState(first.next)), { ...first.nextHistory!, categories: 9 });
    const wrongBuild = build(rows, JAN + 3, wrong);
    expect(wrongBuild.got).toEqual(wrongBuild.cold);
    expect(wrong.stats.crossUpsellHits).toBe(0);
  });

  it("keys change exactly from the month of a changed line on", () => {
    const rows: LineRow[] = [
      ["O1", "K1", "2025-01-05", "web", "tv", null, 20],
      ["O2", "K1", "2025-02-05", "web", "tv", null, 30],
      ["O3", "K2", "2025-03-07", "app", "mobiel", null, 10],
    ];
    const keysOf = (r: LineRow[]) => {
      const store = storeOfLines(r);
      return crossUpsellKeys(store, lineAttributes(store, TIERED), SETTINGS, JAN, JAN + 2);
    };
    const base = keysOf(rows);
    const changed = keysOf([rows[0]!, ["O2", "K1", "2025-02-05", "web", "tv", null, 31], rows[2]!]);
    expect(changed[0]).toBe(base[0]);
    expect(changed[1]).not.toBe(base[1]);
    expect(changed[2]).not.toBe(base[2]);
    expect(new Set(base).size).toBe(3);
  });
});
