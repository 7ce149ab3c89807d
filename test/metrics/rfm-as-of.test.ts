/**
 * RFM as of a day inside a month (data ending mid-month): recency counts to that day and the window
 * is the months up to it. MOVES (test/metrics/rfm-store.ts), 2-month window, as of 15 March 2024:
 * the window runs 16 January … 15 March.
 */
import { describe, expect, it } from "vitest";
import { dayOf } from "../../loaders/lib/months.ts";
import { rfm } from "../../loaders/metrics/rfm.ts";
import { rfmHistory } from "../../loaders/metrics/rfm-history.ts";
import { MOVES, storeOf } from "./rfm-store.ts";

const MAR = 2024 * 12 + 2;
const AS_OF = dayOf(2024, 3, 15);
const store = storeOf(MOVES); // customers P Q S T U → 0 … 4

describe("rfm as of 15 March 2024", () => {
  const scores = rfm(store, MAR, 2, AS_OF);

  it("counts recency to that day and leaves later orders out", () => {
    // P last 10 Mar → 5; Q 20 Jan → 55; S: 5 Jan is before the window and 31 Mar after the day → not scored;
    // T 29 Feb → 15; U: sale 31 Jan → 44 (its return on 15 Feb is no purchase).
    expect(Array.from(scores.recency)).toEqual([5, 55, -1, 15, 44]);
    expect(Array.from(scores.frequency)).toEqual([2, 1, 0, 1, 1]);
    // U: 200 − 200 = 0.
    expect(Array.from(scores.monetary)).toEqual([200, 10, 0, 5, 0]);
    expect(scores.asOf).toBe(AS_OF);
  });

  it("equals the last snapshot of the month-by-month pass ending on that day", () => {
    const last = rfmHistory(store, MAR - 2, MAR, 2, AS_OF).snapshots.at(-1)!;
    expect(last.asOf).toBe(AS_OF);
    expect(Array.from(last.segment)).toEqual(Array.from(scores.segment));
    expect(last.scored).toBe(4);
  });
});
