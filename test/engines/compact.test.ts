import { describe, expect, it } from "vitest";
import { type CompactTables, compactBaseMetrics, compactDigitalShare, compactProtection } from "../../loaders/engines/compact.ts";

// Months 10 and 11 (month indexes); money in cents as the engines return it.
const tables: CompactTables = {
  cells: [
    { month: 10, channel: "web", registered: 1, sales: 2, returns: 1, revenue: 1500, sales_revenue: 2000 },
    { month: 10, channel: "store", registered: 0, sales: 1, returns: 0, revenue: 999, sales_revenue: 999 },
    { month: 11, channel: "web", registered: 1, sales: 3, returns: 0, revenue: 3000, sales_revenue: 3000 },
    { month: 12, channel: "web", registered: 1, sales: 9, returns: 0, revenue: 9000, sales_revenue: 9000 }, // outside the axis
  ],
  firstMonths: [
    { first_month: 9, customers: 2 },
    { first_month: 11, customers: 1 },
  ],
  buyers: [
    { month: 10, buyers: 1 },
    { month: 11, buyers: 3 },
  ],
  windows: [
    { month_end: 10, active: 2, sales: 5, cents: 10001, top_count: 1, top_cents: 8000, lapsed_count: 1, lapsed_cents: 8000 },
    { month_end: 11, active: 3, sales: 9, cents: 0, top_count: 1, top_cents: 0, lapsed_count: 0, lapsed_cents: 0 },
  ],
  // Month 10: one registered web customer (2 orders), one unregistered store order; month 11: three web customers.
  people: [
    { month: 10, k: "c:web", registered: 1, unregistered: 0 },
    { month: 10, k: "c:store", registered: 0, unregistered: 1 },
    { month: 10, k: "g0", registered: 1, unregistered: 0 },
    { month: 10, k: "g1", registered: 0, unregistered: 1 },
    { month: 10, k: "all", registered: 1, unregistered: 1 },
    { month: 11, k: "c:web", registered: 3, unregistered: 0 },
    { month: 11, k: "g0", registered: 3, unregistered: 0 },
    { month: 11, k: "all", registered: 3, unregistered: 0 },
  ],
};
const settings = { minGroupSize: 3, channels: { digital: ["web"], offline: ["store"] } };

describe("compactBaseMetrics", () => {
  const { sales, activity, top } = compactBaseMetrics(tables, settings, 10, 11);

  it("rolls the month × channel × registered cells up as monthlySales does", () => {
    expect(sales.orders).toEqual([3, 3]);
    expect(sales.registeredOrders).toEqual([2, 3]);
    expect(sales.returns).toEqual([1, 0]);
    expect(sales.revenue).toEqual([24.99, 30]);
    expect(sales.salesRevenue).toEqual([29.99, 30]);
    expect(sales.byChannel).toEqual({ store: { orders: [1, 0], revenue: [9.99, 0] }, web: { orders: [2, 3], revenue: [15, 30] } });
  });

  it("counts known, new and returning customers from first months and buyers", () => {
    expect(activity.known).toEqual([2, 3]); // two first bought before month 10, one in month 11
    expect(activity.newCustomers).toEqual([0, 1]);
    expect(activity.returningCustomers).toEqual([1, 2]);
  });

  it("derives window averages and top-group figures per month end", () => {
    expect(activity.active).toEqual([2, 3]);
    expect(activity.frequency).toEqual([2.5, 3]);
    expect(activity.spend).toEqual([50.01, 0]); // 100.01 / 2 = 50.005, rounded half up to the cent
    expect(top.revenueShare).toEqual([8000 / 10001, null]); // no share of a zero net window revenue
    expect(top.lapsedCount).toEqual([1, 0]);
    expect(top.lapsedRevenue).toEqual([80, 0]);
  });
});

describe("compactProtection", () => {
  it("hides channels, groups and the registered split of 1..k−1 people from the people counted in the engine", () => {
    const p = compactProtection(tables, settings, 10, 11);
    // Month 10: one person behind web and one behind store (k = 3) → both hidden, and the 1 + 1 split too.
    // Month 11: three web customers, nobody in store (an empty group identifies no one) → all shown.
    expect(p.channels).toEqual({ store: [true, false], web: [true, false] });
    expect(p.groups.digital).toEqual([true, false]);
    expect(p.groups.offline).toEqual([true, false]);
    expect(p.registration).toEqual([true, false]);
  });
});

describe("compactDigitalShare", () => {
  it("shares orders and net revenue of digital channels in the classified total", () => {
    const share = compactDigitalShare(tables, { digital: ["web"], offline: ["store"] }, 10, 11);
    expect(share.digital.orders).toEqual([2, 3]);
    expect(share.digital.ordersShare).toEqual([2 / 3, 1]);
    expect(share.digital.revenueShare[0]).toBeCloseTo(15 / 24.99, 12); // 15 + 9.99 in floating point
    expect(share.digital.revenueShare[1]).toBe(1);
    expect(share.unknownChannels).toEqual([]);
  });
});
