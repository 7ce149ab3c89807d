/**
 * Month-level RFM state: an `incrementalRfm` fed with the state of an earlier build gives the
 * snapshots and migrations a cold `rfmHistory` computes (CDNOW extract, 300 customers, window 12).
 */
import { describe, expect, it } from "vitest";
import { monthEnd, monthOfDay } from "../../loaders/lib/months.ts";
import { rfmHistory, type RfmSnapshot } from "../../loaders/metrics/rfm-history.ts";
import { segmentMigration } from "../../loaders/metrics/segment-migration.ts";
import { decodeMonthState, emptyExchange, encodeMonthState } from "../../loaders/bundle/month-state.ts";
import { incrementalRfm } from "../../loaders/bundle/rfm-month-state.ts";
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
    expect(exchange.stats).toEqual({ snapshotHits: last - FIRST - 2, snapshotMisses: 3, migrationHits: pairs(last).length - 2, migrationMisses: 2, baseHits: 0, baseMisses: 0, crossUpsellHits: 0, crossUpsellMisses: 0 });
    // A migration the state does not hold, between two stored months, is counted from segments scored on demand.
    const [a, b] = [first + 2, first + 4];
    expect(given.migration(given.snapshots[a - FIRST]!, given.snapshots[b - FIRST]!)).toEqual(segmentMigration(cold.snapshots[a - FIRST]!.segment, cold.snapshots[b - FIRST]!.segment, a, b));
  });
});
