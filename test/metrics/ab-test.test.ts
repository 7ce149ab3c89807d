/**
 * A/B evaluation on small experiments whose numbers are worked by hand or checked with scipy
 * 1.17.1 (see test/lib/stats.test.ts for the statistics themselves), and the verdict per case.
 */
import { describe, expect, it } from "vitest";
import { abTest, type AbTestOptions } from "../../loaders/metrics/ab-test.ts";
import type { Experiment, Variant } from "../../loaders/schemas/experiments.ts";
import { isoDay } from "./commercial-store.ts";

const v = (name: string, control: boolean, visitors: number, conversions: number, plannedShare: number | null = null, revenue: number | null = null): Variant => ({
  name,
  control,
  plannedShare,
  visitors,
  conversions,
  revenue,
  line: 2,
});
const experiment = (variants: Variant[], end = "2026-02-28"): Experiment => ({ name: "Checkout", start: isoDay("2026-02-01"), end: isoDay(end), file: "ab.csv", variants });
const OPTIONS: AbTestOptions = { asOfDay: isoDay("2026-03-31"), level: 0.95, alpha: 0.05, srmAlpha: 0.001, power: 0.8 };

describe("abTest", () => {
  it("compares B with A: rates, lifts with intervals, p-value and chance to beat", () => {
    const result = abTest(experiment([v("A", true, 1000, 100, 0.5, 5000), v("B", false, 1000, 130, 0.5, 5200)]), OPTIONS);
    expect(result).toMatchObject({ start: "2026-02-01", end: "2026-02-28", days: 28, running: false, alpha: 0.05 });
    const [a, b] = result.variants;
    expect(a).toMatchObject({ rate: 0.1, revenuePerVisitor: 5, plannedShare: 0.5, observedShare: 0.5, comparison: null });
    expect(b!.rate).toBe(0.13);
    const c = b!.comparison!;
    expect(c.absolute).toBeCloseTo(0.03, 12);
    expect(c.relative).toBeCloseTo(0.3, 12);
    expect(c.absoluteInterval!.low).toBeCloseTo(0.0020679344393763656, 12); // 0.03 − 1.96·√(0.09 + 0.1131)/√1000
    expect(c.relativeInterval!.high).toBeCloseTo(0.6617759470226023, 12);
    expect(c.p).toBeCloseTo(0.03548845046647471, 12); // z = 2.102741
    expect(c.chanceToBeat).toBeCloseTo(0.9821650661163506, 10);
    expect(c.significant).toBe(true);
    expect(result.srm).toEqual({ statistic: 0, df: 1, p: 1, flagged: false, assumedEqual: false });
    expect(result.verdict.code).toBe("winner");
    expect(result.verdict.text).toBe(
      "B wint: conversie 13,0% tegen 10,0% bij A (+30,0%, 95%-interval +1,7% tot +66,2%; p = 0,035). Kans dat B beter is dan A: 98%.",
    );
  });

  it("calls a significantly worse variant a loser", () => {
    const result = abTest(experiment([v("A", true, 1000, 130), v("B", false, 1000, 100)]), OPTIONS);
    expect(result.verdict.code).toBe("loser");
    expect(result.verdict.text).toMatch(/^B doet het slechter dan A: conversie 10,0% tegen 13,0% bij A \(-23,1%.*Niet invoeren\.$/);
  });

  it("flags a sample-ratio mismatch before any lift: 1000 against 1200 on a 50/50 plan", () => {
    // χ² = (100² + 100²)/1100 = 18.18, p = 2.0079e-5 (scipy chi2.sf) < 0.001.
    const result = abTest(experiment([v("A", true, 1000, 100), v("B", false, 1200, 180)]), OPTIONS);
    expect(result.srm!.statistic).toBeCloseTo(200 / 11, 10);
    expect(result.srm!.p).toBeCloseTo(2.007865612426481e-5, 15);
    expect(result.srm).toMatchObject({ flagged: true, assumedEqual: true });
    expect(result.verdict.code).toBe("srm");
    expect(result.verdict.text).toMatch(/^Niet betrouwbaar: .*SRM-toets, p < 0,0001, gelijke verdeling aangenomen/);
  });

  it("checks the split against planned shares: 2/3 against 1/3 is no mismatch for 2000/1000", () => {
    const result = abTest(experiment([v("A", true, 2000, 200, 2 / 3), v("B", false, 1000, 100, 1 / 3)]), OPTIONS);
    expect(result.srm!.statistic).toBeCloseTo(0, 10);
    expect(result.variants[0]!.plannedShare).toBeCloseTo(2 / 3, 12);
  });

  it("says no demonstrable difference after the end, with the effect the test could have detected", () => {
    const result = abTest(experiment([v("A", true, 1000, 100), v("B", false, 1000, 105)]), OPTIONS);
    expect(result.verdict.code).toBe("no_difference");
    // detectable δ at p = 0.1, n = 1000: (1.96·√0.18 + 0.8416·√(0.09 + (0.1+δ)(0.9−δ)))² / δ² = 1000 → δ = 0.03847 (scipy brentq), 38.5 %
    expect(result.detectableRelativeEffect!).toBeGreaterThan(0.37);
    expect(result.detectableRelativeEffect!).toBeLessThan(0.39);
    expect(result.verdict.text).toMatch(/^Geen aantoonbaar verschil\. B: conversie 10,5% tegen 10,0% bij A .*p = 0,71\)\. Met deze aantallen was pas een verschil van ongeveer 38% \(relatief\)/);
  });

  it("gives an interim reading while the test runs, with a warning against peeking", () => {
    const running = abTest(experiment([v("A", true, 1000, 100), v("B", false, 1000, 130)], "2026-04-30"), OPTIONS);
    expect(running.running).toBe(true);
    expect(running.verdict.text).toMatch(/^Tussenstand \(de test loopt tot 30-04-2026\): B wint: .* wacht de einddatum af\.$/);
    const open = abTest(experiment([v("A", true, 1000, 100), v("B", false, 1000, 104)], "2026-04-30"), OPTIONS);
    expect(open.verdict.code).toBe("inconclusive");
  });

  it("divides alpha over the treatments (Bonferroni): p = 0.035 is not enough with two treatments", () => {
    const result = abTest(experiment([v("A", true, 1000, 100), v("B", false, 1000, 130), v("C", false, 1000, 100)]), OPTIONS);
    expect(result.alpha).toBe(0.025);
    expect(result.variants[1]!.comparison!.significant).toBe(false);
    expect(result.verdict.code).toBe("no_difference");
  });

  it("gives no verdict without exactly one control, or without visitors", () => {
    expect(abTest(experiment([v("A", false, 10, 1), v("B", false, 10, 2)]), OPTIONS).verdict.code).toBe("invalid");
    expect(abTest(experiment([v("A", true, 10, 1), v("B", true, 10, 2)]), OPTIONS).verdict.code).toBe("invalid");
    expect(abTest(experiment([v("A", true, 0, 0), v("B", false, 10, 2)]), OPTIONS).verdict.code).toBe("no_data");
  });
});
