import { describe, expect, it } from "vitest";
import { digitalShare } from "../../loaders/metrics/digital-share.ts";
import { monthIndex, storeOfLines } from "./commercial-store.ts";

const GROUPS = { digital: ["web", "app", "smart_tv"], offline: ["store", "phone"] };
const STORE = storeOfLines([
  ["o1", "K1", "2025-01-02", "web", "x", null, 100],
  ["o2", null, "2025-01-03", "web", "x", null, 50],
  ["o3", "K2", "2025-01-04", "app", "x", null, 30],
  ["o4", "K3", "2025-01-05", "store", "x", null, 200],
  ["o5", "K3", "2025-01-06", "store", "x", null, -20], // a return: no order, −20 revenue
  ["o6", "K4", "2025-01-07", "kiosk", "x", null, 40], // unknown channel
  ["o7", "K1", "2025-02-01", "web", "x", null, 100],
  ["o8", "K2", "2025-02-02", "store", "x", null, 100],
]);

describe("digitalShare", () => {
  const result = digitalShare(STORE, GROUPS, monthIndex("2025-01"), monthIndex("2025-03"));

  it("shares orders and net revenue among classified channels only", () => {
    // Jan: classified orders web 2 + app 1 + store 1 = 4, digital 3; revenue 150 + 30 + 180 = 360, digital 180.
    expect(result.digital.orders).toEqual([3, 1, 0]);
    expect(result.digital.revenue).toEqual([180, 100, 0]);
    expect(result.digital.ordersShare).toEqual([0.75, 0.5, null]);
    expect(result.digital.revenueShare).toEqual([0.5, 0.5, null]);
    expect(result.offline.revenue).toEqual([180, 100, 0]);
    expect(result.offline.ordersShare).toEqual([0.25, 0.5, null]);
  });

  it("splits per channel and reports an unknown channel without a share", () => {
    expect(Object.keys(result.byChannel)).toEqual(["app", "kiosk", "store", "web"]);
    expect(result.byChannel["web"]).toMatchObject({ group: "digital", orders: [2, 1, 0], ordersShare: [0.5, 0.5, null] });
    expect(result.byChannel["web"]!.revenueShare[0]).toBeCloseTo(150 / 360, 12);
    expect(result.byChannel["store"]).toMatchObject({ group: "offline", revenue: [180, 100, 0], revenueShare: [0.5, 0.5, null] });
    expect(result.byChannel["kiosk"]).toMatchObject({ group: "unknown", orders: [1, 0, 0], revenue: [40, 0, 0], ordersShare: [null, null, null] });
    expect(result.unknown.orders).toEqual([1, 0, 0]);
    expect(result.unknownChannels).toEqual(["kiosk"]);
  });

  it("fits the trend through the months that have a share", () => {
    // Orders share 0.75 → 0.5 over two months: −0.25 per month; revenue share flat.
    expect(result.trend).toEqual({ months: 3, ordersShare: -0.25, revenueShare: 0 });
  });
});
