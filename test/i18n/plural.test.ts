/** Plurals in the catalogue: one for exactly 1, many for every other count, in both languages; no "1 maanden" left. */
import { describe, expect, it } from "vitest";
import { messages } from "../../loaders/i18n/index.ts";
import { counted } from "../../loaders/i18n/plural.ts";

describe("counted", () => {
  it("uses the singular for exactly 1 only (a number or a formatted count)", () => {
    expect(counted(1, "maand", "maanden")).toBe("1 maand");
    expect(counted("1", "maand", "maanden")).toBe("1 maand");
    expect(counted(0, "month", "months")).toBe("0 months");
    expect(counted(2, "month", "months")).toBe("2 months");
    expect(counted("1.234", "rij", "rijen")).toBe("1.234 rijen");
    expect(counted(1.5, "day", "days")).toBe("1.5 days");
  });

  it("reads right with a count of 1 in the sentences that had '1 maanden'", () => {
    const nl = messages("nl");
    const en = messages("en");
    expect(nl.goals.span("jan 2026", "dec 2026", 1)).toBe("jan 2026 t/m dec 2026, nog 1 maand.");
    expect(en.goals.span("Jan 2026", "Dec 2026", 1)).toMatch(/, 1 month\b/);
    expect(nl.load.wrote("out", 1, "2026-01", "2026-01", 1, "2026-01-31", "0.1")).toBe("out geschreven: 1 maand (2026-01 .. 2026-01), 1 reeks, data tot en met 2026-01-31 (0.1 s)");
    expect(en.load.wrote("out", 1, "2026-01", "2026-01", 40, "2026-01-31", "0.1")).toBe("wrote out: 1 month (2026-01 .. 2026-01), 40 series, data as of 2026-01-31 (0.1 s)");
    expect(nl.overview.windowMonths(1)).toBe("1 maand");
    expect(en.repurchase.expectedNote(1)).not.toMatch(/\b1 months\b/);
    expect(nl.glossary.terms["customers.active"]!({ activeWindowMonths: 1, topShare: 0.2, lapsedDays: 1 }).definition).toBe("Klanten met minstens één aankoop in de afgelopen 1 maand.");
  });
});
