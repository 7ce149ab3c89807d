/**
 * Golden SVGs of every chart function in src/charts/ at desktop and phone width: a change to a
 * chart shows up as a readable diff (`vitest -u` after checking it). Fixed inputs, TZ pinned to UTC.
 */
import { describe, expect, it } from "vitest";
import { goalTracking } from "../../loaders/metrics/goal-tracking.ts";
import { parseMonthKey } from "../../loaders/lib/months.ts";
import { goalProgress } from "../../src/charts/goal-progress.ts";
import { renderResponsive } from "../../src/charts/render.ts";
import { revenueByChannel } from "../../src/charts/revenue-by-channel.ts";
import { seriesLines } from "../../src/charts/series-lines.ts";
import { tickFormat } from "../../loaders/lib/format.ts";
import { businessCase } from "../../loaders/metrics/business-case.ts";
import { abTest, variantRates } from "../../src/charts/ab-test.ts";
import { acceptanceLift, liftRows } from "../../src/charts/acceptance-lift.ts";
import { businessCaseChart, businessCasePoints } from "../../src/charts/business-case.ts";
import { calibration, calibrationPoints } from "../../src/charts/calibration.ts";
import { crossUpsell, groupBars } from "../../src/charts/cross-upsell.ts";
import { channelShareRows, digitalShare } from "../../src/charts/digital-share.ts";
import { journeyConversion, journeyPoints } from "../../src/charts/journey-conversion.ts";
import { migrationCells, migrationMatrix } from "../../src/charts/migration-matrix.ts";
import { OUTSIDE_LABEL, pAlive, pAliveBinLabels, pAliveCells } from "../../src/charts/p-alive.ts";
import { fieldPoints, profileFields } from "../../src/charts/profile-fields.ts";
import { rfmGrid, rfmGridCells } from "../../src/charts/rfm-grid.ts";
import { segmentTrend } from "../../src/charts/segment-trend.ts";
import { signalPoints, signalTypes } from "../../src/charts/signal-types.ts";
import { silence, silenceRows } from "../../src/charts/silence.ts";
import { sparkline } from "../../src/charts/sparkline.ts";
import { coveragePoints, triggerCoverage } from "../../src/charts/trigger-coverage.ts";
import { movesSection, sampleRepurchase } from "./rfm-fixtures.ts";

const nl = { locale: "nl-NL", currency: "EUR" };
const month = (i: number) => new Date(Date.UTC(2025, i, 1));

describe("chart snapshots", () => {
  it("series lines", async () => {
    const points = [0, 1, 2, 3, 4, 5].flatMap((i) => [
      { date: month(i), name: "Alle orders", value: 1000 + 150 * i },
      { date: month(i), name: "Zonder klantnummer", value: 300 + 20 * i },
    ]);
    const html = renderResponsive((document) => seriesLines(points, { document, names: ["Alle orders", "Zonder klantnummer"], format: tickFormat("count", nl) }), { label: "Orders" });
    await expect(html).toMatchFileSnapshot("__snapshots__/series-lines.html");
  });

  it("goal progress with an axis that needs a decimal (10,0K … 12,0K)", async () => {
    const plan = { baselineMonth: parseMonthKey("2026-01"), baseline: 10000, target: 12000, start: parseMonthKey("2026-01"), deadline: parseMonthKey("2026-07"), direction: 1 as const };
    const { rows } = goalTracking(plan, plan.baselineMonth, [10000, 10400, 10900, 11100], parseMonthKey("2026-04"), { tolerance: 0.1, atRisk: 0.25, minTrendMonths: 3 });
    const html = renderResponsive((document) => goalProgress(rows, { document, target: 12000, format: tickFormat("count", nl), formatTarget: (v) => String(v) }), { label: "Doel" });
    await expect(html).toMatchFileSnapshot("__snapshots__/goal-progress.html");
  });

  it("revenue by channel with Dutch channel names", async () => {
    const rows = [0, 1, 2].flatMap((i) => [
      { date: month(i), channel: "web", revenue: 500000 + 10000 * i },
      { date: month(i), channel: "store", revenue: 300000 - 5000 * i },
    ]);
    const html = renderResponsive(
      (document) => revenueByChannel(rows, { document, channels: ["web", "store"], labels: { web: "Webshop", store: "Winkel" }, formatMoney: tickFormat("currency", nl) }),
      { label: "Netto-omzet per kanaal" },
    );
    expect(html).toContain("Winkel");
    expect(html).not.toMatch(/>store</);
    await expect(html).toMatchFileSnapshot("__snapshots__/revenue-by-channel.html");
  });

  const months = ["2025-01", "2025-02", "2025-03", "2025-04"];
  const pct = tickFormat("percent", nl);
  const count = tickFormat("count", nl);

  it("A/B test intervals", async () => {
    const variants = variantRates([
      { name: "A", control: true, rate: 0.1, interval: { low: 0.082, high: 0.118 } },
      { name: "B", control: false, rate: 0.13, interval: { low: 0.11, high: 0.15 } },
    ]);
    await expect(renderResponsive((document) => abTest(variants, { document, format: pct }), { label: "Conversie" })).toMatchFileSnapshot("__snapshots__/ab-test.html");
  });

  it("acceptance lift", async () => {
    const rows = liftRows([
      { label: "Verjaardag", acceptance: { lift: 0.12, liftInterval: { low: 0.04, high: 0.2 }, significant: true } },
      { label: "Stil geworden", acceptance: { lift: -0.02, liftInterval: { low: -0.09, high: 0.05 }, significant: false } },
    ]);
    await expect(renderResponsive((document) => acceptanceLift(rows, { document, format: pct }), { label: "Lift" })).toMatchFileSnapshot("__snapshots__/acceptance-lift.html");
  });

  it("business case", async () => {
    const input = {
      baseline: { activeCustomers: 1000, retentionRate: 0.6, ordersPerCustomerPerYear: 3, averageOrderValue: 50, crossUpsellRate: 0.2, grossMargin: 0.4, fixedCostsPerYear: 10_000 },
      levers: { retentionPoints: 5, crossUpsellPct: 10, aovPct: 5, costPct: 10 },
    };
    const points = businessCasePoints(businessCase(input, [12, 24, 36]));
    const html = renderResponsive((document) => businessCaseChart(points, { document, format: tickFormat("currency", nl), horizons: [12, 24, 36] }), { label: "Winst" });
    await expect(html).toMatchFileSnapshot("__snapshots__/business-case.html");
  });

  it("cross- and upsell bars", async () => {
    const bars = groupBars(months, [{ kind: "Cross-sell", values: [10, 12, null, 15] }, { kind: "Upsell", values: [4, 5, 6, 7] }]);
    const html = renderResponsive((document) => crossUpsell(bars, { document, kinds: ["Cross-sell", "Upsell"], format: count }), { label: "Orders" });
    await expect(html).toMatchFileSnapshot("__snapshots__/cross-upsell.html");
  });

  it("digital share", async () => {
    const rows = channelShareRows(months, [{ name: "web", shares: [0.4, 0.45, 0.5, 0.55] }, { name: "store", shares: [0.6, 0.55, 0.5, 0.45] }]);
    const html = renderResponsive((document) => digitalShare(rows, { document, channels: ["web", "store"], format: pct, labels: { web: "Webshop", store: "Winkel" } }), { label: "Aandeel" });
    await expect(html).toMatchFileSnapshot("__snapshots__/digital-share.html");
  });

  it("journey conversion with a hidden month", async () => {
    const points = journeyPoints(months, [{ name: "Checkout", rate: [0.3, 0.32, null, 0.35], low: [0.28, 0.3, null, 0.33], high: [0.32, 0.34, null, 0.37] }]);
    await expect(renderResponsive((document) => journeyConversion(points, { document, journeys: ["Checkout"], format: pct }), { label: "Conversie" })).toMatchFileSnapshot("__snapshots__/journey-conversion.html");
  });

  it("profile fields, signal types, silence and trigger coverage", async () => {
    const fields = fieldPoints(months, "Alle velden", [0.5, 0.55, 0.6, 0.62], [{ name: "E-mail", share: [0.8, 0.82, 0.85, 0.86] }]);
    await expect(renderResponsive((document) => profileFields(fields, { document, fields: ["Alle velden", "E-mail"], format: pct }), { label: "Velden" })).toMatchFileSnapshot("__snapshots__/profile-fields.html");
    const signals = signalPoints(months, [{ nameNl: "Nieuwsbrief geopend", customers: [120, 130, null, 150] }, { nameNl: "Site bezocht", customers: [80, 85, 90, 95] }]);
    await expect(renderResponsive((document) => signalTypes(signals, { document, types: ["Nieuwsbrief geopend", "Site bezocht"], format: count }), { label: "Signalen" })).toMatchFileSnapshot("__snapshots__/signal-types.html");
    const rows = silenceRows(months, [30, 25, 40, 20], [10, 12, 8, 15]);
    await expect(renderResponsive((document) => silence(rows, { document, format: count }), { label: "Stilte" })).toMatchFileSnapshot("__snapshots__/silence.html");
    const coverage = coveragePoints(months, [{ name: "Verjaardag", coverage: [0.5, 0.6, 0.7, null] }]);
    await expect(renderResponsive((document) => triggerCoverage(coverage, { document, triggers: ["Verjaardag"], format: pct }), { label: "Dekking" })).toMatchFileSnapshot("__snapshots__/trigger-coverage.html");
  });

  it("sparkline", async () => {
    const points = [5, 7, null, 6, 9].map((value, i) => ({ date: month(i), value }));
    await expect(renderResponsive((document) => sparkline(points, { document }), { label: "Verloop" })).toMatchFileSnapshot("__snapshots__/sparkline.html");
  });

  it("RFM grid, migration matrix and segment trend", async () => {
    const { section } = movesSection(1);
    await expect(renderResponsive((document) => rfmGrid(rfmGridCells(section), { document, format: String, minGroupSize: 1 }), { label: "RFM" })).toMatchFileSnapshot("__snapshots__/rfm-grid.html");
    const order = section.segments.map((s) => s.nameNl);
    const cells = migrationCells(section.migrations[2]!.previous, section.segments);
    await expect(renderResponsive((document) => migrationMatrix(cells, { document, order, format: String, minGroupSize: 1 }), { label: "Migratie" })).toMatchFileSnapshot("__snapshots__/migration-matrix.html");
    const points = [0, 1, 2].flatMap((i) => [
      { date: month(i), segment: "Kampioen", customers: 10 + i },
      { date: month(i), segment: "Vertrokken", customers: i === 1 ? null : 30 - i },
    ]);
    const segments = [{ nameNl: "Kampioen", color: "#1a9850" }, { nameNl: "Vertrokken", color: "#d73027" }];
    await expect(renderResponsive((document) => segmentTrend(points, { document, segments, format: count }), { label: "Segmenten" })).toMatchFileSnapshot("__snapshots__/segment-trend.html");
  });

  it("p(alive) heatmap and calibration of the CDNOW sample", async () => {
    const { rfm, repurchase } = sampleRepurchase();
    const segments = rfm.section.segments;
    const cells = pAliveCells(repurchase.section, segments);
    const order = [...segments.map((s) => s.nameNl), OUTSIDE_LABEL];
    const bins = pAliveBinLabels(repurchase.section.pAliveBins);
    await expect(renderResponsive((document) => pAlive(cells, { document, order, bins, format: String, minGroupSize: 10 }), { label: "Kans actief" })).toMatchFileSnapshot("__snapshots__/p-alive.html");
    const points = calibrationPoints(repurchase.section.calibration!);
    await expect(renderResponsive((document) => calibration(points, { document, format: count }), { label: "Kalibratie" })).toMatchFileSnapshot("__snapshots__/calibration.html");
  });
});
