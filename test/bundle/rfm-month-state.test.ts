/**
 * Month-level RFM state: the month keys change exactly from the month of a changed order on, and
 * an `incrementalRfm` fed with the state of an earlier build gives the snapshots and migrations a
 * cold `rfmHistory` computes (CDNOW extract, 300 customers, 18 months, window 12).
 */
import { describe, expect, it } from "vitest";
import { monthEnd, monthOfDay } from "../../loaders/lib/months.ts";
import { rfmHistory, type RfmSnapshot } from "../../loaders/metrics/rfm-history.ts";
import { segmentMigration } from "../../loaders/metrics/segment-migration.ts";
import { decodeMonthState, emptyExchange, encodeMonthState, incrementalRfm, monthKeys } from "../../loaders/bundle/rfm-month-state.ts";
import { readCdnowExtractRows, storeOf } from "../metrics/rfm-store.ts";

const rows = readCdnowExtractRows();
const store = storeOf(rows);
const first = monthOfDay(store.firstDay!);
const last = monthOfDay(store.lastDay!);
const FIRST = first - 12;
const pairs = (upTo: number): [number, number][] => {
  const out: [number, number][] = [];
  for (let m = first; m <= upTo; m++) out.push([m - 1, m], ...(m - 1 >= first + 11 ? [[m - 12, m] as [number, number]] : []));
  return out;
};
const withoutSegment = ({ segment: _, ...rest }: RfmSnapshot) => rest;

describe("monthKeys", () => {
  it("keeps the keys of the months before a changed order and changes every later one", () => {
    const keys = monthKeys(store, FIRST, last, 12);
    expect(new Set(keys).size).toBe(keys.length);
    // Change one order in the 7th data month (by a cent).
    const target = first + 6;
    const i = rows.findIndex((r) => monthOfDay(Date.UTC(Number(r[1].slice(0, 4)), Number(r[1].slice(5, 7)) - 1, 1) / 86_400_000) === target);
    const changed = storeOf(rows.map((r, k): typeof r => (k === i ? [r[0], r[1], r[2] + 0.01] : r)));
    const other = monthKeys(changed, FIRST, last, 12);
    const same = keys.map((k, m) => k === other[m]);
    expect(same.indexOf(false)).toBe(target - FIRST);
    expect(same.slice(target - FIRST).every((s) => !s)).toBe(true);
    // Another window length or as-of day is another key.
    expect(monthKeys(store, FIRST, last, 6)[0]).not.toBe(keys[0]);
    expect(monthKeys(store, FIRST, last, 12, monthEnd(last) - 1).at(-1)).not.toBe(keys.at(-1));
  });
});

describe("incrementalRfm", () => {
  const cold = rfmHistory(store, FIRST, last, 12);

  it("without a state scores every month and counts every migration itself", () => {
    const exchange = emptyExchange();
    const given = incrementalRfm(store, FIRST, last, pairs(last), 12, monthEnd(last), exchange);
    expect(given.snapshots).toEqual(cold.snapshots);
    expect(exchange.stats.snapshotMisses).toBe(last - FIRST + 1);
    expect(exchange.stats.snapshotHits).toBe(0);
  });

  it("reuses the state of the build a month earlier and gives the cold figures", () => {
    // The earlier build: the orders up to the month before the last.
    const earlier = storeOf(rows.filter((r) => monthOfDay(Date.UTC(Number(r[1].slice(0, 4)), Number(r[1].slice(5, 7)) - 1, 1) / 86_400_000) < last));
    const before = emptyExchange();
    const g0 = incrementalRfm(earlier, FIRST, last - 1, pairs(last - 1), 12, monthEnd(last - 1), before);
    for (const [a, b] of pairs(last - 1)) g0.migration(g0.snapshots[a - FIRST]!, g0.snapshots[b - FIRST]!);
    // Through the text form, as between two builds.
    const exchange = emptyExchange(decodeMonthState(encodeMonthState(before.next)));
    const given = incrementalRfm(store, FIRST, last, pairs(last), 12, monthEnd(last), exchange);
    expect(given.snapshots.map(withoutSegment)).toEqual(cold.snapshots.map(withoutSegment));
    // Scored again: the new month, the one before and a year before (the migrations into it).
    expect(given.snapshots.filter((s) => s.segment.length > 0).map((s) => s.month)).toEqual([last - 12, last - 1, last]);
    expect(given.snapshots.at(-1)!.segment).toEqual(cold.snapshots.at(-1)!.segment);
    for (const [a, b] of pairs(last)) {
      const expected = segmentMigration(cold.snapshots[a - FIRST]!.segment, cold.snapshots[b - FIRST]!.segment, a, b);
      expect(given.migration(given.snapshots[a - FIRST]!, given.snapshots[b - FIRST]!)).toEqual(expected);
    }
    expect(exchange.stats).toEqual({ snapshotHits: last - FIRST - 2, snapshotMisses: 3, migrationHits: pairs(last).length - 2, migrationMisses: 2 });
    // A migration the state does not hold, between two stored months, is counted from segments scored on demand.
    const [a, b] = [first + 2, first + 4];
    expect(given.migration(given.snapshots[a - FIRST]!, given.snapshots[b - FIRST]!)).toEqual(segmentMigration(cold.snapshots[a - FIRST]!.segment, cold.snapshots[b - FIRST]!.segment, a, b));
  });
});

describe("encodeMonthState / decodeMonthState", () => {
  it("keep -0 and non-finite numbers, and read anything else as an empty state", () => {
    const state = { snapshots: {}, migrations: { k: [[-0, 1, Number.POSITIVE_INFINITY, Number.NaN]] } };
    const back = decodeMonthState(encodeMonthState(state)).migrations["k"]![0]!;
    expect(Object.is(back[0], -0)).toBe(true);
    expect(back.slice(1)).toEqual([1, Number.POSITIVE_INFINITY, Number.NaN]);
    for (const text of [null, "", "{", "[]", "null", '{"snapshots":{}}']) expect(decodeMonthState(text)).toEqual({ snapshots: {}, migrations: {} });
  });
});
