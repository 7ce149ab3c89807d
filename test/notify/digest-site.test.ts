/**
 * The digest names and formats every headline KPI as the site does: for the sample bundle
 * (`.klantbeeld/bundle.json`, written by `npm run load` before the tests), each KPI row of the
 * digest holds the name the site's card shows (src/lib/glossary.ts `nameOf`) and the value and
 * changes the card formats (src/lib/bundle.ts `kpi` + loaders/lib/format.ts), for the same month.
 */
import { describe, expect, it } from "vitest";
import { readBundle } from "../../loaders/read-bundle.ts";
import { ARROW, deltaView, formatValue } from "../../loaders/lib/format.ts";
import { digest } from "../../loaders/notify/digest.ts";
import { digestMarkdown } from "../../loaders/notify/markdown.ts";
import { kpi, settings } from "../../src/lib/bundle.ts";
import { nameOf } from "../../src/lib/glossary.ts";

const bundle = await readBundle();
const d = digest(bundle, null, { siteUrl: null, today: bundle.dataAsOf! });
const markdown = digestMarkdown(d);

describe("the digest of the sample bundle against the site", () => {
  it("reports the sample's last complete month with at least the revenue, orders and order-value KPIs", () => {
    // The sample data end on 31 October 2026: October is complete and is the report month.
    expect([bundle.dataAsOf, d.month]).toEqual(["2026-10-31", "2026-10"]);
    expect(d.kpis.map((k) => k.id)).toEqual(expect.arrayContaining(["revenue", "orders", "aov"]));
  });

  it("writes each KPI row with the site card's name, value and changes", () => {
    const at = bundle.months.indexOf(d.month);
    for (const k of d.kpis) {
      const card = kpi(k.id, at)!;
      const change = (which: "mom" | "yoy") => {
        const view = deltaView(card[which], card.series.unit, card.series.better, settings);
        return view.text === "–" ? "–" : `${ARROW[view.direction]} ${view.text}`;
      };
      const row = markdown.split("\n").find((line) => line.startsWith(`| ${nameOf(k.id, card.series.label)} |`));
      expect(row, k.id).toBeDefined();
      const cells = row!.split(" | ");
      expect(cells[1], k.id).toBe(formatValue(card.value, card.series.unit, settings));
      expect(cells[2]!.startsWith(change("mom")), k.id).toBe(true);
      expect(cells[3]!.replace(/ \|$/, "").startsWith(change("yoy")), k.id).toBe(true);
    }
  });

  it("uses the glossary's name where the series label differs (the issue's three names for one group)", () => {
    expect(bundle.series.find((s) => s.id === "lapsed_top.customers")!.label).toBe("Topklanten 90+ dagen zonder aankoop");
    expect(markdown).toMatch(/^\| Weggezakte topklanten \| \d+ \| /m);
    expect(markdown).not.toContain("90+ dagen zonder aankoop");
  });
});
