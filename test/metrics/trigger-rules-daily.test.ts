/**
 * The trigger rules against a literal day-by-day evaluation (an independent method): for random
 * small timelines, the state of each rule is computed for every day from its definition — and
 * "overdue" by the repurchase model's `momentOfTruth` — and the days it turns on must be exactly
 * the entries `ruleEntries` finds.
 */
import { describe, expect, it } from "vitest";
import { momentOfTruth, MOMENT_OVERDUE } from "../../loaders/metrics/moment-of-truth.ts";
import { purchaseDays } from "../../loaders/metrics/repeat-summary.ts";
import { ruleEntries } from "../../loaders/metrics/trigger-rules.ts";
import { createRandom } from "../../loaders/sample/random.ts";
import type { TriggerCondition } from "../../loaders/schemas/triggers.ts";
import { type S, tl } from "./moment-fixtures.ts";

const DAYS = 240;
const START = 20_454; // 2026-01-01: day of month = offset within the month
const dom = (day: number) => new Date(day * 86_400_000).getUTCDate();
const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The state of `rule` on day d for one customer's signals and purchase days, straight from the definition. */
function state(rule: TriggerCondition, signals: S[], purchases: number[], d: number, factor: number, observedFrom: number): boolean {
  const upTo = signals.filter((s) => s[1] <= d);
  switch (rule.rule) {
    case "threshold": {
      const last = upTo.filter((s) => s[2] === rule.signal && s[3] !== undefined).at(-1);
      return last !== undefined && last[3]! >= rule.atLeast;
    }
    case "rising": {
      const readings = upTo.filter((s) => s[2] === rule.signal && s[3] !== undefined);
      const last = readings.at(-1);
      if (!last) return false;
      // Per day only the day's last reading counts.
      const daily = readings.filter((r, i) => readings[i + 1]?.[1] !== r[1]);
      const base = daily.filter((r) => r[1] < last[1] && r[1] >= last[1] - rule.baselineDays).map((r) => r[3]! / dom(r[1]));
      return base.length >= rule.minReadings && median(base) > 0 && last[3]! / dom(last[1]) >= rule.factor * median(base);
    }
    case "count":
      return signals.filter((s) => s[2] === rule.signal && s[1] <= d && s[1] > d - rule.withinDays).length >= rule.atLeast;
    case "silence": {
      const activity = [...upTo.map((s) => s[1]), ...purchases.filter((p) => p <= d)];
      if (activity.length === 0) return false;
      const last = Math.max(...activity);
      return d - last >= rule.days && last + 1 >= observedFrom;
    }
    case "overdue": {
      const p = purchaseDays(purchases.map(() => 0), purchases, purchases.map(() => 1), 1);
      return momentOfTruth(p, d, { overdueFactor: factor }).status[0] === MOMENT_OVERDUE;
    }
  }
}

const RULES: TriggerCondition[] = [
  { rule: "threshold", signal: "usage", atLeast: 0.8 },
  { rule: "rising", signal: "usage", factor: 1.5, baselineDays: 40, minReadings: 2 },
  { rule: "count", signal: "service_contact", atLeast: 2, withinDays: 20 },
  { rule: "silence", days: 30 },
  { rule: "overdue" },
];

/** Entries found per rule over all seeds: each rule must be exercised. */
const found = new Map<string, number>();

describe("ruleEntries equals a day-by-day evaluation", () => {
  it.each([1, 2, 3, 4, 5, 6])("random timeline %i", (seed) => {
    const rng = createRandom(seed);
    const signals: S[] = [];
    const purchases: number[] = [];
    for (let d = START; d < START + DAYS; d++) {
      if (rng.chance(0.06)) signals.push([0, d, "usage", Math.round(rng.next() * 120) / 100]);
      if (rng.chance(0.04)) signals.push([0, d, "service_contact"]);
      if (rng.chance(0.02)) signals.push([0, d, "web_visit"]);
      if (rng.chance(0.025)) purchases.push(d);
    }
    const t = tl(1, signals, purchases.map((p) => [0, p] as [number, number]));
    const sorted = [...signals].sort((a, b) => a[1] - b[1]);
    const asOf = START + DAYS - 1;
    const observedFrom = START + rng.int(0, 30);
    for (const rule of RULES) {
      const expected: number[] = [];
      let before = false;
      for (let d = START - 1; d <= asOf; d++) {
        const now = state(rule, sorted, purchases, d, 2, observedFrom);
        if (now && !before && d >= START) expected.push(d);
        before = now;
      }
      expect(ruleEntries(t, 0, rule, asOf, 2, observedFrom), `${rule.rule}, seed ${seed}`).toEqual(expected);
      found.set(rule.rule, (found.get(rule.rule) ?? 0) + expected.length);
    }
  });
  it("the random timelines exercise every rule", () => {
    for (const rule of RULES) expect(found.get(rule.rule), rule.rule).toBeGreaterThan(2);
  });
});
