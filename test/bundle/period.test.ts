/**
 * Data that end mid-month (test/fixtures/partial-month: nine orders, the last on Thursday 9 April
 * 2026; UTC, windows of 2 months, top 50 %, lapsed after 30 days, k = 1). Every expectation is
 * worked out by hand in the comments:
 *
 *   o1 A 2025-04-05 100 web    o4 A 2026-03-03 80 web     o7 D 2026-03-31 40 web
 *   o2 B 2025-04-20  50 web    o5 B 2026-03-08 90 store   o8 A 2026-04-02 70 web
 *   o3 C 2026-02-10  30 web    o6 E 2026-03-25 60 web     o9 D 2026-04-09 10 store
 */
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { periodDeltas } from "../../loaders/bundle/period.ts";
import type { RfmSection } from "../../loaders/bundle/rfm.ts";
import type { RepurchaseSection } from "../../loaders/bundle/repurchase.ts";
import { type Bundle, loadBundle } from "../../loaders/index.ts";
import { bgNbd } from "../../loaders/metrics/bg-nbd.ts";

const FIXTURE = "test/fixtures/partial-month";
const bundle = await loadBundle(FIXTURE);
const series = (b: Bundle, id: string) => {
  const s = b.series.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id}`);
  return s;
};
const latest = (b: Bundle, id: string) => series(b, id).values.at(-1);
const APRIL = 12; // index of 2026-04 on the axis 2025-04 … 2026-04

async function pinned(asOf: string): Promise<Bundle> {
  const dir = await mkdtemp(join(tmpdir(), "klantbeeld-asof-"));
  await cp(FIXTURE, dir, { recursive: true });
  const yaml = await readFile(join(dir, "klantbeeld.yaml"), "utf8");
  await writeFile(join(dir, "klantbeeld.yaml"), `${yaml}asOf: "${asOf}"\n`);
  return loadBundle(dir);
}

describe("a bundle whose data end on 9 April 2026", () => {
  it("knows the as-of day, the last complete month and that April is partial", () => {
    expect(bundle.months.at(0)).toBe("2025-04");
    expect(bundle.months.at(-1)).toBe("2026-04");
    expect(bundle.dataAsOf).toBe("2026-04-09");
    expect(bundle.period).toEqual({
      firstDay: "2025-04-05",
      dataLastDay: "2026-04-09",
      asOf: "2026-04-09",
      lastCompleteDay: "2026-04-09",
      pinned: false,
      lastCompleteMonth: "2026-03",
      partial: { month: "2026-04", throughDay: "2026-04-09", days: 9, daysInMonth: 30 },
      comparison: "same-days",
      excluded: { orders: 0, lines: 0, journeyRows: 0, experiments: 0, momentRows: 0 },
    });
  });

  it("counts active customers in the two months up to 9 April (10 February … 9 April), not in March–April", () => {
    // C (10 Feb, the window's first day), A, B, E, D. A calendar window (March–April) would miss C.
    expect(latest(bundle, "customers.active")).toBe(5);
  });

  it("finds the lapsed top customers as of 9 April", () => {
    // Window revenue: A 150, B 90, E 60, D 50, C 30. Top 50 % of 5 = 3: A, B, E (threshold 60).
    // Lapsed = last purchase on or before 9 April − 30 days = 10 March: B (8 March), 90 at stake.
    expect(latest(bundle, "lapsed_top.customers")).toBe(1);
    expect(latest(bundle, "lapsed_top.revenue_at_stake")).toBe(90);
  });

  it("scores RFM as of 9 April: the R × FM grid follows recency counted to that day", () => {
    const rfm = bundle.sections.rfm as RfmSection;
    expect(rfm.asOf).toBe("2026-04-09");
    // Recency to 9 April: D 0, A 7, E 15, B 32, C 58 days → R = 5, 4, 3, 2, 1 (one customer per quintile).
    // Frequency: A 2, D 2, others 1 → F 4, 4, 1, 1, 1. Monetary: A 150 (5), B 90 (4), E 60 (3), D 50 (2), C 30 (1).
    // FM = round-half-up((F + M) / 2): D (4+2)/2 = 3, A (4+5)/2 = 5 (4.5), E (1+3)/2 = 2, B (1+4)/2 = 3 (2.5), C 1.
    expect(rfm.grid).toEqual([
      [1, 0, 0, 0, 0], // R1: C FM1
      [0, 0, 1, 0, 0], // R2: B FM3
      [0, 1, 0, 0, 0], // R3: E FM2
      [0, 0, 0, 0, 1], // R4: A FM5
      [0, 0, 1, 0, 0], // R5: D FM3
    ]);
  });

  it("fits the repurchase model on x, t_x and T counted to 9 April", () => {
    const section = bundle.sections.repurchase as RepurchaseSection;
    expect(section.asOf).toBe("2026-04-09");
    // Independently, in days from each customer's first purchase (weeks = days / 7), one purchase per day:
    // A 5 Apr 2025 → 3 Mar 2026 (332), 2 Apr 2026 (362), T = 369; B 20 Apr 2025 → 8 Mar 2026 (322), T = 354;
    // C 10 Feb 2026, T = 58; E 25 Mar 2026, T = 15; D 31 Mar → 9 Apr (9), T = 9.
    const data = { x: [2, 1, 0, 0, 1], tx: [362 / 7, 322 / 7, 0, 0, 9 / 7], T: [369 / 7, 354 / 7, 58 / 7, 15 / 7, 9 / 7] };
    const fit = bgNbd(data);
    const fitted = section.fits.bgNbd!;
    expect(fitted.customers).toBe(5);
    expect(fitted.logLikelihood).toBe(Math.round(fit.logLikelihood * 100) / 100);
    expect(fitted.params).toEqual(Object.fromEntries(Object.entries(fit.params).map(([k, v]) => [k, Number(v.toPrecision(6))])));
    // Holdout: the 6 months up to 9 April, from 9 October 2025 (A and B had bought by then).
    expect([section.calibration?.calibrationEnd, section.calibration?.holdoutEnd]).toEqual(["2025-10-09", "2026-04-09"]);
    expect(section.calibration?.fit.customers).toBe(2);
  });

  it("compares April 1–9 with 1–9 March and 1–9 April 2025 (like for like), not with whole months", () => {
    const revenue = series(bundle, "revenue");
    // April 1–9: o8 70 + o9 10. March 1–9: o4 80 + o5 90. April 1–9 2025: o1 100. Whole March: 270.
    expect(revenue.values[APRIL]).toBe(80);
    expect(revenue.values[APRIL - 1]).toBe(270);
    expect(revenue.sameDays).toEqual({ previous: 170, yearAgo: 100 });
    const d = periodDeltas(bundle, revenue, APRIL);
    expect(d.mom).toEqual({ base: 170, absolute: -90, relative: -90 / 170 });
    expect(d.yoy).toEqual({ base: 100, absolute: -20, relative: -0.2 });
    // Orders: 2 against 2 and 1.
    expect(series(bundle, "orders").sameDays).toEqual({ previous: 2, yearAgo: 1 });
    // Active as of 9 March (window 10 January … 9 March): C, A, B. As of 9 April 2025 the window
    // (10 February … 9 April 2025) starts before the data: warm-up, no value.
    expect(series(bundle, "customers.active").sameDays).toEqual({ previous: 3, yearAgo: null });
    const active = periodDeltas(bundle, series(bundle, "customers.active"), APRIL);
    expect(active.mom?.relative).toBeCloseTo(2 / 3, 12);
    expect(active.yoy).toBeNull();
    // A complete month still compares whole months: March 270 against February 30.
    expect(periodDeltas(bundle, revenue, APRIL - 1).mom).toEqual({ base: 30, absolute: 240, relative: 8 });
  });

  it("gives no partial-month delta for a series without same-day values", () => {
    const bare = { values: series(bundle, "revenue").values };
    expect(periodDeltas(bundle, bare, APRIL)).toEqual({ mom: null, yoy: null });
  });

  it("starts the RFM series once the 2-month window is full, and says why", () => {
    const rfm = bundle.sections.rfm as RfmSection;
    expect(rfm.fullFrom).toBe("2025-05");
    expect(rfm.startReason).toContain("april 2025");
    const lost = series(bundle, "segment.lost.customers");
    expect(lost.values[0]).toBeNull();
    expect(lost.values[1]).not.toBeNull();
    expect(lost.start?.from).toBe("2025-05");
    // Migrations need a full window at both ends: the first is May → June 2025.
    expect(rfm.migrations[0]!.month).toBe("2025-06");
    const april = rfm.migrations.at(-1)!;
    // The partial month's move starts from the same day of March; the year-ago matrix (from April 2025) is warm-up.
    expect([april.previous.fromAsOf, april.previous.toAsOf]).toEqual(["2026-03-09", "2026-04-09"]);
    expect(april.yearAgo.counts.flat().every((c) => c === null)).toBe(true);
    expect(series(bundle, "customers.active").start?.from).toBe("2025-05");
  });

  it("judges goals and the business baseline on the last complete month (no goals here: March is the month)", () => {
    expect(bundle.period?.lastCompleteMonth).toBe("2026-03");
  });
});

describe("asOf: in data/klantbeeld.yaml", () => {
  it("pins the figures to that day and counts the orders after it", async () => {
    const b = await pinned("2026-03-31");
    expect(b.dataAsOf).toBe("2026-03-31");
    expect(b.months.at(-1)).toBe("2026-03");
    expect(b.period).toMatchObject({ asOf: "2026-03-31", dataLastDay: "2026-04-09", pinned: true, partial: null, lastCompleteMonth: "2026-03" });
    // o8 and o9 (April) are left out, but still read and accepted.
    expect(b.period?.excluded).toEqual({ orders: 2, lines: 0, journeyRows: 0, experiments: 0, momentRows: 0 });
    expect(b.accounts[0]).toMatchObject({ rowsRead: 9, rowsAccepted: 9, rowsRejected: 0 });
    expect(latest(b, "revenue")).toBe(270);
    const warning = b.warnings.find((w) => w.code === "as_of_pinned")!;
    expect(warning.message).toContain("2 orders");
    expect(warning.message).not.toMatch(/\b[A-E]\b/);
  });

  it("makes a pinned mid-month day the partial month", async () => {
    const b = await pinned("2026-03-09");
    expect(b.period?.partial).toEqual({ month: "2026-03", throughDay: "2026-03-09", days: 9, daysInMonth: 31 });
    // March 1–9: 170 against February 1–9 (nothing) and March 2025 (before the data).
    expect(series(b, "revenue").values.at(-1)).toBe(170);
    expect(series(b, "revenue").sameDays).toEqual({ previous: 0, yearAgo: null });
    expect(b.period?.excluded.orders).toBe(4);
  });

  it("rejects a date that is not a real yyyy-mm-dd day, naming the file and the field", async () => {
    await expect(pinned("2026-02-30")).rejects.toThrow(/klantbeeld\.yaml[\s\S]*asOf[\s\S]*yyyy-mm-dd/);
  });
});
