import { describe, expect, it } from "vitest";
import { digest, reportMonth } from "../../loaders/notify/digest.ts";
import { currentBundle, previousBundle } from "./fixtures.ts";

const OPTIONS = { siteUrl: "https://example.github.io/klantbeeld/", today: "2026-12-20" };
/** The narrow no-break space of the one percent style, and the no-break space after `€` in nl-NL. */
const [S, E] = ["\u202F", "€\u00A0"];

describe("reportMonth", () => {
  it.each([
    ["2026-11-01", "2026-10"], // one day of November: October is the newest complete month
    ["2026-11-30", "2026-11"],
    ["2026-10-31", "2026-10"],
  ])("data as of %s → %s", (dataAsOf, month) => {
    expect(reportMonth({ months: ["2026-09", "2026-10", "2026-11"], dataAsOf })).toBe(month);
  });
  it("uses the last month without a date and null without months", () => {
    expect(reportMonth({ months: ["2026-09"], dataAsOf: null })).toBe("2026-09");
    expect(reportMonth({ months: [], dataAsOf: null })).toBeNull();
  });
});

describe("digest of the fixture bundles", () => {
  const d = digest(currentBundle(), previousBundle(), OPTIONS);

  it("reports October 2026", () => {
    expect(d.title).toBe("Klantbeeld maandrapport 2026-10");
    expect(d.month).toBe("2026-10");
    expect(d.business).toBe("Fietsen & Zo");
  });

  it("gives headline KPIs with MoM and YoY, in HEADLINE_IDS order, skipping absent ones", () => {
    expect(d.kpis.map((k) => k.id)).toEqual(["revenue", "customers.new", "digital.revenue_share", "lapsed_top.customers"]);
    const [revenue, fresh, share, lapsed] = d.kpis;
    // Revenue 121 000 vs 110 000 (Sep) and 100 000 (Oct 2025).
    expect(revenue).toMatchObject({ value: 121_000, mom: { base: 110_000, absolute: 11_000, relative: 0.1 }, yoy: { base: 100_000, absolute: 21_000, relative: 0.21 } });
    // New customers 12 vs 0: no relative change.
    expect(fresh!.mom).toEqual({ base: 0, absolute: 12, relative: null });
    expect(share!.mom!.absolute).toBeCloseTo(-0.005, 12);
    expect(share!.yoy!.absolute).toBeCloseTo(0.115, 12);
    expect(lapsed!.yoy).toBeNull();
  });

  it("lists goals that changed status or are at risk / off track, with the previous bundle's status", () => {
    expect(d.goals.map((g) => [g.id, g.status, g.previousStatus, g.changed])).toEqual([
      ["digitaal", "at-risk", "on-track", true],
      ["kampioen", "off-track", "off-track", false],
    ]);
    expect(d.goalCounts).toEqual({ achieved: 1, "on-track": 1, "at-risk": 1, "off-track": 1, pending: 0 });
  });

  it("without a previous bundle, compares with the goal's own history", () => {
    const alone = digest(currentBundle(), null, OPTIONS);
    expect(alone.goals.map((g) => [g.id, g.previousStatus, g.changed])).toEqual([
      ["digitaal", "on-track", true],
      ["actief", "at-risk", true],
      ["kampioen", "off-track", false],
    ]);
  });

  it("picks segment moves of ≥ 10 % and ≥ minGroupSize customers, largest first", () => {
    // champions +30 (+15 %) and at-risk −20 (−25 %); loyal +8 is under 10 customers, lost +40 is only +8 %.
    expect(d.segments).toEqual([
      { id: "champions", label: "Kampioen", customers: 230, change: 30, relative: 0.15 },
      { id: "at-risk", label: "Dreigt te vertrekken", customers: 60, change: -20, relative: -0.25 },
    ]);
  });

  it("reads RFM alerts in the report month, and the brief's {from, to, count} shape", () => {
    expect(d.alerts).toEqual([
      { label: "Kampioen, Loyale klant → Vertrokken", count: 12 },
      { label: "cant-lose-them → hibernating", count: 4 },
    ]);
  });

  it("warns about stale data, bundle warnings, rejected rows and revised figures", () => {
    expect(d.warnings).toEqual([
      { code: "stale_data", message: "De nieuwste transactie is van 2026-11-01, 49 dagen geleden (grens 45 dagen): lever een nieuwe export aan." },
      { code: "unknown_channel", message: 'Kanaal "<b>kiosk</b>" staat niet bij digital of offline in data/klantbeeld.yaml; het telt niet mee in het digitale aandeel.' },
      { code: "rejected_rows", message: `data/kassa.csv: 12 van 10.000 rijen afgewezen (0,1${S}%).` },
      { code: "revised", message: `Netto-omzet over september 2026 is herzien: was ${E}108.000, nu ${E}110.000.` },
    ]);
  });

  it("does not warn about fresh data, and says when no month was added", () => {
    const fresh = digest(currentBundle(), currentBundle(), { ...OPTIONS, today: "2026-12-16" });
    expect(fresh.warnings.map((w) => w.code)).toEqual(["unknown_channel", "rejected_rows", "no_new_month"]);
    expect(fresh.warnings.at(-1)!.message).toBe("Geen nieuwe maand sinds het vorige rapport: de data loopt nog steeds tot en met oktober 2026.");
  });

  it("sums rejected rows of more than three files into one warning", () => {
    const bundle = currentBundle();
    const account = bundle.accounts[0]!;
    bundle.accounts = ["a.csv", "b.csv", "c.csv", "d.csv"].map((file) => ({ ...account, file, rowsRead: 5_000, rowsRejected: 1 }));
    const w = digest(bundle, null, OPTIONS).warnings.filter((x) => x.code === "rejected_rows");
    // 4 of 20 000 rows = 0,02 %: shown as "< 0,1 %".
    expect(w).toEqual([{ code: "rejected_rows", message: `4 van 20.000 rijen in 4 bestanden afgewezen (< 0,1${S}%); zie de rij-verantwoording op het dashboard.` }]);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(digest(currentBundle(), previousBundle(), OPTIONS))).toBe(JSON.stringify(d));
  });
});
