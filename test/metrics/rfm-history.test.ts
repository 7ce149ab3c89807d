import { describe, expect, it } from "vitest";
import { parseMonthKey } from "../../loaders/lib/months.ts";
import { rfm } from "../../loaders/metrics/rfm.ts";
import { rfmHistory } from "../../loaders/metrics/rfm-history.ts";
import { RFM_RULES_VERSION, SEGMENT_IDS } from "../../loaders/metrics/rfm-segments.ts";
import { describeHistoryOnCdnow } from "./rfm-cdnow.ts";
import { MOVES, readCdnowExtractRows, storeOf } from "./rfm-store.ts";

const JAN = parseMonthKey("2024-01");
const MAR = parseMonthKey("2024-03");

/** Segment ids per customer (null = not scored). */
const ids = (segment: Int8Array) => [...segment].map((s) => (s < 0 ? null : SEGMENT_IDS[s]));
/** Sizes as { id: count } without the zeros. */
const sizes = (list: number[]) => Object.fromEntries(list.flatMap((k, s) => (k > 0 ? [[SEGMENT_IDS[s]!, k]] : [])));
const at = (id: string) => SEGMENT_IDS.indexOf(id as (typeof SEGMENT_IDS)[number]);

// MOVES (rfm-store.ts), window 2 months; customers P Q S T U are indexes 0..4.
describe("rfmHistory on a fixture with known moves (window 2 months)", () => {
  const store = storeOf(MOVES);
  const history = rfmHistory(store, JAN, MAR, 2);
  const [jan, feb, mar] = history.snapshots;

  it("records its settings", () => {
    expect([history.windowMonths, history.rulesVersion, history.first, history.last, history.snapshots.length]).toEqual([2, RFM_RULES_VERSION, JAN, MAR, 3]);
  });

  it("January: 4 scored", () => {
    // R days P 21, Q 11, S 26, U 0 → U 4, Q 3, P 2, S 1 (n = 4: 1+⌊5w/4⌋). F all 1 → 1.
    // M Q 10 → 1, S 50 → 2, P 100 → 3, U 200 → 4. FM: U ⌊6/2⌋=3, P ⌊5/2⌋=2, S 2, Q 1.
    // U R4 FM3 potential-loyalist; Q R3 FM1 about-to-sleep; P R2 FM2 about-to-sleep; S R1 FM2 hibernating.
    expect(ids(jan!.segment)).toEqual(["about-to-sleep", "about-to-sleep", "hibernating", null, "potential-loyalist"]);
    expect(sizes(jan!.sizes)).toEqual({ "potential-loyalist": 1, "about-to-sleep": 2, hibernating: 1 });
    // Month revenue: U 200; P 100 + Q 10; S 50. Total 360; shares 200/360, 110/360, 50/360.
    expect(jan!.revenue[at("potential-loyalist")]).toBe(200);
    expect(jan!.revenue[at("about-to-sleep")]).toBe(110);
    expect([jan!.totalRevenue, jan!.otherRevenue]).toEqual([360, 0]);
    expect(jan!.revenueShare[at("potential-loyalist")]).toBe(0.5556);
    expect(jan!.revenueShare[at("about-to-sleep")]).toBe(0.3056);
    expect(jan!.revenueShare[at("hibernating")]).toBe(0.1389);
    expect(jan!.revenueShare[at("champions")]).toBe(0);
    // grid[r-1][fm-1]: R4 FM3, R3 FM1, R2 FM2, R1 FM2.
    const grid = [
      [0, 1, 0, 0, 0],
      [0, 1, 0, 0, 0],
      [1, 0, 0, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 0, 0],
    ];
    expect(jan!.grid).toEqual(grid);
  });

  it("February: a net-negative month, a zero-M customer and a champion", () => {
    // Window Jan–Feb. R days: T 0, P 19, U 29, Q 40, S 55 → 5, 4, 3, 2, 1 (n = 5).
    // F: P 2 → 1+⌊20/5⌋ = 5, others 1. M: U 0 → 1, T 5 → 2, Q 10 → 3, S 50 → 4, P 200 → 5.
    // P R4 FM5 champions; T R5 FM⌊4/2⌋=2 potential-loyalist; U R3 FM1 about-to-sleep;
    // Q R2 FM⌊5/2⌋=2 about-to-sleep; S R1 FM3 at-risk.
    expect(ids(feb!.segment)).toEqual(["champions", "about-to-sleep", "at-risk", "potential-loyalist", "about-to-sleep"]);
    // Month: P 100, T 5, U -200 (return, not an order), unregistered 7 → total -88, shares null.
    expect(feb!.revenue[at("champions")]).toBe(100);
    expect(feb!.revenue[at("about-to-sleep")]).toBe(-200);
    expect([feb!.totalRevenue, feb!.otherRevenue]).toEqual([-88, 7]);
    expect(feb!.revenueShare.every((s) => s === null)).toBe(true);
    expect(feb!.monthOrders[at("champions")]).toBe(1);
    expect(feb!.monthOrders[at("about-to-sleep")]).toBe(0);
    // AOV over the window: champions 200/2 = 100; about-to-sleep (U 0 + Q 10)/2 = 5; at-risk 50.
    expect(feb!.averageOrderValue[at("champions")]).toBe(100);
    expect(feb!.averageOrderValue[at("about-to-sleep")]).toBe(5);
    expect(feb!.averageOrderValue[at("at-risk")]).toBe(50);
    expect(feb!.averageOrderValue[at("lost")]).toBeNull();
    // Window revenue and orders: champions P 200 / 2; about-to-sleep U 0 + Q 10 / 2; at-risk S 50 / 1; potential-loyalist T 5 / 1.
    expect([feb!.windowRevenue[at("champions")], feb!.windowRevenue[at("about-to-sleep")], feb!.windowRevenue[at("at-risk")], feb!.windowRevenue[at("potential-loyalist")]]).toEqual([200, 10, 50, 5]);
    expect([feb!.windowOrders[at("champions")], feb!.windowOrders[at("about-to-sleep")], feb!.windowOrders[at("at-risk")], feb!.windowOrders[at("potential-loyalist")]]).toEqual([2, 2, 1, 1]);
    // Buyers in February: P (champions), T (potential-loyalist), U (about-to-sleep, a return only); the unregistered sale is no one's.
    expect(feb!.monthBuyers).toEqual(SEGMENT_IDS.map((s) => (["champions", "potential-loyalist", "about-to-sleep"].includes(s) ? 1 : 0)));
  });

  it("March: Q and U drop out, the champion P is at risk", () => {
    // Window Feb–Mar. Scored P (R 21, F 2, M 200), S (R 0, F 1, M 20), T (R 31, F 1, M 5); n = 3.
    // R: S 1+⌊10/3⌋=4, P 1+⌊5/3⌋=2, T 1. F: P 1+⌊10/3⌋=4. M: T 1, S 2, P 1+⌊10/3⌋=4.
    // P R2 FM4 at-risk; S R4 FM2 potential-loyalist; T R1 FM1 lost.
    expect(ids(mar!.segment)).toEqual(["at-risk", null, "potential-loyalist", "lost", null]);
    expect(mar!.scored).toBe(3);
    expect([mar!.revenue[at("at-risk")], mar!.revenue[at("potential-loyalist")], mar!.totalRevenue]).toEqual([100, 20, 120]);
  });

  it("equals rfm() for every month, also when the history starts later", () => {
    for (const snap of history.snapshots) expect(ids(snap.segment)).toEqual(ids(rfm(store, snap.month, 2).segment));
    const late = rfmHistory(store, MAR - 1, MAR, 2);
    expect(ids(late.snapshots[0]!.segment)).toEqual(ids(feb!.segment));
  });
});

describeHistoryOnCdnow("the CDNOW_master.csv extract (customers 00001..00300)", readCdnowExtractRows());
