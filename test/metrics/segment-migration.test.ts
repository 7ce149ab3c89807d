import { describe, expect, it } from "vitest";
import { parseMonthKey } from "../../loaders/lib/months.ts";
import { rfmHistory } from "../../loaders/metrics/rfm-history.ts";
import { SEGMENT_IDS } from "../../loaders/metrics/rfm-segments.ts";
import { historyMigrations, MIGRATION_NEW, MIGRATION_OUT, migrationAlerts, segmentMigration, type SegmentMigration } from "../../loaders/metrics/segment-migration.ts";
import { RfmSettingsSchema } from "../../loaders/schemas/rfm.ts";
import { MOVES, storeOf } from "./rfm-store.ts";

/** The non-zero cells as "from>to": count. */
const moves = (m: SegmentMigration) =>
  Object.fromEntries(m.counts.flatMap((row, i) => row.flatMap((k, j) => (k > 0 ? [[`${m.rows[i]}>${m.cols[j]}`, k]] : []))));

describe("segmentMigration", () => {
  it("counts stays, moves, new and out, and skips customers scored in neither month", () => {
    // champions(0) → out; new → potential-loyalist(2); at-risk(7) stays; unscored twice; champions → at-risk.
    const m = segmentMigration(Int8Array.of(0, -1, 7, -1, 0), Int8Array.of(-1, 2, 7, -1, 7), 1, 2);
    expect(m.rows).toEqual([...SEGMENT_IDS, "new"]);
    expect(m.cols).toEqual([...SEGMENT_IDS, "out"]);
    expect(m.counts).toHaveLength(12);
    expect(moves(m)).toEqual({ "champions>out": 1, "new>potential-loyalist": 1, "at-risk>at-risk": 1, "champions>at-risk": 1 });
    expect(m.counts[MIGRATION_NEW]![MIGRATION_OUT]).toBe(0);
  });

  it("refuses arrays of different customer counts", () => {
    expect(() => segmentMigration(new Int8Array(2), new Int8Array(3), 0, 1)).toThrow(/equal length/);
  });
});

describe("migrations of the MOVES fixture (window 2 months)", () => {
  // Segments worked out in rfm-history.test.ts (P Q S T U):
  // Jan: about-to-sleep, about-to-sleep, hibernating, –, potential-loyalist
  // Feb: champions, about-to-sleep, at-risk, potential-loyalist, about-to-sleep
  // Mar: at-risk, –, potential-loyalist, lost, –
  const history = rfmHistory(storeOf(MOVES), parseMonthKey("2024-01"), parseMonthKey("2025-03"), 2);
  const all = historyMigrations(history);

  it("January → February", () => {
    expect(all[0]!.previous).toBeNull();
    expect(moves(all[1]!.previous!)).toEqual({
      "about-to-sleep>champions": 1, // P
      "about-to-sleep>about-to-sleep": 1, // Q
      "hibernating>at-risk": 1, // S
      "new>potential-loyalist": 1, // T
      "potential-loyalist>about-to-sleep": 1, // U
    });
  });

  it("February → March, with the default alert for the champion who is now at risk", () => {
    const m = all[2]!.previous!;
    expect([m.from, m.to]).toEqual([parseMonthKey("2024-02"), parseMonthKey("2024-03")]);
    expect(moves(m)).toEqual({
      "champions>at-risk": 1, // P
      "about-to-sleep>out": 2, // Q, U
      "at-risk>potential-loyalist": 1, // S
      "potential-loyalist>lost": 1, // T
    });
    const { alertMoves } = RfmSettingsSchema.parse({});
    expect(migrationAlerts(m, alertMoves)).toEqual([{ from: "champions", to: "at-risk", count: 1 }]);
    expect(migrationAlerts(all[1]!.previous!, alertMoves)).toEqual([]);
  });

  it("year over year: January 2025 (nobody scored) against January 2024", () => {
    const jan25 = all.find((x) => x.month === parseMonthKey("2025-01"))!;
    expect(all.find((x) => x.month === parseMonthKey("2024-12"))!.yearAgo).toBeNull();
    expect(moves(jan25.yearAgo!)).toEqual({ "about-to-sleep>out": 2, "hibernating>out": 1, "potential-loyalist>out": 1 });
    expect(moves(all.find((x) => x.month === parseMonthKey("2025-03"))!.yearAgo!)).toEqual({ "at-risk>out": 1, "potential-loyalist>out": 1, "lost>out": 1 });
  });
});

describe("migrationAlerts", () => {
  it("lists each named pair once, in rule order, only with a count above zero and never a segment to itself", () => {
    const counts = Array.from({ length: 12 }, () => new Array<number>(12).fill(0));
    const at = (id: string) => SEGMENT_IDS.indexOf(id as (typeof SEGMENT_IDS)[number]);
    counts[at("loyal")]![at("lost")] = 3;
    counts[at("champions")]![at("hibernating")] = 2;
    counts[at("loyal")]![at("loyal")] = 50;
    counts[at("promising")]![at("lost")] = 9; // not in any rule
    const m: SegmentMigration = { from: 0, to: 1, rows: [], cols: [], counts };
    const rules = [
      { from: ["champions", "loyal"] as const, to: ["at-risk", "lost", "hibernating", "loyal"] as const },
      { from: ["loyal"] as const, to: ["lost"] as const },
    ].map((r) => ({ from: [...r.from], to: [...r.to] }));
    expect(migrationAlerts(m, rules)).toEqual([
      { from: "champions", to: "hibernating", count: 2 },
      { from: "loyal", to: "lost", count: 3 },
    ]);
  });
});
