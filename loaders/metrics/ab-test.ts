/**
 * Evaluates one A/B test: conversion per variant with its Wilson interval; per treatment the
 * absolute and relative lift against control with confidence intervals, the two-sided p-value of
 * the pooled two-proportion z-test and the Bayesian chance to beat control (Beta(1, 1) prior);
 * a sample-ratio-mismatch check; and a verdict in plain Dutch.
 */
import { isoDay } from "../lib/months.ts";
import {
  chanceToBeat,
  chiSquaredTest,
  differenceInterval,
  type Interval,
  relativeLiftInterval,
  twoProportionZTest,
  wilson,
} from "../lib/stats.ts";
import type { Experiment } from "../schemas/experiments.ts";
import { experimentProblems } from "../schemas/experiments.ts";
import { detectableEffect } from "./sample-size.ts";
import { verdict, type Verdict } from "./ab-verdict.ts";

/** A treatment against the control. */
export interface Comparison {
  /** Rate − control rate. */
  absolute: number;
  absoluteInterval: Interval | null;
  /** Rate ÷ control rate − 1, null when the control rate is 0. */
  relative: number | null;
  relativeInterval: Interval | null;
  /** Two-sided p-value, null when undefined (no conversions anywhere, or all converted). */
  p: number | null;
  /** P(rate > control rate | data) under independent Beta(1, 1) priors. */
  chanceToBeat: number;
  /** p < the (Bonferroni-adjusted) alpha. */
  significant: boolean;
}

/** One variant's figures. */
export interface VariantResult {
  name: string;
  control: boolean;
  visitors: number;
  conversions: number;
  rate: number | null;
  interval: Interval | null;
  revenue: number | null;
  revenuePerVisitor: number | null;
  /** Planned share of visitors (normalised; equal split when the export gives none). */
  plannedShare: number;
  /** Observed share of visitors. */
  observedShare: number | null;
  /** Null for the control, or when a rate is undefined. */
  comparison: Comparison | null;
}

/** The sample-ratio-mismatch check: chi-squared of visitors against the planned split. */
export interface SrmCheck {
  statistic: number;
  df: number;
  p: number;
  /** p < srmAlpha. */
  flagged: boolean;
  /** The export gave no planned shares, so an equal split was assumed. */
  assumedEqual: boolean;
}

/** One evaluated experiment. */
export interface ExperimentResult {
  name: string;
  start: string;
  end: string;
  /** Days from start to end, both included. */
  days: number;
  /** The end day lies after the as-of day: figures are an interim reading. */
  running: boolean;
  /** Significance level per comparison: alpha ÷ number of treatments (Bonferroni). */
  alpha: number;
  variants: VariantResult[];
  srm: SrmCheck | null;
  /** Effect (relative to the control rate) these visitor numbers could detect with the configured power. */
  detectableRelativeEffect: number | null;
  verdict: Verdict;
  problems: string[];
}

/** Settings of the evaluation. */
export interface AbTestOptions {
  /** Day the data are as of: a test ending after it is still running. */
  asOfDay: number;
  /** Confidence level of intervals (0.95). */
  level: number;
  /** Significance level before the Bonferroni division (0.05). */
  alpha: number;
  /** The SRM check flags below this p-value (0.001). */
  srmAlpha: number;
  /** Power for the detectable effect (0.8). */
  power: number;
}

/** Evaluates `experiment`. */
export function abTest(experiment: Experiment, options: AbTestOptions): ExperimentResult {
  const problems = experimentProblems(experiment);
  const variants = experiment.variants;
  const control = variants.find((v) => v.control);
  const treatments = Math.max(1, variants.length - 1);
  const alpha = options.alpha / treatments;
  const totalVisitors = variants.reduce((s, v) => s + v.visitors, 0);
  const allShares = variants.every((v) => v.plannedShare !== null);
  const noShares = variants.every((v) => v.plannedShare === null);
  const shares = allShares ? variants.map((v) => v.plannedShare!) : variants.map(() => 1);
  const shareSum = shares.reduce((s, v) => s + v, 0);
  let srm: SrmCheck | null = null;
  if ((allShares || noShares) && variants.length >= 2 && totalVisitors > 0) {
    const test = chiSquaredTest(variants.map((v) => v.visitors), shares);
    srm = { ...test, flagged: test.p < options.srmAlpha, assumedEqual: noShares };
  }
  const results: VariantResult[] = variants.map((v, i) => {
    const rate = v.visitors > 0 ? v.conversions / v.visitors : null;
    let comparison: Comparison | null = null;
    if (control && !v.control && control.visitors > 0 && v.visitors > 0) {
      const controlRate = control.conversions / control.visitors;
      const test = twoProportionZTest(control.conversions, control.visitors, v.conversions, v.visitors);
      comparison = {
        absolute: rate! - controlRate,
        absoluteInterval: differenceInterval(control.conversions, control.visitors, v.conversions, v.visitors, options.level),
        relative: controlRate === 0 ? null : rate! / controlRate - 1,
        relativeInterval: relativeLiftInterval(control.conversions, control.visitors, v.conversions, v.visitors, options.level),
        p: test?.p ?? null,
        chanceToBeat: chanceToBeat(control.conversions, control.visitors, v.conversions, v.visitors),
        significant: test !== null && test.p < alpha,
      };
    }
    return {
      name: v.name,
      control: v.control,
      visitors: v.visitors,
      conversions: v.conversions,
      rate,
      interval: wilson(v.conversions, v.visitors, options.level),
      revenue: v.revenue,
      revenuePerVisitor: v.revenue === null || v.visitors === 0 ? null : v.revenue / v.visitors,
      plannedShare: shares[i]! / shareSum,
      observedShare: totalVisitors === 0 ? null : v.visitors / totalVisitors,
      comparison,
    };
  });
  const controlRate = control && control.visitors > 0 ? control.conversions / control.visitors : null;
  const smallest = Math.min(...variants.map((v) => v.visitors));
  const delta = controlRate !== null && controlRate > 0 && smallest > 0 ? detectableEffect(controlRate, smallest, alpha, options.power) : null;
  const base = {
    name: experiment.name,
    start: isoDay(experiment.start),
    end: isoDay(experiment.end),
    days: experiment.end - experiment.start + 1,
    running: experiment.end > options.asOfDay,
    alpha,
    variants: results,
    srm,
    detectableRelativeEffect: delta === null || controlRate === null ? null : delta / controlRate,
    problems,
  };
  return { ...base, verdict: verdict({ ...base, level: options.level }) };
}
