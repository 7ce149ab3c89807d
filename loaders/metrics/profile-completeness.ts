/**
 * Profile completeness per month: each customer's latest profile snapshot on or before the month
 * end; per declared field the share of those profiles that hold it, and overall the share of all
 * field cells that are filled (filled fields ÷ (profiles × fields)). Per group too. Pure.
 */
import { monthEnd } from "../lib/months.ts";

/** A snapshot as the metric needs it: bit i of `filled` = field i is filled. */
export interface SnapshotLike {
  customer: number;
  day: number;
  filled: number;
}

/** Per month first … last. */
export interface ProfileCompleteness {
  /** Customers with a snapshot on or before the month end. */
  profiles: number[];
  /** Per field: profiles holding it. */
  filled: number[][];
  /** Filled cells ÷ (profiles × fields), null without profiles. */
  overall: (number | null)[];
  /** Per group: profiles and filled cells per month. */
  byGroup: { profiles: number[]; cells: number[] }[];
}

/** Number of set bits of a 31-bit integer. */
export function bitCount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/** Completeness of `fieldCount` fields in months `first … last`, snapshots after `asOf` left out. */
export function profileCompleteness(
  snapshots: readonly SnapshotLike[],
  fieldCount: number,
  first: number,
  last: number,
  asOf: number,
  groupOf?: { group: ArrayLike<number>; count: number },
): ProfileCompleteness {
  const months = last - first + 1;
  const zeros = () => new Array<number>(months).fill(0);
  const out = { profiles: zeros(), filled: Array.from({ length: fieldCount }, zeros), byGroup: Array.from({ length: groupOf?.count ?? 0 }, () => ({ profiles: zeros(), cells: zeros() })) };
  const cells = zeros();
  const byCustomer = new Map<number, SnapshotLike[]>();
  for (const s of snapshots) {
    if (s.day > asOf) continue;
    let list = byCustomer.get(s.customer);
    if (!list) byCustomer.set(s.customer, (list = []));
    list.push(s);
  }
  for (const [c, list] of byCustomer) {
    list.sort((a, b) => a.day - b.day);
    const g = groupOf ? groupOf.group[c]! : -1;
    let k = -1;
    for (let m = 0; m < months; m++) {
      while (k + 1 < list.length && list[k + 1]!.day <= monthEnd(first + m)) k++;
      if (k < 0) continue;
      const filled = list[k]!.filled;
      out.profiles[m]!++;
      const n = bitCount(filled);
      cells[m]! += n;
      for (let f = 0; f < fieldCount; f++) if (filled & (1 << f)) out.filled[f]![m]!++;
      if (g >= 0 && g < out.byGroup.length) {
        out.byGroup[g]!.profiles[m]!++;
        out.byGroup[g]!.cells[m]! += n;
      }
    }
  }
  return { ...out, overall: out.profiles.map((p, m) => (p > 0 && fieldCount > 0 ? cells[m]! / (p * fieldCount) : null)) };
}
