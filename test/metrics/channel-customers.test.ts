import { describe, expect, it } from "vitest";
import { channelCustomers } from "../../loaders/metrics/channel-customers.ts";
import { storeOf, type OrderRow } from "./rfm-store.ts";

const MONTH_2024_01 = 2024 * 12;

/** Orders in day order (so store order = row order), each with its channel: 0 web, 1 app, 2 store. */
const ROWS: [OrderRow, number][] = [
  [["A", "2023-12-31", 10], 0], // before the first month: not counted
  [["A", "2024-01-05", 10], 0],
  [["A", "2024-01-06", 10], 0], // A again on web: one person
  [["A", "2024-01-07", 10], 1], // A on app too: once more for app, once for the digital set
  [[null, "2024-01-08", 10], 2], // unregistered: one person each
  [[null, "2024-01-09", 10], 2],
  [["B", "2024-01-10", 10], 2],
  [["B", "2024-02-01", 10], 0], // February: every mark starts again
  [["A", "2024-02-02", 10], 1],
  [["A", "2024-02-03", 10], 2],
  [[null, "2024-02-04", 10], 1],
  [["B", "2024-03-01", 10], 0], // after the last month: not counted
];

function store() {
  const s = storeOf(ROWS.map(([row]) => row));
  for (const [i, [, channel]] of ROWS.entries()) s.orders.channel[i] = channel;
  return { ...s, channels: ["web", "app", "store"] };
}

describe("channelCustomers", () => {
  it("counts distinct registered customers per channel, set and month, plus one per unregistered order", () => {
    const result = channelCustomers(store(), MONTH_2024_01, MONTH_2024_01 + 1, [[0, 1], [2]]);
    // January: web A; app A; store B + 2 unregistered. February: web B; app A + 1 unregistered; store A.
    expect(result.byChannel).toEqual([[1, 1], [1, 2], [3, 1]]);
    // digital (web ∪ app): January A; February B, A and one unregistered. Offline: as the store channel.
    expect(result.bySet).toEqual([[1, 3], [3, 1]]);
    expect(result.registered).toEqual([2, 2]);
    expect(result.unregistered).toEqual([2, 1]);
  });

  it("counts one month without sets", () => {
    const result = channelCustomers(store(), MONTH_2024_01 + 1, MONTH_2024_01 + 1);
    expect(result.byChannel).toEqual([[1], [2], [1]]);
    expect(result.bySet).toEqual([]);
  });
});
