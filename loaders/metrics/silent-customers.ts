/**
 * Silent customers ("lange tijd geen teken van leven"): a customer is silent on day d when their
 * last signal or purchase lies `silentDays` or more days before d; they fall silent on
 * lastActivity + silentDays and return on their next activity. Per month: customers falling
 * silent, how many of those have returned by the as-of day, and customers silent at the month end.
 * A silence counts only when the signals export covers all its days (entry − silentDays + 1 ≥
 * `observedFrom`): before the export began, silence cannot be told from missing data.
 */
import { monthEnd, monthOfDay, monthStart } from "../lib/months.ts";
import { activityDays, type Timeline } from "./timeline.ts";

/** Per month first … last. */
export interface SilentCustomers {
  /** Customers falling silent in the month (a customer can fall silent more than once). */
  entered: number[];
  /** Of those silences, how many ended with a new signal or purchase by the as-of day. */
  returned: number[];
  /** Customers silent on the month's last day (or the as-of day in its month). */
  silent: number[];
  /** Per group: customers silent on the as-of day. */
  silentNowByGroup: number[];
}

/** Silence for months `first … last`, days up to `asOf`. */
export function silentCustomers(t: Timeline, first: number, last: number, asOf: number, silentDays: number, groupOf?: { group: ArrayLike<number>; count: number }, observedFrom = -Infinity): SilentCustomers {
  const months = last - first + 1;
  const zeros = () => new Array<number>(months).fill(0);
  const out: SilentCustomers = { entered: zeros(), returned: zeros(), silent: zeros(), silentNowByGroup: new Array<number>(groupOf?.count ?? 0).fill(0) };
  for (let c = 0; c < t.customerCount; c++) {
    const days = activityDays(t, c, asOf);
    for (let i = 0; i < days.length; i++) {
      const entry = days[i]! + silentDays;
      const next = i + 1 < days.length ? days[i + 1]! : Infinity;
      if (entry >= next || entry > asOf || entry - silentDays + 1 < observedFrom) continue;
      const m = monthOfDay(entry) - first;
      if (m >= 0 && m < months) {
        out.entered[m]!++;
        if (next <= asOf) out.returned[m]!++;
      }
      // Silent from `entry` to `next − 1`: count the month ends in that stretch.
      for (let k = Math.max(0, monthOfDay(entry) - first); k < months; k++) {
        if (monthStart(first + k) > asOf) break;
        const end = Math.min(monthEnd(first + k), asOf);
        if (end >= next) break;
        if (end >= entry) out.silent[k]!++;
      }
      if (next > asOf && groupOf) {
        const g = groupOf.group[c]!;
        if (g >= 0 && g < out.silentNowByGroup.length) out.silentNowByGroup[g]!++;
      }
    }
  }
  return out;
}
