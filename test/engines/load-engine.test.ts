import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sections } from "../../loaders/bundle/sections.ts";
import type { Bundle } from "../../loaders/bundle/types.ts";
import { type EngineLoad, loadEngineBundle } from "../../loaders/engines/load-engine.ts";
import { loadBundle } from "../../loaders/load-bundle.ts";
import { stableJson } from "../../loaders/lib/stable-json.ts";
import { parseBundle } from "../../loaders/read-bundle.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import { accountFigures, differences, PUSHED_DOWN, seriesDifferences, UNSUPPORTED, UNSUPPORTED_SERIES } from "./compare.ts";
import { duckdbSampleFolder, PINNED, removeFolder, SAMPLE, streamSampleFolder } from "./sample-warehouse.ts";

// Parity of the DuckDB path with the stream reader on the whole sample data set: the same CSV
// files, read by DuckDB's own reader, validated and aggregated in SQL.
describe("engine: duckdb on the sample data", () => {
  let stream: Bundle;
  let engine: EngineLoad;
  let dir: string;
  beforeAll(async () => {
    dir = duckdbSampleFolder();
    stream = await loadBundle(SAMPLE);
    engine = await loadEngineBundle(await readConfig(dir), dir, { sections: sections() });
  });
  afterAll(() => removeFolder(dir, { recursive: true, force: true }));

  it("gives the stream engine's month axis and data-as-of day", () => {
    expect(engine.bundle.months).toEqual(stream.months);
    expect(engine.bundle.dataAsOf).toBe(stream.dataAsOf);
  });

  it("gives every base and digital-share series equal to the stream's (money to the cent)", () => {
    expect(seriesDifferences(engine.bundle, stream)).toEqual([]);
    const ids = engine.bundle.series.map((s) => s.id);
    for (const id of ["revenue", "orders", "aov", "returns", "customers.active", "customers.new", "customers.returning", "top.revenue_share", "lapsed_top.revenue_at_stake", "channel.store.revenue", "digital.revenue_share"]) {
      expect(ids).toContain(id);
    }
    // Only series of the sections left out are missing.
    const missing = stream.series.map((s) => s.id).filter((id) => !ids.includes(id));
    expect(missing.every((id) => UNSUPPORTED_SERIES.test(id))).toBe(true);
  });

  it("gives every pushed-down section (cross-/upsell, digital share, journeys, experiments, RFM, repurchase, business, goals) equal to the stream's", () => {
    for (const name of PUSHED_DOWN) {
      expect(engine.bundle.sections[name]).toBeDefined();
      expect(differences(engine.bundle.sections[name], stream.sections[name], name)).toEqual([]);
    }
    expect(engine.bundle.warnings).toEqual(stream.warnings);
    // The comparison does fail on one cent of difference.
    const bumped = structuredClone(stream.series.find((s) => s.id === "revenue")!);
    bumped.values[3] = (bumped.values[3] as number) + 0.01;
    expect(differences(bumped, stream.series.find((s) => s.id === "revenue"), "revenue", true)).toHaveLength(1);
  });

  it("builds the repurchase section from pushed-down tuple counts: converged fits, P(alive), CLV, moments and the holdout", () => {
    const own = engine.bundle.sections.repurchase!;
    expect(own.published).toBe(true);
    expect(own.clvPublished).toBe(true);
    expect(own.calibration!.points.length).toBeGreaterThan(4);
    expect(own.total.customers).toBe(stream.sections.repurchase!.total.customers);
    expect(own.total.moment).toEqual(stream.sections.repurchase!.total.moment);
    // Fitted parameters agree beyond the 6 digits the bundle keeps.
    expect(own.fits.bgNbd!.params).toEqual(stream.sections.repurchase!.fits.bgNbd!.params);
  });

  it("classifies lines in the engine: cross-/upsell series, per-channel cells and category pairs as the stream's", () => {
    const own = engine.bundle.sections.crossUpsell!;
    expect(own.pairs.items.length).toBeGreaterThan(0);
    expect(own.classes.upsell.orders.some((v) => v !== null && v > 0)).toBe(true);
    expect(own.products).toEqual(stream.sections.crossUpsell!.products);
    for (const id of ["cross_sell.orders", "cross_sell.revenue", "upsell.orders", "upsell.revenue"]) expect(engine.bundle.series.map((s) => s.id)).toContain(id);
  });

  it("keeps the same row account per file: read = accepted + rejected, same reasons", () => {
    expect(accountFigures(engine.bundle)).toEqual(accountFigures(stream));
    const dup = engine.bundle.accounts.find((a) => a.reasons.duplicate_order)!;
    expect(dup.rejections[0]).toMatchObject({ reason: "duplicate_order", key: "B1067818" });
  });

  it("writes a bundle the reader's schema accepts and reads back byte-identical", () => {
    const text = stableJson(engine.bundle);
    expect(stableJson(parseBundle(JSON.parse(text), "engine bundle"))).toBe(text);
  });

  it("names the sections that still need order lines (loadBundle's refusal: duckdb.test.ts)", () => {
    expect(engine.unsupported).toEqual(UNSUPPORTED);
  });
});


describe("engine: duckdb on the sample data pinned to 9 September 2026", () => {
  let stream: Bundle;
  let engine: EngineLoad;
  const dirs: string[] = [];
  beforeAll(async () => {
    dirs.push(streamSampleFolder(PINNED), duckdbSampleFolder(PINNED));
    stream = await loadBundle(dirs[0]!);
    engine = await loadEngineBundle(await readConfig(dirs[1]!), dirs[1]!, { sections: sections() });
  });
  afterAll(() => {
    for (const dir of dirs) removeFolder(dir, { recursive: true, force: true });
  });

  it("writes a pinned bundle the reader's schema accepts and reads back byte-identical", () => {
    const text = stableJson(engine.bundle);
    expect(stableJson(parseBundle(JSON.parse(text), "engine bundle"))).toBe(text);
  });

  it("gives the stream's period: partial September, orders and lines after the pin counted", () => {
    expect(stream.period!.partial).toMatchObject({ month: "2026-09", days: 9 });
    expect(stream.period!.excluded.orders).toBeGreaterThan(0);
    expect(engine.bundle.period).toEqual(stream.period);
  });

  it("gives every base and digital-share series, with its same-days values, to the cent", () => {
    expect(seriesDifferences(engine.bundle, stream)).toEqual([]);
    const active = engine.bundle.series.find((s) => s.id === "customers.active")!;
    expect(active.sameDays).toEqual(stream.series.find((s) => s.id === "customers.active")!.sameDays);
    expect(active.sameDays!.previous).toBeGreaterThan(0);
    for (const name of PUSHED_DOWN) {
      expect(engine.bundle.sections[name]).toBeDefined();
      expect(differences(engine.bundle.sections[name], stream.sections[name], name)).toEqual([]);
    }
    // The partial month's migrations start from the same-day snapshots of August and of September 2025.
    const rfm = engine.bundle.sections.rfm as { asOf: string; migrations: { month: string; previous: { fromAsOf: string }; yearAgo: { fromAsOf: string } }[] };
    expect(rfm.asOf).toBe("2026-09-09");
    expect(rfm.migrations.at(-1)).toMatchObject({ month: "2026-09", previous: { fromAsOf: "2026-08-09" }, yearAgo: { fromAsOf: "2025-09-09" } });
  });
});
