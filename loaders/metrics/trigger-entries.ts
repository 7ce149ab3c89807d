/**
 * Evaluates the trigger rule table for every customer of a timeline: the days each customer
 * enters each trigger, up to the as-of day. Pure; see `trigger-rules.ts` for each rule.
 */
import type { TriggerRule } from "../schemas/triggers.ts";
import type { Timeline } from "./timeline.ts";
import { ruleEntries } from "./trigger-rules.ts";

/** Entries in columns, sorted by day, then rule (table order), then customer. */
export interface TriggerEntries {
  length: number;
  /** Index into the rule table. */
  rule: Int16Array;
  customer: Int32Array;
  day: Int32Array;
}

/** Options of `triggerEntries`. */
export interface TriggerEntryOptions {
  /** Last day evaluated (data after it is ignored). */
  asOf: number;
  /** The repurchase model's overdue factor (`repurchase.overdueFactor`, default 2). */
  overdueFactor: number;
  /** First day the signals export covers (silence is judged only within it); default: always. */
  observedFrom?: number;
}

/** The entries of all customers into all `rules`. */
export function triggerEntries(t: Timeline, rules: readonly TriggerRule[], options: TriggerEntryOptions): TriggerEntries {
  const found: [number, number, number][] = [];
  for (let c = 0; c < t.customerCount; c++) {
    rules.forEach((r, i) => {
      for (const day of ruleEntries(t, c, r.when, options.asOf, options.overdueFactor, options.observedFrom)) found.push([day, i, c]);
    });
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return {
    length: found.length,
    day: Int32Array.from(found, (f) => f[0]),
    rule: Int16Array.from(found, (f) => f[1]),
    customer: Int32Array.from(found, (f) => f[2]),
  };
}
