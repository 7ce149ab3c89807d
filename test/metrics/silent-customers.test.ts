/** Silence: entered on lastActivity + days (only if nothing happens by then), returned on the next activity. */
import { describe, expect, it } from "vitest";
import { silentCustomers } from "../../loaders/metrics/silent-customers.ts";
import { d, mo, tl } from "./moment-fixtures.ts";

describe("silentCustomers", () => {
  it("counts customers falling silent, returning, and silent at each month end", () => {
    const t = tl(3, [
      [0, d("2026-01-01"), "web_visit"], // silent from 1 April, back 1 May
      [0, d("2026-05-01"), "app_use"],
      [1, d("2026-01-15"), "email_open"], // silent from 15 April, still silent
      [2, d("2026-01-01"), "web_visit"], // next signal exactly on day 90: never silent
      [2, d("2026-04-01"), "web_visit"],
    ]);
    const r = silentCustomers(t, mo("2026-03"), mo("2026-05"), d("2026-05-31"), 90, { group: [0, 1, 1], count: 2 });
    expect(r.entered).toEqual([0, 2, 0]);
    expect(r.returned).toEqual([0, 1, 0]);
    expect(r.silent).toEqual([0, 2, 1]);
    expect(r.silentNowByGroup).toEqual([0, 1]);
  });
  it("counts no silence that began before the signals export did", () => {
    const t = tl(1, [[0, d("2026-01-01"), "web_visit"]]);
    // Entered 1 April: its 90 days run 2 January … 1 April.
    expect(silentCustomers(t, mo("2026-04"), mo("2026-04"), d("2026-04-30"), 90, undefined, d("2026-01-02")).entered).toEqual([1]);
    expect(silentCustomers(t, mo("2026-04"), mo("2026-04"), d("2026-04-30"), 90, undefined, d("2026-01-03")).entered).toEqual([0]);
  });
  it("a month end after as-of is counted at the as-of day", () => {
    const t = tl(1, [[0, d("2026-01-01"), "web_visit"]]);
    expect(silentCustomers(t, mo("2026-03"), mo("2026-04"), d("2026-03-31"), 90).silent).toEqual([0, 0]);
    expect(silentCustomers(t, mo("2026-03"), mo("2026-04"), d("2026-04-01"), 90).silent).toEqual([0, 1]);
  });
});
