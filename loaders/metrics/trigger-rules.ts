/**
 * The entry days of one customer into one trigger rule. A rule is a per-day state ("is the
 * customer in this situation on day d?"); a customer enters on a day the state is true and was
 * false the day before. Only data up to each day is used, and nothing after `asOf`.
 *
 * - threshold: the latest reading of the signal (the last one of its day) is ≥ atLeast.
 * - rising: the latest reading's pace (value ÷ day of the month) is ≥ factor × the median pace of
 *   the readings in the `baselineDays` days before it (at least `minReadings` of them).
 * - count: at least `atLeast` signals of the type in the `withinDays` days ending on d.
 * - silence: no signal and no purchase in the `days` days ending on d, after a first activity:
 *   entered on lastActivity + days — only once the signals export covers all those days
 *   (d − days + 1 ≥ `observedFrom`), since before it began silence cannot be told from no data.
 * - overdue: days since the last purchase ≥ overdueFactor × the median gap of the purchases so
 *   far (the repurchase model's "overdue", `moment-of-truth.ts`).
 */
import { monthOfDay, monthStart } from "../lib/months.ts";
import type { TriggerCondition } from "../schemas/triggers.ts";
import { activityDays, type Timeline, TYPE_INDEX } from "./timeline.ts";

/** Readings of one signal type of customer c up to `asOf`: the last value per day (days with no value skipped). */
function readings(t: Timeline, c: number, type: number, asOf: number): { day: number; value: number }[] {
  const out: { day: number; value: number }[] = [];
  for (let i = t.offsets[c]!; i < t.offsets[c + 1]!; i++) {
    if (t.types[i] !== type || t.days[i]! > asOf || Number.isNaN(t.values[i]!)) continue;
    if (out.at(-1)?.day === t.days[i]) out.at(-1)!.value = t.values[i]!;
    else out.push({ day: t.days[i]!, value: t.values[i]! });
  }
  return out;
}

/** Median of a non-empty list (sorts a copy). */
function median(values: readonly number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 === 1 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** Entry days of states that change only on the given days: true after false. */
function entries(states: readonly { day: number; on: boolean }[]): number[] {
  const out: number[] = [];
  let before = false;
  for (const s of states) {
    if (s.on && !before) out.push(s.day);
    before = s.on;
  }
  return out;
}

/** The days customer c enters the trigger `rule`, ascending, up to `asOf`. */
export function ruleEntries(t: Timeline, c: number, rule: TriggerCondition, asOf: number, overdueFactor: number, observedFrom = -Infinity): number[] {
  switch (rule.rule) {
    case "threshold":
      return entries(readings(t, c, TYPE_INDEX.get(rule.signal)!, asOf).map((r) => ({ day: r.day, on: r.value >= rule.atLeast })));
    case "rising": {
      const list = readings(t, c, TYPE_INDEX.get(rule.signal)!, asOf).map((r) => ({ day: r.day, pace: r.value / (r.day - monthStart(monthOfDay(r.day)) + 1) }));
      return entries(
        list.map((r, i) => {
          const base = list.slice(0, i).filter((b) => b.day >= r.day - rule.baselineDays).map((b) => b.pace);
          const baseline = base.length >= rule.minReadings ? median(base) : Number.NaN;
          return { day: r.day, on: baseline > 0 && r.pace >= rule.factor * baseline };
        }),
      );
    }
    case "count": {
      const type = TYPE_INDEX.get(rule.signal)!;
      const days: number[] = [];
      for (let i = t.offsets[c]!; i < t.offsets[c + 1]!; i++) if (t.types[i] === type && t.days[i]! <= asOf) days.push(t.days[i]!);
      const inWindow = (from: number, to: number) => days.filter((d) => d >= from && d <= to).length;
      return [...new Set(days)].filter((d) => inWindow(d - rule.withinDays + 1, d) >= rule.atLeast && inWindow(d - rule.withinDays, d - 1) < rule.atLeast);
    }
    case "silence": {
      const days = activityDays(t, c, asOf);
      const out: number[] = [];
      for (let i = 0; i < days.length; i++) {
        const entry = days[i]! + rule.days;
        const next = i + 1 < days.length ? days[i + 1]! : Infinity;
        if (entry < next && entry <= asOf && entry - rule.days + 1 >= observedFrom) out.push(entry);
      }
      return out;
    }
    case "overdue": {
      const p = t.purchases;
      const out: number[] = [];
      const gaps: number[] = [];
      for (let k = p.offsets[c]! + 1; k < p.offsets[c + 1]!; k++) {
        const day = p.days[k]!;
        if (day > asOf) break;
        gaps.push(day - p.days[k - 1]!);
        const entry = day + Math.ceil(overdueFactor * median(gaps));
        const next = k + 1 < p.offsets[c + 1]! ? p.days[k + 1]! : Infinity;
        if (entry < next && entry <= asOf) out.push(entry);
      }
      return out;
    }
  }
}
