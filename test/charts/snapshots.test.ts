/**
 * Golden SVGs of the line, goal and revenue charts at desktop and phone width: a change to a chart
 * shows up as a readable diff (`vitest -u` after checking it). Fixed inputs, TZ pinned to UTC.
 */
import { describe, expect, it } from "vitest";
import { goalTracking } from "../../loaders/metrics/goal-tracking.ts";
import { parseMonthKey } from "../../loaders/lib/months.ts";
import { goalProgress } from "../../src/charts/goal-progress.ts";
import { renderResponsive } from "../../src/charts/render.ts";
import { revenueByChannel } from "../../src/charts/revenue-by-channel.ts";
import { seriesLines } from "../../src/charts/series-lines.ts";
import { tickFormat } from "../../loaders/lib/format.ts";

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
});
