/**
 * The `experiments` bundle section ("Experimenten"): every A/B test evaluated as of the data's
 * last day, newest first, with the settings used and the defaults of the sample-size calculator.
 * Experiment exports hold per-variant totals of anonymous visitors, not customers, so nothing
 * here is suppressed; a variant too small to judge gets no verdict instead.
 */
import { isoDay } from "../lib/months.ts";
import { abTest, type ExperimentResult } from "../metrics/ab-test.ts";
import type { CommercialSettings } from "../schemas/commercial.ts";
import { type Experiment, experimentIssues } from "../schemas/experiments.ts";
import type { BundleWarning } from "./types.ts";
import { bundleWarning, experimentWarning } from "./warnings.ts";

/** The `experiments` section. */
export interface ExperimentsSection {
  asOf: string;
  level: number;
  alpha: number;
  srmAlpha: number;
  power: number;
  /** Newest start first, then by name. */
  results: ExperimentResult[];
  /** Defaults of the browser sample-size calculator. */
  sampleSize: CommercialSettings["sampleSize"];
}

/** Evaluates every experiment as of `asOfDay`; problems of whole experiments become warnings. */
export function experimentsSection(
  experiments: readonly Experiment[],
  settings: CommercialSettings,
  asOfDay: number,
): { section: ExperimentsSection; warnings: BundleWarning[] } {
  const options = {
    asOfDay,
    level: settings.confidenceLevel,
    alpha: settings.experiments.alpha,
    srmAlpha: settings.experiments.srmAlpha,
    power: settings.sampleSize.power,
  };
  const evaluated = experiments
    .map((e) => ({ experiment: e, result: abTest(e, options) }))
    .sort(({ result: a }, { result: b }) => (a.start < b.start ? 1 : a.start > b.start ? -1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const results = evaluated.map((e) => e.result);
  const warnings: BundleWarning[] = evaluated.flatMap(({ experiment, result: r }) => [
    ...experimentIssues(experiment).map(experimentWarning),
    ...(r.srm?.flagged ? [bundleWarning("experiment_srm", { name: r.name })] : []),
  ]);
  return {
    section: {
      asOf: isoDay(asOfDay),
      level: options.level,
      alpha: options.alpha,
      srmAlpha: options.srmAlpha,
      power: options.power,
      results,
      sampleSize: settings.sampleSize,
    },
    warnings,
  };
}
