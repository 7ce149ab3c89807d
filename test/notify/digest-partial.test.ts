/**
 * The digest of data that end mid-month (test/fixtures/partial-month, last order 9 April 2026):
 * it reports March, the last complete month, and labels April as partial with its headline
 * figures compared over the same days (worked out in test/bundle/period.test.ts).
 */
import { describe, expect, it } from "vitest";
import { loadBundle } from "../../loaders/index.ts";
import { digest } from "../../loaders/notify/digest.ts";
import { digestMarkdown } from "../../loaders/notify/markdown.ts";

const bundle = await loadBundle("test/fixtures/partial-month");
const d = digest(bundle, null, { siteUrl: null, today: "2026-04-10" });

describe("digest of a bundle whose last month is partial", () => {
  it("reports the last complete month with whole-month deltas", () => {
    expect(d.month).toBe("2026-03");
    // March 270 against February 30.
    expect(d.kpis.find((k) => k.id === "revenue")).toMatchObject({ value: 270, mom: { base: 30, absolute: 240, relative: 8 } });
  });

  it("gives April 1–9 against 1–9 March and 1–9 April 2025", () => {
    expect(d.partial).toMatchObject({ month: "2026-04", throughDay: "2026-04-09", days: 9, daysInMonth: 30 });
    const revenue = d.partial!.kpis.find((k) => k.id === "revenue")!;
    expect(revenue.value).toBe(80);
    expect(revenue.mom).toEqual({ base: 170, absolute: -90, relative: -90 / 170 });
    expect(revenue.yoy).toEqual({ base: 100, absolute: -20, relative: -0.2 });
    // Active customers as of 9 April (5) against 9 March (3); a year earlier the window was still filling.
    const active = d.partial!.kpis.find((k) => k.id === "customers.active")!;
    expect([active.value, active.mom?.base, active.yoy]).toEqual([5, 3, null]);
  });

  it("says so in words in every channel's text", () => {
    const note = d.warnings[0]!;
    expect(note.code).toBe("partial_month");
    expect(note.message).toBe(
      "April 2026 is nog niet compleet (data t/m 2026-04-09, 9 van 30 dagen). Dit rapport gaat over maart 2026, de laatste volledige maand. " +
        "Netto-omzet tot nu toe €\u00A080,00: −52,9\u202F% t.o.v. 1–9 maart 2026, −20,0\u202F% t.o.v. 1–9 april 2025.",
    );
    expect(digestMarkdown(d)).toContain("April 2026 is nog niet compleet");
  });

  it("has no partial block when the newest month is complete", async () => {
    const complete = await loadBundle("test/fixtures/kpi");
    const c = digest(complete, null, { siteUrl: null, today: "2026-04-10" });
    expect(c.partial).toBeNull();
    expect(c.warnings.some((w) => w.code === "partial_month")).toBe(false);
  });
});
