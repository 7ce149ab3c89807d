/**
 * Per trigger per month of entry: customers entering it, how many were followed by an offer within
 * N days (coverage), the median days to the first offer, and how many got no offer at all up to
 * the as-of day. Coverage is judged only on entries whose N days are over by the as-of day
 * (entry + N ≤ as-of), covered or not, so a month still running is not flattered by its early
 * offers; newer entries count in `entries` but not in `judged` or `covered`.
 */
import { monthOfDay } from "../lib/months.ts";
import { firstOfferFrom, type OfferDays } from "./offer-days.ts";
import type { TriggerEntries } from "./trigger-entries.ts";

/** Coverage figures, one value per month (or per group). */
export interface CoverageCounts {
  /** Entries (a customer entering the trigger). */
  entries: number[];
  /** Entries that can be judged: their N days are over by the as-of day. */
  judged: number[];
  /** Judged entries with an offer on day e … e + N. */
  covered: number[];
  /** Entries with no offer on or after the entry day up to the as-of day. */
  never: number[];
  /** Median days from entry to the first offer (entries with an offer), null without any. */
  medianDays: (number | null)[];
}

/** Options of `triggerCoverage`. */
export interface CoverageOptions {
  /** Months (indexes) of the axis. */
  first: number;
  last: number;
  asOf: number;
  /** N: an offer at most this many days after entry covers it. */
  withinDays: number;
  ruleCount: number;
  /** First day of the window of `byGroup`, `byRule` and `window` (entries from it to as-of). */
  windowFrom: number;
  /** Group per customer (e.g. RFM segment, 0..groupCount−1) for `byGroup`. */
  group?: ArrayLike<number>;
  groupCount?: number;
}

/** What `triggerCoverage` returns. */
export interface TriggerCoverage {
  /** Per rule, per month. */
  rules: CoverageCounts[];
  /** All rules together, per month. */
  total: CoverageCounts;
  /** Per group (all rules), entries in the window. */
  byGroup: CoverageCounts;
  /** Per rule (index = rule), entries in the window. */
  byRule: CoverageCounts;
  /** All rules, entries in the window (one value). */
  window: CoverageCounts;
}

function empty(n: number): { c: Omit<CoverageCounts, "medianDays">; waits: number[][] } {
  const zeros = () => new Array<number>(n).fill(0);
  return { c: { entries: zeros(), judged: zeros(), covered: zeros(), never: zeros() }, waits: Array.from({ length: n }, () => []) };
}

function median(v: number[]): number | null {
  if (v.length === 0) return null;
  v.sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 === 1 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** Coverage of the trigger entries by the offers (both up to `asOf`). */
export function triggerCoverage(entries: TriggerEntries, offers: OfferDays, options: CoverageOptions): TriggerCoverage {
  const months = options.last - options.first + 1;
  const rules = Array.from({ length: options.ruleCount }, () => empty(months));
  const total = empty(months);
  const groups = empty(options.groupCount ?? 0);
  const byRule = empty(options.ruleCount);
  const window = empty(1);
  const add = (acc: ReturnType<typeof empty>, i: number, e: number, first: number | null) => {
    const judged = e + options.withinDays <= options.asOf;
    acc.c.entries[i]!++;
    if (judged) acc.c.judged[i]!++;
    if (judged && first !== null && first - e <= options.withinDays) acc.c.covered[i]!++;
    if (first === null) acc.c.never[i]!++;
    else acc.waits[i]!.push(first - e);
  };
  for (let k = 0; k < entries.length; k++) {
    const e = entries.day[k]!;
    if (e > options.asOf) continue;
    const c = entries.customer[k]!;
    const first = firstOfferFrom(offers, c, e);
    const m = monthOfDay(e) - options.first;
    if (m >= 0 && m < months) {
      add(rules[entries.rule[k]!]!, m, e, first);
      add(total, m, e, first);
    }
    if (e < options.windowFrom) continue;
    add(byRule, entries.rule[k]!, e, first);
    add(window, 0, e, first);
    const g = options.group ? options.group[c]! : -1;
    if (g >= 0 && g < groups.c.entries.length) add(groups, g, e, first);
  }
  const done = (acc: ReturnType<typeof empty>): CoverageCounts => ({ ...acc.c, medianDays: acc.waits.map(median) });
  return { rules: rules.map(done), total: done(total), byGroup: done(groups), byRule: done(byRule), window: done(window) };
}
