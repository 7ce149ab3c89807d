/** `topCustomers` with months given (as an incremental build passes them): taken as they are, the others unchanged. */
import { describe, expect, it } from "vitest";
import { monthOfDay } from "../../loaders/lib/months.ts";
import { topCustomers, type TopCustomersMonth } from "../../loaders/metrics/top-customers.ts";
import { readCdnowExtractRows, storeOf } from "./rfm-store.ts";

const store = storeOf(readCdnowExtractRows());
const first = monthOfDay(store.firstDay!);
const last = monthOfDay(store.lastDay!);
const options = { topShare: 0.2, activeWindowMonths: 12, lapsedDays: 90 };

describe("topCustomers with given months", () => {
  it("takes a given month's figures and computes the others as without them", () => {
    const plain = topCustomers(store, first, last, options);
    const sentinel: TopCustomersMonth = { topCount: 7, revenueShare: 0.5, lapsedCount: 3, lapsedRevenue: 12.34 };
    const target = first + 4;
    const given = topCustomers(store, first, last, options, undefined, (m) => (m === target ? sentinel : undefined));
    const at = (r: typeof plain, i: number) => ({ topCount: r.topCount[i], revenueShare: r.revenueShare[i], lapsedCount: r.lapsedCount[i], lapsedRevenue: r.lapsedRevenue[i] });
    for (let i = 0; i <= last - first; i++) expect(at(given, i)).toEqual(i === target - first ? sentinel : at(plain, i));
    // The active customers are counted: the top group holds at least a fifth of them in the last month.
    expect(plain.topCount.at(-1)!).toBeGreaterThan(0);
  });
});
