/**
 * The moment and profile sections on the committed sample: the planted acceptance lift is
 * recovered within its 95 % interval, and small-group suppression holds — every shown count is
 * 0 or ≥ k, every shown share rests on groups of ≥ k, and no hidden segment cell can be
 * subtracted back from the published total (at k = 10 and k = 50).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildBundle } from "../../loaders/bundle/build-bundle.ts";
import { MOMENT_GROUPS, momentInputs } from "../../loaders/bundle/moment-inputs.ts";
import { type MomentsSection, momentSectionBuilders, type ProfileSection } from "../../loaders/bundle/moments.ts";
import type { Bundle } from "../../loaders/bundle/types.ts";
import { monthOfDay } from "../../loaders/lib/months.ts";
import { momentAcceptance } from "../../loaders/metrics/moment-acceptance.ts";
import { offerDays } from "../../loaders/metrics/offer-days.ts";
import { signalsByMonth } from "../../loaders/metrics/signals-by-month.ts";
import { silentCustomers } from "../../loaders/metrics/silent-customers.ts";
import { triggerCoverage } from "../../loaders/metrics/trigger-coverage.ts";
import { triggerEntries } from "../../loaders/metrics/trigger-entries.ts";
import { PLANTED_LIFT } from "../../loaders/sample/offers.ts";
import { loadMomentSources, type MomentSources } from "../../loaders/sources/load-moments.ts";
import { type Loaded, loadSources } from "../../loaders/sources/load-sources.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import { loadFurtherSources } from "../../loaders/sources/load-further.ts";

let loaded: Loaded;
let sources: MomentSources;
const bundles = new Map<number, Bundle>();

beforeAll(async () => {
  loaded = await loadSources(await readConfig("data"), "data");
  sources = await loadMomentSources(loaded.config, "data");
  const further = await loadFurtherSources(loaded.config, "data");
  for (const k of [10, 50]) bundles.set(k, await buildBundle({ ...loaded, config: { ...loaded.config, minGroupSize: k } }, further, momentSectionBuilders()));
}, 120_000);

const moments = (k: number) => bundles.get(k)!.sections["moments"] as MomentsSection;
const profile = (k: number) => bundles.get(k)!.sections["profile"] as ProfileSection;

describe("acceptance at the moment on the sample", () => {
  it("recovers the planted lift (+25 %) within its 95 % interval, and finds it significant", () => {
    const a = moments(10).acceptance!;
    expect(PLANTED_LIFT).toBeCloseTo(0.25, 12);
    expect(a.liftInterval!.low).toBeLessThan(PLANTED_LIFT);
    expect(a.liftInterval!.high).toBeGreaterThan(PLANTED_LIFT);
    expect(a.significant).toBe(true);
    expect(a.moment.offers + a.otherwise.offers).toBeGreaterThan(3000);
  });
  it("every trigger has entries, some on time, some late, some never", () => {
    for (const t of moments(10).triggers) {
      expect(t.window.entries, t.id).toBeGreaterThan(100);
      expect(t.window.coverage, t.id).toBeGreaterThan(0.2);
      expect(t.window.coverage, t.id).toBeLessThan(0.8);
      expect(t.window.never, t.id).toBeGreaterThan(0);
    }
  });
});

/** Every number under a count-like key in a section (path → value). */
function counts(value: unknown, path = ""): [string, number][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => counts(v, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const p = `${path}.${key}`;
    const isCount = ["entries", "customers", "never", "offers", "accepted", "profiles", "base", "entered", "returned", "silent"].includes(key);
    if (isCount && typeof v === "number") return [[p, v] as [string, number]];
    if (isCount && Array.isArray(v) && v.every((x) => x === null || typeof x === "number")) return v.flatMap((x, i) => (x === null ? [] : [[`${p}[${i}]`, x as number] as [string, number]]));
    return counts(v, p);
  });
}

/** Checks a segment column against its raw counts: shown = raw, hidden ones ≥ 2 and together ≥ k, so the total cannot give one back. */
function auditColumn(shown: readonly (number | null)[], raw: readonly number[], k: number, where: string): number {
  shown.forEach((v, g) => {
    expect(v === null || v === raw[g], `${where} group ${g}`).toBe(true);
  });
  const hidden = raw.filter((_, g) => shown[g] === null);
  if (hidden.some((v) => v > 0)) {
    expect(hidden.length, where).toBeGreaterThanOrEqual(2);
    expect(hidden.reduce((a, b) => a + b, 0), where).toBeGreaterThanOrEqual(k);
  }
  return hidden.filter((v) => v > 0).length;
}

describe.each([10, 50])("suppression at k = %i", (k) => {
  it("shows no count of 1..k−1 anywhere in either section", () => {
    const all = [...counts(moments(k), "moments"), ...counts(profile(k), "profile")];
    expect(all.length).toBeGreaterThan(200);
    for (const [path, v] of all) expect(v === 0 || v >= k, `${path} = ${v}`).toBe(true);
  });

  it("shows a share only over groups of ≥ k with both parts 0 or ≥ k", () => {
    const m = moments(k);
    for (const t of [...m.triggers.map((x) => x.acceptance), m.acceptance, ...m.bySegment.map((s) => s.acceptance)]) {
      if (t === null) continue;
      for (const g of [t.moment, t.otherwise]) {
        expect(g.offers).toBeGreaterThanOrEqual(k);
        for (const part of [g.accepted, g.offers - g.accepted]) expect(part === 0 || part >= k).toBe(true);
      }
    }
  });

  it("shows no part of a shown whole that leaves a small rest (never offered, returned, fields with/without)", () => {
    const rest = (whole: number | null, part: number | null, where: string) => {
      if (whole === null || part === null) return;
      const r = whole - part;
      expect(r === 0 || r >= k, `${where}: ${whole} − ${part}`).toBe(true);
    };
    const m = moments(k);
    for (const t of m.triggers) {
      t.months.entries.forEach((e, i) => {
        rest(e, t.months.never[i]!, `${t.id} month ${i}`);
      });
      rest(t.window.entries, t.window.never, `${t.id} window`);
    }
    const p = profile(k);
    p.silence.entered.forEach((e, i) => {
      rest(e, p.silence.returned[i]!, `silence month ${i}`);
    });
    for (const f of p.fieldValue) {
      if (f.with.customers === null) expect(f.without.customers === null || f.without.customers === 0).toBe(true);
      if (f.without.customers === null) expect(f.with.customers === null || f.with.customers === 0).toBe(true);
    }
  });

  it("protects the segment tables against subtraction from their totals", () => {
    const inputs = momentInputs(loaded.store, loaded.config, sources.data, monthOfDay(loaded.store.lastDay!), loaded.store.lastDay!);
    const p = profile(k);
    const first = monthOfDay(loaded.store.lastDay!) - p.months.length + 1;
    const raw = signalsByMonth(inputs.timeline, first, first + p.months.length - 1, inputs.asOf, { group: inputs.group, count: MOMENT_GROUPS.length });
    let hidden = 0;
    p.months.forEach((month, m) => {
      hidden += auditColumn(p.signals.bySegment.map((s) => s.customers[m]!), raw.byGroup.map((row) => row[m]!), k, `signals ${month}`);
    });
    const silent = silentCustomers(inputs.timeline, first, first + p.months.length - 1, inputs.asOf, p.silentDays, { group: inputs.group, count: MOMENT_GROUPS.length }, inputs.observedFrom);
    expect(silent.silentNowByGroup.reduce((a, b) => a + b, 0)).toBe(silent.silent.at(-1)); // the published total
    hidden += auditColumn(p.silence.silentNowBySegment.map((s) => s.customers), silent.silentNowByGroup, k, "silent now by segment");
    const m = moments(k);
    const entries = triggerEntries(inputs.timeline, inputs.triggers.rules, { asOf: inputs.asOf, overdueFactor: inputs.overdueFactor, observedFrom: inputs.observedFrom });
    const cov = triggerCoverage(entries, offerDays(sources.data.offers, inputs.timeline.customerCount, inputs.asOf), {
      first, last: first, asOf: inputs.asOf, withinDays: m.withinDays, ruleCount: inputs.triggers.rules.length,
      windowFrom: Date.parse(m.windowFrom) / 86_400_000, group: inputs.group, groupCount: MOMENT_GROUPS.length,
    });
    hidden += auditColumn(m.bySegment.map((s) => s.entries), cov.byGroup.entries, k, "trigger entries by segment");
    const windowFrom = Date.parse(m.windowFrom) / 86_400_000;
    const acc = momentAcceptance(sources.data.offers, entries, { fromDay: windowFrom, toDay: inputs.asOf, asOf: inputs.asOf, withinDays: m.withinDays, level: 0.95, alpha: 0.05 }, { group: inputs.group, count: MOMENT_GROUPS.length });
    for (const [name, get] of [
      ["offers at the moment", (c: typeof acc.all) => c.moment.offers],
      ["accepted at the moment", (c: typeof acc.all) => c.moment.accepted],
      ["offers otherwise", (c: typeof acc.all) => c.otherwise.offers],
      ["accepted otherwise", (c: typeof acc.all) => c.otherwise.accepted],
    ] as const) {
      hidden += auditColumn(m.bySegment.map((s) => (s.acceptance === null ? null : get(s.acceptance))), acc.byGroup.map(get), k, `${name} by segment`);
    }
    if (k === 50) expect(hidden).toBeGreaterThan(0);
  });
});
