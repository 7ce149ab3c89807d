import { describe, expect, it } from "vitest";
import type { Bundle, Period } from "../../loaders/index.ts";
import { reportFileName, reportPeriod } from "../../loaders/report/report-month.ts";

const months = ["2026-01", "2026-02", "2026-03", "2026-04"];
const period = (asOf: string, lastCompleteMonth: string | null, partial: string | null): Period =>
  ({ asOf, lastCompleteMonth, partial: partial ? { month: partial, throughDay: asOf, days: Number(asOf.slice(8)), daysInMonth: 30 } : null }) as Period;
const bundle = (p: Period | undefined, list = months, dataAsOf: string | null = p?.asOf ?? null): Pick<Bundle, "months" | "dataAsOf" | "period"> => ({ months: list, dataAsOf, ...(p ? { period: p } : {}) });

describe("reportPeriod", () => {
  it.each([
    // data through a month's last day: that month is complete and is the report's month
    ["month end", bundle(period("2026-04-30", "2026-04", null)), { month: "2026-04", asOf: "2026-04-30", partialMonth: null }],
    // data through 9 April: April is still running, the report is about March
    ["mid-month", bundle(period("2026-04-09", "2026-03", "2026-04")), { month: "2026-03", asOf: "2026-04-09", partialMonth: "2026-04" }],
    // an old bundle without `period`: its last month
    ["no period", bundle(undefined, months, "2026-04-30"), { month: "2026-04", asOf: "2026-04-30", partialMonth: null }],
  ])("%s", (_, b, expected) => {
    expect(reportPeriod(b)).toEqual(expected);
  });

  it("refuses data without a complete month, and data without transactions", () => {
    expect(() => reportPeriod(bundle(period("2026-01-20", null, "2026-01"), ["2026-01"]))).toThrow("the data run only through 2026-01-20: no complete month to report on yet");
    expect(() => reportPeriod(bundle(undefined, [], null))).toThrow("the bundle holds no transactions: nothing to report");
  });

  it("names the file after the month", () => {
    expect(reportFileName("2026-10")).toBe("klantbeeld-2026-10.pdf");
  });
});
