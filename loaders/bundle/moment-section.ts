/**
 * The `moments` bundle section ("Moment van de waarheid"): per trigger the customers entering it
 * per month, the coverage (share followed by an offer within N days), the median days to the
 * first offer and the entries never followed by one; acceptance at the moment against otherwise
 * with lift, interval and p-value, over all offers of the last 12 months, per trigger and per
 * segment. Small groups are hidden (`moment-protect.ts`).
 */
import { isoDay, monthKey, monthOfDay, monthStart } from "../lib/months.ts";
import { protectTable } from "../lib/protect-table.ts";
import { type AcceptanceComparison, momentAcceptance } from "../metrics/moment-acceptance.ts";
import { type OfferLike, offerDays } from "../metrics/offer-days.ts";
import { triggerCoverage, type CoverageCounts } from "../metrics/trigger-coverage.ts";
import { triggerEntries } from "../metrics/trigger-entries.ts";
import type { TriggerRule } from "../schemas/triggers.ts";
import { MOMENT_GROUP_NAMES, MOMENT_GROUPS, type MomentInputs } from "./moment-inputs.ts";
import { protectGroups, safeCount, safeShare } from "./moment-protect.ts";
import { describeRule } from "./trigger-words.ts";
import { series } from "./series.ts";
import type { Series } from "./types.ts";

/** Coverage figures as published (null = hidden or undefined). */
export interface PublishedCoverage {
  entries: (number | null)[];
  coverage: (number | null)[];
  medianDays: (number | null)[];
  never: (number | null)[];
}

/** One trigger on the page. */
export interface MomentTrigger {
  id: string;
  nameNl: string;
  nameEn: string;
  action: string;
  /** The action in English (null when the data description gives none). */
  actionEn: string | null;
  /** The rule in Dutch words, e.g. "Bundelverbruik ≥ 80 %". */
  rule: string;
  /** The rule in English words, e.g. "Bundle usage ≥ 80%". */
  ruleEn: string;
  /** Per month of `MomentsSection.months`. */
  months: PublishedCoverage;
  /** Over the last 12 months. */
  window: { entries: number | null; coverage: number | null; medianDays: number | null; never: number | null };
  acceptance: AcceptanceComparison | null;
}

/** The `moments` section. */
export interface MomentsSection {
  asOf: string;
  month: string;
  /** N of "within N days". */
  withinDays: number;
  level: number;
  minGroupSize: number;
  /** First day of the 12-month window of the window figures and the acceptance comparison. */
  windowFrom: string;
  /** Month axis of the per-month figures (from the first month with signals or offers). */
  months: string[];
  triggers: MomentTrigger[];
  total: PublishedCoverage;
  /** All triggers over the last 12 months. */
  window: MomentTrigger["window"];
  acceptance: AcceptanceComparison | null;
  bySegment: { id: string; nameNl: string; entries: number | null; coverage: number | null; acceptance: AcceptanceComparison | null }[];
}

/** A comparison, or null when any group behind it is small (offers or accepted/not accepted of 1..k−1, or fewer than k offers). */
function publishComparison(c: AcceptanceComparison, k: number): AcceptanceComparison | null {
  for (const g of [c.moment, c.otherwise]) if (safeShare(g.accepted, g.offers, k) === null) return null;
  return c;
}

function publishCoverage(c: CoverageCounts, k: number): PublishedCoverage {
  return {
    entries: c.entries.map((v) => safeCount(v, k)),
    coverage: c.judged.map((j, i) => safeShare(c.covered[i]!, j, k)),
    medianDays: c.medianDays.map((d, i) => (c.entries[i]! - c.never[i]! >= k ? d : null)),
    // Never offered ⊂ entries: shown only when the offered rest is no small group either.
    never: c.never.map((v, i) => (safeShare(v, c.entries[i]!, k) === null && v > 0 ? null : v)),
  };
}

/** Entry `i` of window counts, published. */
function windowAt(c: CoverageCounts, i: number, k: number): MomentTrigger["window"] {
  const offered = c.entries[i]! - c.never[i]!;
  const never = c.never[i]!;
  return { entries: safeCount(c.entries[i]!, k), coverage: safeShare(c.covered[i]!, c.judged[i]!, k), medianDays: offered >= k ? c.medianDays[i]! : null, never: safeShare(never, c.entries[i]!, k) === null && never > 0 ? null : never };
}

/**
 * The per-segment comparisons, hidden where small and then protected as tables: their offers and
 * accepted counts add up to the published overall counts, so a lone hidden segment could be
 * subtracted back; further segments are hidden until none can.
 */
function protectComparisons(byGroup: readonly AcceptanceComparison[], k: number): (AcceptanceComparison | null)[] {
  const hidden = byGroup.map((c) => publishComparison(c, k) === null);
  const vectors = [(c: AcceptanceComparison) => c.moment.offers, (c: AcceptanceComparison) => c.moment.accepted, (c: AcceptanceComparison) => c.otherwise.offers, (c: AcceptanceComparison) => c.otherwise.accepted];
  for (let changed = true; changed; ) {
    changed = false;
    for (const get of vectors) {
      const values = byGroup.map(get);
      const p = protectTable(values, [{ cells: values.map((_, g) => g), status: "published" }], k, hidden);
      p.cells.forEach((h, g) => {
        if ((h || !p.safe) && !hidden[g] && values[g]! > 0) {
          hidden[g] = true;
          changed = true;
        }
      });
    }
  }
  return byGroup.map((c, g) => (hidden[g] ? null : c));
}

/** Builds the section and the `trigger.*` / `offers.*` series aligned with the bundle months first … last. */
export function momentsSection(inputs: MomentInputs, offers: readonly OfferLike[], first: number, last: number, k: number, level: number, alpha: number, dataFirstDay: number | null): { series: Series[]; section: MomentsSection } {
  const { asOf, triggers } = inputs;
  const rules: readonly TriggerRule[] = triggers.rules;
  const N = triggers.offerWithinDays;
  const entries = triggerEntries(inputs.timeline, rules, { asOf, overdueFactor: inputs.overdueFactor, observedFrom: inputs.observedFrom });
  const od = offerDays(offers, inputs.timeline.customerCount, asOf);
  const windowFrom = monthStart(monthOfDay(asOf) - 11);
  const pageFirst = Math.min(last, Math.max(first, dataFirstDay === null ? last : monthOfDay(dataFirstDay)));
  const coverage = triggerCoverage(entries, od, { first, last, asOf, withinDays: N, ruleCount: rules.length, windowFrom, group: inputs.group, groupCount: MOMENT_GROUPS.length });
  const options = { fromDay: windowFrom, toDay: asOf, asOf, withinDays: N, level, alpha };
  const groupOf = { group: inputs.group, count: MOMENT_GROUPS.length };
  const overall = momentAcceptance(offers, entries, options, groupOf);
  const from = pageFirst - first;
  const cut = (p: PublishedCoverage): PublishedCoverage => ({ entries: p.entries.slice(from), coverage: p.coverage.slice(from), medianDays: p.medianDays.slice(from), never: p.never.slice(from) });
  const list: MomentTrigger[] = rules.map((r, i) => ({
    id: r.id,
    nameNl: r.nameNl,
    nameEn: r.nameEn,
    action: r.action,
    actionEn: r.actionEn ?? null,
    rule: describeRule(r.when, inputs.overdueFactor),
    ruleEn: describeRule(r.when, inputs.overdueFactor, "en"),
    months: cut(publishCoverage(coverage.rules[i]!, k)),
    window: windowAt(coverage.byRule, i, k),
    acceptance: publishComparison(momentAcceptance(offers, entries, { ...options, rule: i }).all, k),
  }));
  const segmentAcceptance = protectComparisons(overall.byGroup, k);
  const segmentEntries = protectGroups(coverage.byGroup.entries.map((v) => [v]), k).map((row) => row[0]!);
  const totalCoverage = publishCoverage(coverage.total, k);
  const lift = Array.from({ length: last - first + 1 }, (_, m) => {
    if (m < from) return null;
    const to = Math.min(asOf, monthStart(first + m + 1) - 1);
    const c = momentAcceptance(offers, entries, { ...options, fromDay: monthStart(first + m - 11), toDay: to });
    return publishComparison(c.all, k)?.lift ?? null;
  });
  // Before the first month with signals or offers there is nothing to judge: no figure rather than 0 %.
  const fromData = (v: (number | null)[]) => v.map((x, i) => (i < from ? null : x));
  return {
    series: [
      series("trigger.entries", "Klanten in een trigger", "count", "none", fromData(totalCoverage.entries)),
      series("trigger.coverage", "Dekking triggers (aanbod op tijd)", "percent", "up", fromData(totalCoverage.coverage)),
      series("offers.acceptance_lift", "Lift acceptatie op het moment (t.o.v. anders)", "percent", "up", fromData(lift)),
    ],
    section: {
      asOf: isoDay(asOf),
      month: monthKey(last),
      withinDays: N,
      level,
      minGroupSize: k,
      windowFrom: isoDay(windowFrom),
      months: Array.from({ length: last - pageFirst + 1 }, (_, m) => monthKey(pageFirst + m)),
      triggers: list,
      total: cut(totalCoverage),
      window: windowAt(coverage.window, 0, k),
      acceptance: publishComparison(overall.all, k),
      bySegment: MOMENT_GROUPS.map((id, g) => ({
        id,
        nameNl: MOMENT_GROUP_NAMES[g]!,
        entries: segmentEntries[g]!,
        coverage: segmentEntries[g] === null ? null : safeShare(coverage.byGroup.covered[g]!, coverage.byGroup.judged[g]!, k),
        acceptance: segmentAcceptance[g]!,
      })),
    },
  };
}
