/**
 * repurchaseSection checks that hold on any CDNOW orders, as one describe block that
 * test/bundle/repurchase.test.ts runs on the sample extract (test/fixtures/cdnow) and test/large on
 * the whole sample: per-segment sums against plain loops, suppression, determinism.
 */
import { describe, expect, it } from "vitest";
import { repurchaseSection } from "../../loaders/bundle/repurchase.ts";
import { parseMonthKey } from "../../loaders/lib/months.ts";
import { bgNbd, bgNbdPredict } from "../../loaders/metrics/bg-nbd.ts";
import { clv } from "../../loaders/metrics/clv.ts";
import { gammaGamma } from "../../loaders/metrics/gamma-gamma.ts";
import { repeatSummary } from "../../loaders/metrics/repeat-summary.ts";
import { rfm } from "../../loaders/metrics/rfm.ts";
import { SEGMENT_IDS } from "../../loaders/metrics/rfm-segments.ts";
import { configOf } from "../charts/rfm-fixtures.ts";
import type { CdnowOrders } from "../metrics/cdnow.ts";
import { storeOf, type OrderRow } from "../metrics/rfm-store.ts";

/** Registers the checks on the repurchase section of `c` as of 1998-06 (9-month holdout, the published split). */
export function describeRepurchaseOnCdnow(name: string, c: CdnowOrders): void {
  describe(`repurchaseSection on ${name} as of 1998-06`, () => {
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const rows: OrderRow[] = Array.from(c.customer, (id, i) => [`s${id}`, iso(c.day[i]!), c.amount[i]!]);
  const store = storeOf(rows);
  const JUN98 = parseMonthKey("1998-06");
  const segments = rfm(store, JUN98).segment;
  const { section } = repurchaseSection(store, configOf({ repurchase: { holdoutMonths: 9 } }), JUN98, segments);

  it("sums per-customer predictions and CLV per segment to the model totals", () => {
    const summary = repeatSummary(store, Date.UTC(1998, 5, 30) / 86_400_000);
    const bg = bgNbd(summary);
    const gg = gammaGamma(summary);
    const pred = bgNbdPredict(bg.params, summary, 52);
    const values = clv(bg.params, gg.params, summary);
    expect(section.horizonWeeks).toBe(52);
    expect(section.total.customers).toBe(summary.customer.length);
    expect(section.total.expectedPurchases).toBeCloseTo(pred.total, 1);
    expect(section.total.clv).toBeCloseTo(values.total, 0);
    // Per segment, by a plain loop over customers.
    const bySegment = new Map<string, { n: number; e: number; v: number }>();
    summary.customer.forEach((cust, i) => {
      const id = segments[cust]! >= 0 ? SEGMENT_IDS[segments[cust]!]! : "outside";
      const s = bySegment.get(id) ?? { n: 0, e: 0, v: 0 };
      s.n++;
      s.e += pred.expected[i]!;
      s.v += values.clv[i]!;
      bySegment.set(id, s);
    });
    for (const g of section.groups) {
      const want = bySegment.get(g.id) ?? { n: 0, e: 0, v: 0 };
      if (g.customers === null) continue;
      expect(g.customers).toBe(want.n);
      if (g.expectedPurchases !== null) expect(g.expectedPurchases).toBeCloseTo(want.e, 1);
      if (g.clv !== null) expect(g.clv).toBeCloseTo(want.v, 0);
      if (g.pAlive?.every((v) => v !== null)) expect(g.pAlive.reduce((x, y) => x! + y!, 0)).toBe(want.n);
    }
  });

  it("shows no group, bin or status count between 1 and k − 1", () => {
    for (const k of [10, 100]) {
      const s = k === 10 ? section : repurchaseSection(store, configOf({ minGroupSize: k }), JUN98, segments).section;
      for (const g of s.groups) {
        for (const v of [g.customers, ...(g.pAlive ?? []), ...g.moment]) expect(v === null || v === 0 || v >= k).toBe(true);
        if (g.customers === null) expect([g.expectedPurchases, g.clv, g.meanPAlive]).toEqual([null, null, null]);
      }
    }
  });

  it("is deterministic", () => {
    const again = repurchaseSection(store, configOf({ repurchase: { holdoutMonths: 9 } }), JUN98, segments);
    expect(JSON.stringify(again.section)).toBe(JSON.stringify(section));
  });
  });
}
