/**
 * The `repurchase` bundle section ("Herhaalaankopen"): BG/NBD and Gamma-Gamma fitted as of the
 * last month end, per RFM segment the P(alive) distribution, expected purchases and CLV over the
 * horizon and the due/overdue counts, plus the holdout calibration and the fit diagnostics.
 * A fit that does not converge is reported as a warning and nothing is predicted from it.
 * Groups of fewer than `config.minGroupSize` customers are hidden as in the RFM section.
 */
import { protectTable, type TableStatistic } from "../lib/protect-table.ts";
import { isoDay, monthEnd, monthKey } from "../lib/months.ts";
import type { BgNbdFit } from "../metrics/bg-nbd.ts";
import type { GammaGammaFit } from "../metrics/gamma-gamma.ts";
import type { CalibrationPoint } from "../metrics/holdout-calibration.ts";
import { purchaseDays } from "../metrics/repeat-summary.ts";
import type { Config } from "../schemas/config.ts";
import { type RepurchaseSettings, RepurchaseSettingsSchema } from "../schemas/repurchase.ts";
import { LoadError } from "../model/load-error.ts";
import type { Store } from "../model/store.ts";
import { describeIssues } from "../sources/read-config.ts";
import { type RepurchaseModel, repurchaseModel } from "./repurchase-model.ts";
import { foldModel, GROUP_IDS, OUTSIDE, type RepurchaseTotals } from "./repurchase-totals.ts";
import { protectSizes } from "./rfm-protect.ts";
import type { BundleWarning, Series } from "./types.ts";
import { bundleWarning } from "./warnings.ts";

export { emptyTotals, type RepurchaseTotals } from "./repurchase-totals.ts";

/** Outcome of one model fit, for the diagnostics on the page. */
export interface FitDiagnostics {
  converged: boolean;
  /** Σ log-likelihood, 2 decimals. */
  logLikelihood: number | null;
  /** Fitted parameters, 6 significant digits (r, alpha, a, b or p, q, gamma). */
  params: Record<string, number>;
  iterations: number;
  customers: number;
}

/** One group (an RFM segment, or `outside`: no sales order in the RFM window); null = hidden. */
export interface RepurchaseGroup {
  id: string;
  customers: number | null;
  /** Customers per P(alive) bin (see `pAliveBins`). */
  pAlive: (number | null)[] | null;
  meanPAlive: number | null;
  /** Σ expected purchases over the horizon. */
  expectedPurchases: number | null;
  expectedPurchasesPerCustomer: number | null;
  /** Σ discounted CLV over the horizon. */
  clv: number | null;
  clvPerCustomer: number | null;
  /** Customers per moment-of-truth status, in `momentStatuses` order. */
  moment: (number | null)[];
}

/** Predicted vs actual cumulative repeat purchases over the holdout. */
export interface RepurchaseCalibration {
  calibrationEnd: string;
  holdoutEnd: string;
  fit: FitDiagnostics;
  points: { day: string; weeks: number; predicted: number | null; actual: number }[];
  predictedTotal: number | null;
  actualTotal: number;
  /** (predicted − actual) ÷ actual, 4 decimals. */
  relativeError: number | null;
}

/**
 * How much the holdout's predicted total may miss the actual one (|`relativeError`|) for the
 * forecasts to be usable to plan with (`usable`), or good for the order of magnitude (`rough`);
 * beyond that they are a rough direction only.
 */
export const CALIBRATION_TRUST = { usable: 0.1, rough: 0.2 } as const;

/** The `repurchase` section of the bundle. */
export interface RepurchaseSection {
  month: string;
  asOf: string;
  minGroupSize: number;
  settings: RepurchaseSettings;
  horizonWeeks: number;
  /** Whether predictions (P(alive), expected purchases) are shown: the BG/NBD fit converged. */
  published: boolean;
  /** Whether CLV is shown: both fits converged and the spend model has a finite mean (q > 1). */
  clvPublished: boolean;
  fits: { bgNbd: FitDiagnostics | null; gammaGamma: FitDiagnostics | null };
  /** Bin edges of the P(alive) histograms: 0, 1/B, …, 1 (the last bin includes 1). */
  pAliveBins: number[];
  momentStatuses: ["none", "not-due", "due", "overdue"];
  groups: RepurchaseGroup[];
  total: { customers: number | null; expectedPurchases: number | null; clv: number | null; moment: (number | null)[] };
  calibration: RepurchaseCalibration | null;
}

/**
 * Builds the repurchase section as of `asOf` (default the end of `lastMonth`; the data's last day
 * when the month is partial): the models are fitted on the purchases up to that day, T counts to
 * it, and the holdout ends on it. `segments` holds each customer's segment index as of that day
 * (-1 = not scored), e.g. `rfmSection(...).segments`. `series` is empty: the section describes
 * the last month only.
 */
export function repurchaseSection(store: Store, config: Config, lastMonth: number, segments: Int8Array, asOf = monthEnd(lastMonth)): { series: Series[]; section: RepurchaseSection; warnings: BundleWarning[] } {
  if (segments.length !== store.customerCount) throw new RangeError(`expected one segment per customer (${store.customerCount}), got ${segments.length}`);
  const settings = repurchaseSettings(config);
  const purchases = purchaseDays(store.orders.customer, store.orders.day, store.orders.amount, store.customerCount, asOf);
  return repurchaseSectionOfModel(config, lastMonth, asOf, repurchaseModel(purchases, settings, asOf, config.minGroupSize), segments);
}

/**
 * The section from the model's per-customer results (`repurchaseModel`, run inline or on the model
 * thread), grouped by `segments` (one segment index per store customer, -1 = not scored).
 */
export function repurchaseSectionOfModel(config: Config, lastMonth: number, asOf: number, model: RepurchaseModel, segments: Int8Array): { series: Series[]; section: RepurchaseSection; warnings: BundleWarning[] } {
  const totals = foldModel(model, segments, repurchaseSettings(config).pAliveBins);
  const c = model.calibration;
  return repurchaseSectionOf(config, lastMonth, asOf, totals, (warnings) => (c ? calibrationSectionOf(c.fit, c.points, c.calibrationEnd, c.holdoutEnd, warnings) : null));
}

/**
 * The section from counted totals, protected as the RFM section is; `calibration` builds the
 * holdout part (it may add a warning). Shared by the stream and engine paths.
 */
export function repurchaseSectionOf(
  config: Config,
  lastMonth: number,
  asOf: number,
  totals: RepurchaseTotals,
  calibration: (warnings: BundleWarning[]) => RepurchaseCalibration | null,
): { series: Series[]; section: RepurchaseSection; warnings: BundleWarning[] } {
  const settings = repurchaseSettings(config);
  const k = config.minGroupSize;
  const warnings: BundleWarning[] = [];
  const horizonWeeks = (settings.horizonMonths * 52) / 12;
  const { customers: n, sizes, bg, gg, histogram, pAliveSum, expectedSum, clvSum, momentCounts } = totals;

  // Which groups may be shown (the same segment decisions as the RFM section).
  const sizeHidden = [...protectSizes(sizes.slice(0, OUTSIDE), k), sizes[OUTSIDE]! > 0 && sizes[OUTSIDE]! < k];
  const valueProtection = protectTable(sizes, [{ cells: GROUP_IDS.map((_, g) => g), status: "published" }], k, sizeHidden);
  const valueHidden = valueProtection.safe ? valueProtection.cells : sizes.map(() => true);
  const totalShown = !(n > 0 && n < k);

  const published = bg?.converged === true;
  if (!published) warnings.push(bundleWarning("fit_not_converged", { model: "bgNbd" }));
  const clvPublished = gg?.converged === true && gg.params.q > 1;
  if (published && !clvPublished) warnings.push(bundleWarning("fit_not_converged", { model: "gammaGamma" }));

  const bins = settings.pAliveBins;
  const shownHistogram = published ? protectRows(histogram, bins, sizeHidden, k, []) : null;
  const momentTotals = [0, 1, 2, 3].map((s) => GROUP_IDS.map((_, g) => g * 4 + s));
  const shownMoment = protectRows(momentCounts, 4, sizeHidden, k, momentTotals);

  const groups = GROUP_IDS.map((id, g): RepurchaseGroup => {
    const hide = valueHidden[g]! || sizes[g] === 0;
    return {
      id,
      customers: sizeHidden[g] ? null : sizes[g]!,
      pAlive: shownHistogram ? shownHistogram.rows[g]! : null,
      meanPAlive: published && !hide ? round(pAliveSum[g]! / sizes[g]!, 4) : null,
      expectedPurchases: published && !valueHidden[g] ? round(expectedSum[g]!, 2) : null,
      expectedPurchasesPerCustomer: published && !hide ? round(expectedSum[g]! / sizes[g]!, 4) : null,
      clv: clvPublished && !valueHidden[g] ? round(clvSum[g]!, 2) : null,
      clvPerCustomer: clvPublished && !hide ? round(clvSum[g]! / sizes[g]!, 2) : null,
      moment: shownMoment.rows[g]!,
    };
  });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const section: RepurchaseSection = {
    month: monthKey(lastMonth),
    asOf: isoDay(asOf),
    minGroupSize: k,
    settings,
    horizonWeeks: round(horizonWeeks, 4),
    published,
    clvPublished,
    fits: { bgNbd: bg ? diagnostics(bg) : null, gammaGamma: gg ? diagnostics(gg) : null },
    pAliveBins: Array.from({ length: bins + 1 }, (_, b) => round(b / bins, 4)),
    momentStatuses: ["none", "not-due", "due", "overdue"],
    groups,
    total: {
      customers: totalShown ? n : null,
      expectedPurchases: published && totalShown ? round(sum(expectedSum), 2) : null,
      clv: clvPublished && totalShown ? round(sum(clvSum), 2) : null,
      moment: shownMoment.totals,
    },
    calibration: calibration(warnings),
  };
  return { series: [], section, warnings };
}

/** The validated `repurchase:` settings of `config` (all defaults when the block is absent). */
export function repurchaseSettings(config: Config): RepurchaseSettings {
  const result = RepurchaseSettingsSchema.safeParse(config["repurchase"] ?? {}, { reportInput: true });
  if (!result.success) throw new LoadError(describeIssues("data/klantbeeld.yaml, repurchase", result.error));
  return result.data;
}

/**
 * Protects a groups × columns count table whose row sums are the group sizes (shown or hidden as
 * `rowHidden` says; the `outside` row is derivable from the totals, so it counts as shown), with
 * the segments' and everyone's totals published; `columnTotals` are shown where that is safe.
 */
function protectRows(values: number[], width: number, rowHidden: boolean[], k: number, columnTotals: number[][]): { rows: (number | null)[][]; totals: (number | null)[] } {
  const rows = GROUP_IDS.map((_, g) => Array.from({ length: width }, (_, j) => g * width + j));
  const statistics: TableStatistic[] = [
    ...rows.map((cells, g): TableStatistic => ({ cells, status: rowHidden[g] && g !== OUTSIDE ? "secret" : "published" })),
    { cells: rows.slice(0, OUTSIDE).flat(), status: "published" },
    { cells: rows.flat(), status: "published" },
    ...columnTotals.map((cells): TableStatistic => ({ cells, status: "decide" })),
  ];
  const result = protectTable(values, statistics, k);
  const first = statistics.length - columnTotals.length;
  return {
    rows: rows.map((cells) => cells.map((c) => (result.safe && !result.cells[c] ? values[c]! : null))),
    totals: columnTotals.map((cells, j) => (result.safe && !result.statistics[first + j] ? cells.reduce((a, c) => a + values[c]!, 0) : null)),
  };
}

/** The calibration part of the section from its fit and points (shared by the stream and engine paths). */
export function calibrationSectionOf(fit: BgNbdFit, points: CalibrationPoint[], calibrationEnd: number, holdoutEnd: number, warnings: BundleWarning[]): RepurchaseCalibration {
  if (!fit.converged) warnings.push(bundleWarning("fit_not_converged", { model: "calibration" }));
  const last = points.at(-1)!;
  return {
    calibrationEnd: isoDay(calibrationEnd),
    holdoutEnd: isoDay(holdoutEnd),
    fit: diagnostics(fit),
    points: points.map((p) => ({ day: isoDay(p.day), weeks: round(p.weeks, 4), predicted: fit.converged ? round(p.predicted, 2) : null, actual: p.actual })),
    predictedTotal: fit.converged ? round(last.predicted, 2) : null,
    actualTotal: last.actual,
    relativeError: fit.converged && last.actual > 0 ? round((last.predicted - last.actual) / last.actual, 4) : null,
  };
}

function diagnostics(fit: BgNbdFit | GammaGammaFit): FitDiagnostics {
  const params = Object.fromEntries(Object.entries(fit.params).map(([name, v]) => [name, Number(v.toPrecision(6))]));
  return { converged: fit.converged, logLikelihood: Number.isFinite(fit.logLikelihood) ? round(fit.logLikelihood, 2) : null, params, iterations: fit.iterations, customers: fit.customers };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
