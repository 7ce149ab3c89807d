/**
 * The engaged share per month: of the customers known and alive — with a signal or purchase in the
 * 365 days up to the month end — the share that sent an engagement signal in the month (any type
 * but `usage`, which the network records without the customer doing anything). Per group too.
 */
import { monthEnd, monthStart } from "../lib/months.ts";
import { activityDays, type Timeline, TYPE_INDEX } from "./timeline.ts";

/** Days of activity that keep a customer in the base. */
export const BASE_DAYS = 365;

/** Counts per month (and per group per month). */
export interface EngagedShare {
  base: number[];
  engaged: number[];
  /** engaged ÷ base, null for an empty base. */
  share: (number | null)[];
  byGroup: { base: number[]; engaged: number[] }[];
}

/** The engaged share for months `first … last`, days up to `asOf`. */
export function engagedShare(t: Timeline, first: number, last: number, asOf: number, groupOf?: { group: ArrayLike<number>; count: number }): EngagedShare {
  const months = last - first + 1;
  const zeros = () => new Array<number>(months).fill(0);
  const out = { base: zeros(), engaged: zeros(), byGroup: Array.from({ length: groupOf?.count ?? 0 }, () => ({ base: zeros(), engaged: zeros() })) };
  const usage = TYPE_INDEX.get("usage")!;
  for (let c = 0; c < t.customerCount; c++) {
    const activity = activityDays(t, c, asOf);
    if (activity.length === 0) continue;
    const g = groupOf ? groupOf.group[c]! : -1;
    const inGroup = g >= 0 && g < out.byGroup.length;
    let a = 0;
    for (let m = 0; m < months; m++) {
      const end = Math.min(monthEnd(first + m), asOf);
      const start = monthStart(first + m);
      if (start > asOf) break;
      while (a + 1 < activity.length && activity[a + 1]! <= end) a++;
      const last = activity[a]! <= end ? activity[a]! : null;
      if (last === null || last < end - BASE_DAYS + 1) continue;
      out.base[m]!++;
      if (inGroup) out.byGroup[g]!.base[m]!++;
      let engaged = false;
      for (let i = t.offsets[c]!; i < t.offsets[c + 1]! && !engaged; i++) engaged = t.types[i] !== usage && t.days[i]! >= start && t.days[i]! <= end;
      if (engaged) {
        out.engaged[m]!++;
        if (inGroup) out.byGroup[g]!.engaged[m]!++;
      }
    }
  }
  return { ...out, share: out.base.map((b, m) => (b > 0 ? out.engaged[m]! / b : null)) };
}
