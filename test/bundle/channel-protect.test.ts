/**
 * Every published channel breakdown is protected like the segment tables: a channel of 1..k−1
 * people in a month is hidden with whatever would give it back from the month totals, checked
 * by hand on a small store and by the exact rank audit on every month.
 */
import { describe, expect, it } from "vitest";
import { baseSeries } from "../../loaders/bundle/base-series.ts";
import { channelProtection } from "../../loaders/bundle/channel-protect.ts";
import { digitalShareSection } from "../../loaders/bundle/commercial.ts";
import { ConfigSchema } from "../../loaders/schemas/config.ts";
import { rank } from "../lib/rank.ts";
import { type LineRow, monthIndex, storeOfLines } from "../metrics/commercial-store.ts";

/** `n` customers (ids `prefix1…`) with one order of 10.00 each in `channel` on `iso`. */
function buyers(prefix: string, n: number, iso: string, channel: string): LineRow[] {
  return Array.from({ length: n }, (_, i): LineRow => [`${prefix}-${i}`, `${prefix}${i}`, iso, channel, "c", null, 10]);
}

// January: web 4 (primary), app 12, store 30. February: all large. March: store 3 (an offline group of 3).
const store = storeOfLines([
  ...buyers("jw", 4, "2025-01-10", "web"),
  ...buyers("ja", 12, "2025-01-11", "app"),
  ...buyers("js", 30, "2025-01-12", "store"),
  ...buyers("fw", 15, "2025-02-10", "web"),
  ...buyers("fa", 12, "2025-02-11", "app"),
  ...buyers("fs", 30, "2025-02-12", "store"),
  ...buyers("mw", 20, "2025-03-10", "web"),
  ...buyers("ma", 15, "2025-03-11", "app"),
  ...buyers("ms", 3, "2025-03-12", "store"),
]);
const config = ConfigSchema.parse({
  version: 1,
  minGroupSize: 10,
  kpi: { activeWindowMonths: 1 },
  channels: { digital: ["web", "app"], offline: ["store"] },
  sources: [{ name: "t", kind: "transactions", files: "t.csv", columns: { date: "d", amount: "a" } }],
});
const first = monthIndex("2025-01");
const last = monthIndex("2025-03");
const values = (id: string) => baseSeries(store, config, first, last).find((s) => s.id === id)?.values ?? digitalShareSection(store, config, first, last).series.find((s) => s.id === id)!.values;

describe("channel breakdowns", () => {
  it("hides a channel of 4 people and the smallest other channel, keeps the month totals", () => {
    // January: web (4) is primary; total − store would give web + app, so app (12, the smallest other) goes too.
    expect(values("channel.web.revenue")).toEqual([null, 150, 200]);
    expect(values("channel.app.revenue")).toEqual([null, 120, null]); // March: see below
    expect(values("channel.web.orders")![0]).toBeNull();
    expect(values("channel.store.revenue")![0]).toBe(300);
    expect(values("revenue")).toEqual([460, 570, 380]);
    // The digital group (16 people) is shown: web + app = 160 is known, each alone is not.
    expect(values("digital.revenue_share")![0]).toBeCloseTo(160 / 460, 12);
  });

  it("hides an offline group of 3 and the digital share that would give it back", () => {
    // March: store (3) primary; the total is published, so the smallest other channel (app, 15) goes too;
    // the offline group (3) is a group of 1..k−1 and digital = total − offline would give it back.
    expect(values("channel.store.revenue")![2]).toBeNull();
    expect(values("channel.app.revenue")![2]).toBeNull();
    expect(values("channel.web.revenue")![2]).toBe(200);
    expect(values("digital.revenue_share")![2]).toBeNull();
    expect(values("channel.store.revenue_share")![2]).toBeNull();
  });

  it("leaves no hidden channel a linear combination of what is published (exact rank test), every month", () => {
    const protection = channelProtection(store, config, first, last);
    const channels = store.channels;
    const groups = [["web", "app"], ["store"], []] as const;
    for (let m = 0; m <= last - first; m++) {
      const unit = (c: number) => channels.map((_, j) => (j === c ? 1 : 0));
      // Published: the month total, every shown group sum, every shown channel.
      const equations = [channels.map(() => 1)];
      (["digital", "offline", "unknown"] as const).forEach((g, i) => {
        if (!protection.groups[g][m]) equations.push(channels.map((name) => ((groups[i] as readonly string[]).includes(name) ? 1 : 0)));
      });
      channels.forEach((name, c) => {
        if (!protection.channels[name]![m]) equations.push(unit(c));
      });
      const base = rank(equations);
      channels.forEach((name, c) => {
        if (protection.channels[name]![m]) expect(rank([...equations, unit(c)]), `month ${m} channel ${name}`).toBe(base + 1);
      });
    }
    expect(channels.filter((name) => protection.channels[name]!.some(Boolean)).sort()).toEqual(["app", "store", "web"]);
  });

  it("hides the registered/unregistered split of orders where one side is 1..k−1 people", () => {
    // April: 20 registered buyers and 3 unregistered orders (each possibly someone else) in the store;
    // May: 20 and 12. The month's order total is published, so April's split is hidden on both sides.
    const walkIns = (prefix: string, n: number, iso: string): LineRow[] => Array.from({ length: n }, (_, i): LineRow => [`${prefix}-${i}`, null, iso, "store", "c", null, 5]);
    const split = storeOfLines([...buyers("ar", 20, "2025-04-10", "store"), ...walkIns("au", 3, "2025-04-11"), ...buyers("mr", 20, "2025-05-10", "store"), ...walkIns("mu", 12, "2025-05-11")]);
    const april = monthIndex("2025-04");
    const got = (id: string) => baseSeries(split, config, april, april + 1).find((s) => s.id === id)!.values;
    expect(got("orders.unregistered")).toEqual([null, 12]);
    expect(got("orders.registered_share")).toEqual([null, 20 / 32]);
    expect(got("orders")).toEqual([23, 32]);
  });
});
