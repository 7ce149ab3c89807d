import { describe, expect, it } from "vitest";
import { repurchaseSection } from "../../loaders/bundle/repurchase.ts";
import { parseMonthKey } from "../../loaders/lib/months.ts";
import { rfm } from "../../loaders/metrics/rfm.ts";
import { SEGMENT_IDS } from "../../loaders/metrics/rfm-segments.ts";
import { ConfigSchema } from "../../loaders/schemas/config.ts";
import { readSampleExtract } from "../metrics/cdnow.ts";
import { storeOf, type OrderRow } from "../metrics/rfm-store.ts";
import { describeRepurchaseOnCdnow } from "./repurchase-cdnow.ts";

const configOf = (extra: Record<string, unknown>) =>
  ConfigSchema.parse({ version: 1, sources: [{ name: "t", kind: "transactions", files: "t.csv", columns: { date: "d", amount: "a" } }], ...extra });
const at = (id: string) => [...SEGMENT_IDS, "outside"].indexOf(id);

// As of 2024-03-31, 12-month window 2023-04-01 .. 2024-03-31.
//   P: Jan 10, Feb 10, Mar 10 (gaps 31, 29 → 30); 21 days since → not due
//   Q: Jan 20 only → no interval
//   V: Jan 1, 11, 21 (gaps 10); 70 days since ≥ 2 × 10 → overdue
//   W: Mar 1, 15 (gap 14); 16 days since: 14 ≤ 16 < 28 → due
//   X: 2023-01-05, before the window → group "outside", no interval
// Segments (n = 4): R days W 16, P 21, V 70, Q 71 → 4, 3, 2, 1. F: Q 1, W 2, P and V 3 → 1, 2, 3, 3.
// M: Q 10, V 60, W 100, P 300 → 1, 2, 3, 4. FM = ⌊(F+M+1)/2⌋: P 4, Q 1, V 3, W 3.
// P R3 FM4 loyal; Q R1 FM1 lost; V R2 FM3 at-risk; W R4 FM3 potential-loyalist.
const ROWS: OrderRow[] = [
  ["P", "2024-01-10", 100],
  ["P", "2024-02-10", 100],
  ["P", "2024-03-10", 100],
  ["Q", "2024-01-20", 10],
  ["V", "2024-01-01", 20],
  ["V", "2024-01-11", 20],
  ["V", "2024-01-21", 20],
  ["W", "2024-03-01", 50],
  ["W", "2024-03-15", 50],
  ["X", "2023-01-05", 30],
];
const MAR = parseMonthKey("2024-03");

describe("repurchaseSection on a hand-worked fixture (k = 1)", () => {
  const store = storeOf(ROWS);
  const segments = rfm(store, MAR).segment;
  const { section, series } = repurchaseSection(store, configOf({ minGroupSize: 1 }), MAR, segments);

  it("puts every customer with a purchase in one group", () => {
    expect(series).toEqual([]);
    expect([section.month, section.asOf]).toEqual(["2024-03", "2024-03-31"]);
    const sizes = Object.fromEntries(section.groups.filter((g) => g.customers !== 0).map((g) => [g.id, g.customers]));
    expect(sizes).toEqual({ loyal: 1, "potential-loyalist": 1, "at-risk": 1, lost: 1, outside: 1 });
    expect(section.total.customers).toBe(5);
  });

  it("counts due and overdue customers per group with the default factors 1 and 2", () => {
    expect(section.momentStatuses).toEqual(["none", "not-due", "due", "overdue"]);
    expect(section.groups[at("loyal")]!.moment).toEqual([0, 1, 0, 0]);
    expect(section.groups[at("lost")]!.moment).toEqual([1, 0, 0, 0]);
    expect(section.groups[at("at-risk")]!.moment).toEqual([0, 0, 0, 1]);
    expect(section.groups[at("potential-loyalist")]!.moment).toEqual([0, 0, 1, 0]);
    expect(section.groups[at("outside")]!.moment).toEqual([1, 0, 0, 0]);
    expect(section.total.moment).toEqual([2, 1, 1, 1]);
  });

  it("follows the configured factors: with due ×1.2 W (16 days, interval 14) is not due yet", () => {
    const other = repurchaseSection(store, configOf({ minGroupSize: 1, repurchase: { dueFactor: 1.2, overdueFactor: 3 } }), MAR, segments).section;
    expect(other.groups[at("potential-loyalist")]!.moment).toEqual([0, 1, 0, 0]);
    expect(other.settings.dueFactor).toBe(1.2);
  });

  it("has no calibration when nobody bought before the holdout (6 months)", () => {
    expect(section.calibration).toBeNull();
  });

  it("names the config block and field of a bad setting", () => {
    expect(() => repurchaseSection(store, configOf({ repurchase: { holdoutMonths: 0 } }), MAR, segments)).toThrow(/repurchase[\s\S]*holdoutMonths/);
    expect(() => repurchaseSection(store, configOf({}), MAR, new Int8Array(2))).toThrow(/one segment per customer/);
  });
});

describe("repurchaseSection when the BG/NBD does not converge", () => {
  // Twelve customers who each bought once: the likelihood has no interior maximum.
  const rows: OrderRow[] = Array.from({ length: 12 }, (_, i) => [`c${i}`, `2024-0${1 + (i % 3)}-1${i % 10}`, 25]);
  const store = storeOf(rows);
  const { section, warnings } = repurchaseSection(store, configOf({}), MAR, rfm(store, MAR).segment);

  it("warns fit_not_converged and publishes no prediction, but still the due/overdue counts", () => {
    expect(warnings.map((w) => w.code)).toContain("fit_not_converged");
    expect(section.published).toBe(false);
    expect(section.clvPublished).toBe(false);
    expect(section.fits.bgNbd!.converged).toBe(false);
    for (const g of section.groups) expect([g.pAlive, g.meanPAlive, g.expectedPurchases, g.clv]).toEqual([null, null, null, null]);
    expect([section.total.expectedPurchases, section.total.clv]).toEqual([null, null]);
    // Nobody has two purchase days: all 12 have no interval.
    expect(section.total.moment).toEqual([12, 0, 0, 0]);
  });
});

describeRepurchaseOnCdnow("the CDNOW sample extract (300 customers, test/fixtures/cdnow)", readSampleExtract());
