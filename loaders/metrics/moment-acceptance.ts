/**
 * Acceptance at the moment against acceptance otherwise: an offer is "at the moment" when the
 * customer entered a trigger (any rule, or the given rule) on one of the N days up to and
 * including the offer day (entry ≤ offer ≤ entry + N). The acceptance rates of the two groups
 * are compared with the statistics of the A/B tests (`lib/stats.ts`, `ab-test.ts`): the relative
 * lift with its Katz interval, the difference with its Wald interval, the two-sided pooled
 * z-test and the Bayesian chance that acceptance at the moment is higher.
 * An offer counts as accepted when it was accepted on or before the as-of day.
 */
import { chanceToBeat, differenceInterval, type Interval, relativeLiftInterval, twoProportionZTest, wilson } from "../lib/stats.ts";
import type { OfferLike } from "./offer-days.ts";
import type { TriggerEntries } from "./trigger-entries.ts";

/** One group's offers. */
export interface AcceptanceGroup {
  offers: number;
  accepted: number;
  rate: number | null;
  interval: Interval | null;
}

/** At the moment against otherwise. */
export interface AcceptanceComparison {
  moment: AcceptanceGroup;
  otherwise: AcceptanceGroup;
  /** Rate at the moment ÷ rate otherwise − 1; null when the latter is 0 or undefined. */
  lift: number | null;
  liftInterval: Interval | null;
  /** Rate at the moment − rate otherwise. */
  difference: number | null;
  differenceInterval: Interval | null;
  /** Two-sided p-value of the pooled two-proportion z-test, null when undefined. */
  p: number | null;
  /** p < alpha. */
  significant: boolean;
  /** P(rate at the moment > rate otherwise | data), Beta(1, 1) priors. */
  chanceHigher: number | null;
}

/** Options of `momentAcceptance`. */
export interface AcceptanceOptions {
  /** Offers made on days fromDay … toDay are compared. */
  fromDay: number;
  toDay: number;
  asOf: number;
  /** N of "within N days". */
  withinDays: number;
  level: number;
  alpha: number;
  /** Only entries of this rule index make a moment (default: any rule). */
  rule?: number;
}

/** Whether each offer (in `offers` order) is at the moment. */
export function atMoment(offers: readonly OfferLike[], entries: TriggerEntries, withinDays: number, rule?: number): boolean[] {
  const byCustomer = new Map<number, number[]>();
  for (let k = 0; k < entries.length; k++) {
    if (rule !== undefined && entries.rule[k] !== rule) continue;
    const c = entries.customer[k]!;
    let list = byCustomer.get(c);
    if (!list) byCustomer.set(c, (list = []));
    list.push(entries.day[k]!);
  }
  return offers.map((o) => (byCustomer.get(o.customer) ?? []).some((e) => e <= o.day && o.day - e <= withinDays));
}

function group(offers: number, accepted: number, level: number): AcceptanceGroup {
  return { offers, accepted, rate: offers > 0 ? accepted / offers : null, interval: wilson(accepted, offers, level) };
}

/** Compares counts (x = accepted, n = offers) at the moment (2) against otherwise (1). */
export function compareAcceptance(x1: number, n1: number, x2: number, n2: number, level: number, alpha: number): AcceptanceComparison {
  const test = twoProportionZTest(x1, n1, x2, n2);
  const p1 = n1 > 0 ? x1 / n1 : null;
  const p2 = n2 > 0 ? x2 / n2 : null;
  return {
    moment: group(n2, x2, level),
    otherwise: group(n1, x1, level),
    lift: p1 !== null && p2 !== null && p1 > 0 ? p2 / p1 - 1 : null,
    liftInterval: relativeLiftInterval(x1, n1, x2, n2, level),
    difference: p1 !== null && p2 !== null ? p2 - p1 : null,
    differenceInterval: differenceInterval(x1, n1, x2, n2, level),
    p: test?.p ?? null,
    significant: test !== null && test.p < alpha,
    chanceHigher: n1 > 0 && n2 > 0 ? chanceToBeat(x1, n1, x2, n2) : null,
  };
}

/** Acceptance at the moment vs otherwise over the offers of `fromDay … toDay`; `group` splits them (e.g. by segment). */
export function momentAcceptance(
  offers: readonly OfferLike[],
  entries: TriggerEntries,
  options: AcceptanceOptions,
  groupOf?: { group: ArrayLike<number>; count: number },
): { all: AcceptanceComparison; byGroup: AcceptanceComparison[] } {
  const moment = atMoment(offers, entries, options.withinDays, options.rule);
  const groups = groupOf?.count ?? 0;
  const n = [new Array<number>(groups + 1).fill(0), new Array<number>(groups + 1).fill(0)];
  const x = [new Array<number>(groups + 1).fill(0), new Array<number>(groups + 1).fill(0)];
  offers.forEach((o, i) => {
    if (o.day < options.fromDay || o.day > options.toDay || o.day > options.asOf) return;
    const side = moment[i] ? 1 : 0;
    const yes = o.accepted && (o.acceptedDay === null || o.acceptedDay <= options.asOf) ? 1 : 0;
    n[side]![groups]!++;
    x[side]![groups]! += yes;
    const g = groupOf ? groupOf.group[o.customer]! : -1;
    if (g >= 0 && g < groups) {
      n[side]![g]!++;
      x[side]![g]! += yes;
    }
  });
  const compare = (g: number) => compareAcceptance(x[0]![g]!, n[0]![g]!, x[1]![g]!, n[1]![g]!, options.level, options.alpha);
  return { all: compare(groups), byGroup: Array.from({ length: groups }, (_, g) => compare(g)) };
}
