/** repeatSummaryFromArrays on the whole CDNOW 1/10 sample against the published counts; the same check runs on its extract in test/metrics. */
import { describe, expect, it } from "vitest";
import { repeatSummaryFromArrays } from "../../../loaders/metrics/repeat-summary.ts";
import { isoToDay, readCdnowSample } from "../../metrics/cdnow.ts";

describe("repeatSummaryFromArrays on the CDNOW sample", () => {
  it("matches an independent count on the CDNOW sample (946 repeaters, as published)", () => {
    const cdnow = readCdnowSample();
    const end = isoToDay("1997-09-30");
    const s = repeatSummaryFromArrays(cdnow.customer, cdnow.day, cdnow.amount, cdnow.customerCount, end);
    // Independent: a set of distinct days per customer, in a Map.
    const daysOf = new Map<number, Set<number>>();
    cdnow.customer.forEach((c, i) => {
      if (cdnow.day[i]! > end) return;
      if (!daysOf.has(c)) daysOf.set(c, new Set());
      daysOf.get(c)!.add(cdnow.day[i]!);
    });
    const repeats = [...daysOf.values()].map((d) => d.size - 1);
    expect(s.customer.length).toBe(2357);
    expect(s.x.filter((x) => x > 0).length).toBe(946);
    expect(s.x.reduce((a, b) => a + b, 0)).toBe(repeats.reduce((a, b) => a + b, 0));
    // Every CDNOW customer's first purchase is in Q1 1997; one on 1997-01-01 has T = 272/7 = 38.857 weeks.
    expect(Math.max(...s.T)).toBeCloseTo(38.857, 3);
  });
});
