import { describe, expect, it } from "vitest";
import { runWindowOptions } from "../../loaders/engines/compact-run.ts";
import { dayOf } from "../../loaders/lib/months.ts";

const kpi = { activeWindowMonths: 12, topShare: 0.2, lapsedDays: 90 };

describe("runWindowOptions", () => {
  it("counts whole calendar months when the cut is a month end", () => {
    const o = runWindowOptions({ kpi }, { first: 24_000, last: 24_005, upTo: dayOf(2000, 6, 30) });
    expect(o).toEqual({ first: 24_000, last: 24_005, ...kpi });
  });

  it("gives a partial last month a day window: 9 April 2026 looks back to 10 April 2025", () => {
    const o = runWindowOptions({ kpi }, { first: 2026 * 12, last: 2026 * 12 + 3, upTo: dayOf(2026, 4, 9) });
    expect(o.partial).toEqual({ asOf: dayOf(2026, 4, 9), windowStart: dayOf(2025, 4, 10) });
  });
});
