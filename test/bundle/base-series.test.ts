/**
 * The customer-base KPIs on a nine-order fixture (test/fixtures/kpi), every value worked out by
 * hand in the comments: window 2 months, top share 50 %, lapsed after 30 days, UTC.
 */
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundle } from "../../loaders/index.ts";
import type { Bundle } from "../../loaders/index.ts";

const FIXTURE = "test/fixtures/kpi";

function values(bundle: Bundle, id: string): (number | null)[] {
  const s = bundle.series.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id}`);
  return s.values;
}

describe("base KPI series", async () => {
  const bundle = await loadBundle(FIXTURE);

  it("puts the months of the data on the axis", () => {
    expect(bundle.months).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(bundle.dataAsOf).toBe("2026-03-31");
  });

  it.each([
    // Jan: o1 100 + o2 50 + o3 20; Feb: o4 60 + o5 30 − o6 10; Mar: o7 40 + o8 90 + o9 0.
    ["revenue", [170, 80, 130]],
    // Sales orders have a net amount ≥ 0: the return o6 is not an order, the zero-value o9 is.
    ["orders", [3, 2, 3]],
    ["returns", [0, 1, 0]],
    // Sales revenue ÷ sales orders: 170/3, 90/2, 130/3.
    ["aov", [170 / 3, 45, 130 / 3]],
    // o3 and o7 have no customer id.
    ["orders.unregistered", [1, 0, 1]],
    ["orders.registered_share", [2 / 3, 1, 2 / 3]],
    // First purchases: A, B in Jan; C in Feb.
    ["customers.known", [2, 3, 3]],
    // Window measures start once a full 2-month look-back exists (January's starts before the data).
    ["customers.new", [null, 1, 0]],
    // Feb: A bought before (B only returned, C is new); Mar: A and C.
    ["customers.returning", [null, 1, 2]],
    // Window Dec–Jan: A, B; Jan–Feb: A, B, C; Feb–Mar: A (o4, o9), C (o5, o8) — B only returned.
    ["customers.active", [null, 3, 2]],
    ["active.frequency", [null, 4 / 3, 2]],
    // Net window revenue per active customer: (100+50)/2; (160+40+30)/3; (60+120)/2.
    ["active.spend", [null, 76.67, 90]],
    // Top 50 %: Jan A (100 of 150); Feb A and B (200 of 230); Mar C (120 of 180).
    ["top.revenue_share", [null, 200 / 230, 2 / 3]],
    // Feb: top customer B last bought on 10 Jan, 49 days before 28 Feb (its return does not count as buying).
    ["lapsed_top.customers", [null, 1, 0]],
    ["lapsed_top.revenue_at_stake", [null, 40, 0]],
    ["channel.web.revenue", [100, 60, 40]],
    ["channel.store.revenue", [70, -10, 0]],
    ["channel.app.revenue", [0, 30, 90]],
    ["channel.web.orders", [1, 1, 2]],
  ] as const)("%s", (id, expected) => {
    const actual = values(bundle, id);
    expect(actual).toHaveLength(expected.length);
    expected.forEach((v, i) => {
      (v === null ? expect(actual[i]).toBeNull() : expect(actual[i]).toBeCloseTo(v, 2));
    });
  });

  it("suppresses figures about 1 to k − 1 customers, but not empty groups", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kb-kpi-"));
    await cp(FIXTURE, dir, { recursive: true });
    const yaml = await readFile(join(dir, "klantbeeld.yaml"), "utf8");
    await writeFile(join(dir, "klantbeeld.yaml"), yaml.replace("minGroupSize: 1", "minGroupSize: 3"));
    const k3 = await loadBundle(dir);
    expect(values(k3, "customers.active")).toEqual([null, 3, null]);
    expect(values(k3, "customers.new")).toEqual([null, null, 0]);
    expect(values(k3, "customers.returning")).toEqual([null, null, null]);
    expect(values(k3, "active.spend")).toEqual([null, 76.67, null]);
    // Sales totals are not about a customer group and stay.
    expect(values(k3, "revenue")).toEqual([170, 80, 130]);
  });
});
