/**
 * The A/B-test export, `experiments/ab-tests.csv`: one row per experiment variant with its
 * totals. The six tests are designed, not drawn, so each shows one thing: a clear winner, a clear
 * loser, an inconclusive test, a sample-ratio mismatch, three variants, and one without revenue.
 */
import { csvRow, pointAmount } from "./format.ts";

/** Header of the experiments export. */
export const EXPERIMENTS_HEADER = "experiment,variant,is_control,start_date,end_date,planned_share,visitors,conversions,revenue";

/** A variant: visitors, conversion rate and average order value in cents (null = no revenue tracked). */
interface Variant {
  name: string;
  share: string;
  visitors: number;
  rate: number;
  aovCents: number | null;
}

interface Experiment {
  name: string;
  start: string;
  end: string;
  /** The first variant is the control. */
  variants: Variant[];
}

const v = (name: string, share: string, visitors: number, rate: number, aovCents: number | null): Variant => ({ name, share, visitors, rate, aovCents });

/** The designed experiments, in start order. */
export const EXPERIMENTS: readonly Experiment[] = [
  // Clear winner: one-step checkout, +18 % conversion at ~25k visitors per arm (z ≈ 3.4).
  { name: "checkout-een-stap", start: "2025-04-01", end: "2025-05-18", variants: [v("huidig", "0.5", 24_713, 0.031, 6240), v("een-stap", "0.5", 24_588, 0.0365, 6310)] },
  // Clear loser: a discount banner that distracts (−16 %, z ≈ 3.5).
  { name: "homepage-banner-korting", start: "2025-10-06", end: "2025-11-02", variants: [v("zonder-banner", "0.5", 31_204, 0.028, 5480), v("met-banner", "0.5", 31_092, 0.0235, 5120)] },
  // Inconclusive: a tiny difference on small arms.
  { name: "sim-only-vergelijker", start: "2026-01-12", end: "2026-02-08", variants: [v("tabel", "0.5", 6_121, 0.041, 2710), v("schuifjes", "0.5", 6_087, 0.0425, 2690)] },
  // Sample-ratio mismatch: planned 50/50, observed 53/47 of ~40k visitors.
  { name: "tv-pakket-kiezer", start: "2026-03-02", end: "2026-04-12", variants: [v("lijst", "0.5", 21_187, 0.022, 3150), v("wizard", "0.5", 18_803, 0.024, 3240)] },
  // Three variants, planned 50/25/25: a high price anchor helps, a low one does not.
  {
    name: "internet-prijsanker",
    start: "2026-04-20",
    end: "2026-05-31",
    variants: [v("geen-anker", "0.5", 18_410, 0.034, 5230), v("anker-hoog", "0.25", 9_233, 0.039, 5610), v("anker-laag", "0.25", 9_187, 0.033, 4980)],
  },
  // No revenue tracked (app onboarding completions): the revenue column stays blank.
  { name: "app-onboarding", start: "2026-06-01", end: "2026-07-12", variants: [v("huidig", "0.5", 12_480, 0.18, null), v("korter", "0.5", 12_512, 0.195, null)] },
];

/** `experiments/ab-tests.csv`: comma-delimited, ISO dates, decimal point. */
export function experimentsFile(): Buffer {
  const rows = EXPERIMENTS.flatMap((e) =>
    e.variants.map((x, i) => {
      const conversions = Math.round(x.visitors * x.rate);
      const revenue = x.aovCents === null ? "" : pointAmount(conversions * x.aovCents);
      return csvRow([e.name, x.name, i === 0 ? "true" : "false", e.start, e.end, x.share, String(x.visitors), String(conversions), revenue], ",");
    }),
  );
  return Buffer.from(`${[EXPERIMENTS_HEADER, ...rows].join("\n")}\n`, "utf8");
}
