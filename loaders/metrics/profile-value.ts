/**
 * Which profile fields go with higher revenue and retention — descriptively, NOT causally: a
 * customer who buys a lot may simply have been asked for more details. Per declared field, the
 * customers whose latest snapshot (on or before as-of) holds it against those whose does not:
 * their mean revenue over the revenue window and their share still active (a purchase within
 * `activeDays` before as-of).
 */
import type { SnapshotLike } from "./profile-completeness.ts";

/** One side of the comparison. */
export interface ProfileGroup {
  customers: number;
  /** Mean revenue per customer, null for an empty group. */
  meanRevenue: number | null;
  /** Customers with a purchase in the last `activeDays` days. */
  active: number;
  activeShare: number | null;
}

/** One field: with it against without it. */
export interface FieldValue {
  field: number;
  with: ProfileGroup;
  without: ProfileGroup;
  /** Mean revenue with ÷ without, null when undefined. */
  revenueRatio: number | null;
  /** Active share with − without, null when undefined. */
  activeDifference: number | null;
}

/** Options of `profileValue`. */
export interface ProfileValueOptions {
  asOf: number;
  /** A customer is active with a purchase on asOf − activeDays + 1 … asOf. */
  activeDays: number;
}

function side(customers: number, revenue: number, active: number): ProfileGroup {
  return { customers, meanRevenue: customers > 0 ? revenue / customers : null, active, activeShare: customers > 0 ? active / customers : null };
}

/**
 * Per field the comparison. `revenue[c]` is customer c's revenue in the window, `lastPurchase[c]`
 * their last purchase day on or before as-of (−1 for none).
 */
export function profileValue(snapshots: readonly SnapshotLike[], fieldCount: number, revenue: ArrayLike<number>, lastPurchase: ArrayLike<number>, options: ProfileValueOptions): FieldValue[] {
  const latest = new Map<number, SnapshotLike>();
  for (const s of snapshots) {
    if (s.day > options.asOf) continue;
    const known = latest.get(s.customer);
    if (!known || s.day > known.day) latest.set(s.customer, s);
  }
  const n = [Array<number>(fieldCount).fill(0), Array<number>(fieldCount).fill(0)];
  const sum = [Array<number>(fieldCount).fill(0), Array<number>(fieldCount).fill(0)];
  const act = [Array<number>(fieldCount).fill(0), Array<number>(fieldCount).fill(0)];
  for (const [c, s] of latest) {
    const active = lastPurchase[c]! >= 0 && lastPurchase[c]! > options.asOf - options.activeDays ? 1 : 0;
    for (let f = 0; f < fieldCount; f++) {
      const has = s.filled & (1 << f) ? 1 : 0;
      n[has]![f]!++;
      sum[has]![f]! += revenue[c]!;
      act[has]![f]! += active;
    }
  }
  return Array.from({ length: fieldCount }, (_, f) => {
    const w = side(n[1]![f]!, sum[1]![f]!, act[1]![f]!);
    const wo = side(n[0]![f]!, sum[0]![f]!, act[0]![f]!);
    return {
      field: f,
      with: w,
      without: wo,
      revenueRatio: w.meanRevenue !== null && wo.meanRevenue !== null && wo.meanRevenue > 0 ? w.meanRevenue / wo.meanRevenue : null,
      activeDifference: w.activeShare !== null && wo.activeShare !== null ? w.activeShare - wo.activeShare : null,
    };
  });
}
