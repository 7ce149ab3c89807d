/**
 * RFM checks on real CDNOW orders, as describe blocks that test/metrics/rfm.test.ts and
 * rfm-history.test.ts run on the committed CDNOW_master.csv extract (test/fixtures/cdnow) and
 * test/large on the whole file: the expectations are computed here by plain loops over the rows.
 */
import { describe, expect, it } from "vitest";
import { parseMonthKey } from "../../loaders/lib/months.ts";
import { rfm } from "../../loaders/metrics/rfm.ts";
import { rfmHistory } from "../../loaders/metrics/rfm-history.ts";
import { SEGMENT_IDS } from "../../loaders/metrics/rfm-segments.ts";
import { type OrderRow, storeOf } from "./rfm-store.ts";

/** Registers the per-customer R, F, M, score and segment checks against independent loops over `rows`. */
export function describeRfmOnCdnow(name: string, rows: readonly OrderRow[]): void {
  describe(`rfm on ${name} as of 1998-06-30 (12 months)`, () => {
  const store = storeOf(rows);
  const result = rfm(store, parseMonthKey("1998-06"));

  // Independent computation: plain loops over the parsed rows.
  const asOf = Date.UTC(1998, 5, 30) / 86_400_000;
  const stats = new Map<string, { f: number; m: number; last: string }>();
  for (const [id, iso, amount] of rows) {
    if (iso < "1997-07-01" || iso > "1998-06-30") continue;
    const s = stats.get(id!) ?? { f: 0, m: 0, last: "" };
    s.m += amount;
    if (amount >= 0) {
      s.f += 1;
      if (iso > s.last) s.last = iso;
    }
    stats.set(id!, s);
  }
  const scoredIds = [...stats.keys()].filter((id) => stats.get(id)!.f > 0);
  const expected = new Map<string, [number, number, number]>();
  for (const id of scoredIds) {
    const s = stats.get(id)!;
    const last = Date.UTC(Number(s.last.slice(0, 4)), Number(s.last.slice(5, 7)) - 1, Number(s.last.slice(8, 10))) / 86_400_000;
    expected.set(id, [asOf - last, s.f, Math.round(s.m * 100) / 100]);
  }

  it("matches per-customer R, F, M of an independent loop", () => {
    expect(result.scored).toBe(scoredIds.length);
    let compared = 0;
    for (let c = 0; c < store.customerCount; c++) {
      const want = expected.get(store.customerIds[c]!);
      if (want === undefined) {
        expect(result.frequency[c]).toBe(0);
        continue;
      }
      expect([result.recency[c], result.frequency[c], result.monetary[c]]).toEqual(want);
      compared++;
    }
    expect(compared).toBe(scoredIds.length);
  });

  it("matches scores and segment sizes computed by a naive rank count and a literal grid", () => {
    const n = scoredIds.length;
    const worseCount = (values: number[], better: "higher" | "lower") => {
      const sorted = [...values].sort((a, b) => a - b);
      const below = new Map<number, number>();
      const atOrBelow = new Map<number, number>();
      sorted.forEach((v, i) => {
        if (!below.has(v)) below.set(v, i);
        atOrBelow.set(v, i + 1);
      });
      return values.map((v) => 1 + Math.floor((5 * (better === "higher" ? below.get(v)! : n - atOrBelow.get(v)!)) / n));
    };
    const vals = scoredIds.map((id) => expected.get(id)!);
    const r = worseCount(vals.map((v) => v[0]), "lower");
    const f = worseCount(vals.map((v) => v[1]), "higher");
    const m = worseCount(vals.map((v) => v[2]), "higher").map((s, i) => (vals[i]![2] <= 0 ? 1 : s));
    const grid = [
      ["new-customers", "potential-loyalist", "potential-loyalist", "champions", "champions"], // R5
      ["promising", "potential-loyalist", "potential-loyalist", "loyal", "champions"], // R4
      ["about-to-sleep", "need-attention", "need-attention", "loyal", "loyal"], // R3
      ["hibernating", "about-to-sleep", "at-risk", "at-risk", "cant-lose-them"], // R2
      ["lost", "hibernating", "at-risk", "cant-lose-them", "cant-lose-them"], // R1
    ];
    const wantSizes = Object.fromEntries(SEGMENT_IDS.map((s) => [s, 0]));
    const index = new Map(store.customerIds.map((id, c) => [id, c]));
    scoredIds.forEach((id, i) => {
      const fm = Math.floor((f[i]! + m[i]! + 1) / 2);
      const segment = grid[5 - r[i]!]![fm - 1]!;
      wantSizes[segment]!++;
      const c = index.get(id)!;
      expect([result.r[c], result.f[c], result.m[c], SEGMENT_IDS[result.segment[c]!]]).toEqual([r[i], f[i], m[i], segment]);
    });
    const sizes = Object.fromEntries(SEGMENT_IDS.map((s) => [s, 0]));
    for (const s of result.segment) if (s >= 0) sizes[SEGMENT_IDS[s]!]!++;
    expect(sizes).toEqual(wantSizes);
  });
  });
}

/** Registers the check that rfmHistory equals a direct rfm() scan at every month end of 1997-01 .. 1998-06. */
export function describeHistoryOnCdnow(name: string, rows: readonly OrderRow[]): void {
  describe(`rfmHistory on ${name}, 1997-01 .. 1998-06`, () => {
  it("gives the same segments as a direct rfm() scan at every month end", () => {
    const store = storeOf(rows);
    const history = rfmHistory(store, parseMonthKey("1997-01"), parseMonthKey("1998-06"));
    expect(history.snapshots).toHaveLength(18);
    for (const snap of history.snapshots) {
      const direct = rfm(store, snap.month);
      expect(snap.scored).toBe(direct.scored);
      expect(Buffer.from(snap.segment.buffer).equals(Buffer.from(direct.segment.buffer))).toBe(true);
      expect(snap.sizes.reduce((a, b) => a + b, 0)).toBe(direct.scored);
      expect(snap.grid.flat().reduce((a, b) => a + b, 0)).toBe(direct.scored);
    }
    // CDNOW has no unregistered sales and no returns: every dollar of a month lands in a segment.
    const last = history.snapshots.at(-1)!;
    expect(last.otherRevenue).toBe(0);
    expect(Math.round(last.revenue.reduce((a, b) => a + b, 0) * 100)).toBe(Math.round(last.totalRevenue * 100));
  });
  });
}
