/**
 * Does the committed sample exercise every metric? Loads data/ once and checks the behaviours
 * the sample was designed to show, each with a small independent computation.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { monthKey, monthOfDay, parseMonthKey } from "../../loaders/lib/months.ts";
import { rfm } from "../../loaders/metrics/rfm.ts";
import { SEGMENT_IDS } from "../../loaders/metrics/rfm-segments.ts";
import { topCustomers } from "../../loaders/metrics/top-customers.ts";
import { type Loaded, loadSources } from "../../loaders/sources/load-sources.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";

const DATA = new URL("../../data/", import.meta.url).pathname;
const LAST = parseMonthKey("2026-10");
const csv = async (file: string) => (await readFile(join(DATA, file), "utf8")).trim().split("\n").slice(1).map((l) => l.split(/[,;]/));

let loaded: Loaded;
beforeAll(async () => {
  loaded = await loadSources(await readConfig(DATA), DATA);
});

describe("sample transactions", () => {
  it("cover every month 2023-11 … 2026-10 in Amsterdam time", () => {
    const months = new Set<string>();
    const { day, length } = loaded.store.orders;
    for (let i = 0; i < length; i++) months.add(monthKey(monthOfDay(day[i]!)));
    expect(months.size).toBe(36);
    expect([...months].sort()[0]).toBe("2023-11");
    expect([...months].sort()[35]).toBe("2026-10");
  });

  it("have 20,000–30,000 registered customers (a few tens of thousands), unregistered sales and returns", () => {
    const { customer, amount, length } = loaded.store.orders;
    let unregistered = 0;
    let returns = 0;
    for (let i = 0; i < length; i++) {
      if (customer[i]! < 0) unregistered++;
      if (amount[i]! < 0) returns++;
    }
    expect(loaded.store.customerCount).toBeGreaterThanOrEqual(20_000);
    expect(loaded.store.customerCount).toBeLessThanOrEqual(30_000);
    expect(unregistered / length).toBeGreaterThan(0.3);
    expect(returns / length).toBeGreaterThan(0.01);
    expect(returns / length).toBeLessThan(0.08);
  });

  it("use all five channels", () => {
    for (const c of ["web", "app", "smart_tv", "store", "phone"]) expect(loaded.store.channels).toContain(c);
  });

  it("populate all 11 RFM segments with at least 10 customers at the last month end, and customers move", () => {
    const now = rfm(loaded.store, LAST);
    const before = rfm(loaded.store, LAST - 1);
    SEGMENT_IDS.forEach((id, k) => {
      expect(now.segment.filter((s) => s === k).length, id).toBeGreaterThanOrEqual(10);
    });
    let moved = 0;
    for (let c = 0; c < loaded.store.customerCount; c++) if (before.segment[c]! >= 0 && now.segment[c]! >= 0 && before.segment[c] !== now.segment[c]) moved++;
    expect(moved).toBeGreaterThan(100);
  });

  it("have top customers who lapsed (no purchase for 90+ days)", () => {
    const top = topCustomers(loaded.store, LAST, LAST, { topShare: 0.2, activeWindowMonths: 12, lapsedDays: 90 });
    expect(top.lapsedCount[0]).toBeGreaterThanOrEqual(10);
  });

  it("show cross-sell (a new category later) and upsell (a higher tier in the same category later)", async () => {
    const tier = new Map((await csv("products.csv")).map((c) => [c[0]!, c[3] === "" ? 0 : Number(c[3])]));
    const { customer, category, product, amount, length } = loaded.store.lines;
    const categories = new Map<number, Set<number>>();
    const best = new Map<string, number>();
    const cross = new Set<number>();
    const up = new Set<number>();
    for (let j = 0; j < length; j++) {
      const c = customer[j]!;
      if (c < 0 || amount[j]! < 0) continue;
      const held = categories.get(c) ?? new Set<number>();
      if (held.size > 0 && !held.has(category[j]!)) cross.add(c);
      categories.set(c, held.add(category[j]!));
      const t = tier.get(loaded.store.products[product[j]!]!)!;
      const key = `${c}/${category[j]}`;
      if (t > 0 && best.has(key) && t > best.get(key)!) up.add(c);
      if (t > 0) best.set(key, Math.max(t, best.get(key) ?? 0));
    }
    expect(cross.size).toBeGreaterThan(200);
    expect(up.size).toBeGreaterThan(100);
  });

  it("have late-evening UTC webshop orders that belong to the next Amsterdam month", async () => {
    const amsterdamMonth = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit" });
    let crossing = 0;
    for (const file of await readdir(join(DATA, "webshop"))) {
      for (const cells of await csv(`webshop/${file}`)) {
        const stamp = cells[2]!;
        if (amsterdamMonth.format(new Date(stamp)) !== stamp.slice(0, 7)) crossing++;
      }
    }
    expect(crossing).toBeGreaterThanOrEqual(5);
  });
});

describe("sample journeys, experiments and products", () => {
  it("journeys: one row per day × 5 journeys × 2 customer types, Dutch counts", async () => {
    let rows = 0;
    const journeys = new Set<string>();
    let dotted = 0;
    let smallDays = 0;
    for (const year of [2023, 2024, 2025, 2026]) {
      const text = await readFile(join(DATA, `journeys/journeys-${year}.csv`), "utf8");
      expect(text.split("\n", 1)[0]).toBe("Datum;Journey;Klanttype;Bezoekers;Conversies");
      for (const c of text.trim().split("\n").slice(1).map((l) => l.split(";"))) {
        rows++;
        journeys.add(c[1]!);
        expect(c[0]).toMatch(/^\d{2}-\d{2}-\d{4}$/);
        expect(["Bestaande klant", "Nieuwe klant"]).toContain(c[2]);
        if (/^\d{1,3}(\.\d{3})+$/.test(c[3]!)) dotted++;
        if (c[1] === "Zakelijk offerte" && Number(c[3]) < 10) smallDays++;
      }
    }
    expect(rows).toBe((30 + 31 + 366 + 365 + 304) * 10); // 2023-11-01 … 2026-10-31
    expect([...journeys].sort()).toEqual(["Internet bestellen", "Mobiel verlengen", "Sim-only", "TV-pagina's", "Zakelijk offerte"]);
    expect(dotted).toBeGreaterThan(1000);
    expect(smallDays).toBeGreaterThan(0);
  });

  it("experiments: a winner, a loser, an inconclusive test, a sample-ratio mismatch, three variants, blank revenue", async () => {
    const rows = await csv("experiments/ab-tests.csv");
    const by = new Map<string, string[][]>();
    for (const r of rows) by.set(r[0]!, [...(by.get(r[0]!) ?? []), r]);
    const z = (name: string) => {
      const [a, b] = by.get(name)!.map((r) => ({ n: Number(r[6]), x: Number(r[7]) }));
      const p = (a!.x + b!.x) / (a!.n + b!.n);
      return (b!.x / b!.n - a!.x / a!.n) / Math.sqrt(p * (1 - p) * (1 / a!.n + 1 / b!.n));
    };
    expect(by.size).toBeGreaterThanOrEqual(5);
    expect(z("checkout-een-stap")).toBeGreaterThan(3);
    expect(z("homepage-banner-korting")).toBeLessThan(-3);
    expect(Math.abs(z("sim-only-vergelijker"))).toBeLessThan(1);
    const [a, b] = by.get("tv-pakket-kiezer")!.map((r) => Number(r[6]));
    const half = (a! + b!) / 2;
    expect(((a! - half) ** 2 + (b! - half) ** 2) / half).toBeGreaterThan(10.83); // χ² 1 df, p < 0.001
    expect(by.get("internet-prijsanker")).toHaveLength(3);
    expect(rows.filter((r) => r[8] === "").map((r) => r[0])).toEqual(["app-onboarding", "app-onboarding"]);
    for (const r of rows) expect(["true", "false"]).toContain(r[2]);
  });

  it("products: tiers 1–3 or blank, a price with a decimal point", async () => {
    for (const c of await csv("products.csv")) {
      expect(["", "1", "2", "3"]).toContain(c[3]);
      expect(c[4]).toMatch(/^\d+\.\d{2}$/);
    }
  });
});
