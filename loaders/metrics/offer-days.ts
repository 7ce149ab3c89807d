/**
 * Offer days per customer in compressed-row form, for "the first offer on or after day d"
 * lookups by the coverage and acceptance metrics. Pure.
 */

/** An offer as the metrics need it. */
export interface OfferLike {
  customer: number;
  day: number;
  accepted: boolean;
  /** Day of acceptance, or null (not accepted, or accepted without a date). */
  acceptedDay: number | null;
}

/** Offer days per customer, ascending. */
export interface OfferDays {
  offsets: Int32Array;
  days: Int32Array;
}

/** Offer days of `customerCount` customers, offers after `asOf` left out. */
export function offerDays(offers: readonly OfferLike[], customerCount: number, asOf: number): OfferDays {
  const kept = offers.filter((o) => o.day <= asOf);
  const offsets = new Int32Array(customerCount + 1);
  for (const o of kept) offsets[o.customer + 1]!++;
  for (let c = 0; c < customerCount; c++) offsets[c + 1]! += offsets[c]!;
  const fill = offsets.slice(0, customerCount);
  const days = new Int32Array(kept.length);
  for (const o of kept) days[fill[o.customer]!++] = o.day;
  for (let c = 0; c < customerCount; c++) days.subarray(offsets[c]!, offsets[c + 1]!).sort();
  return { offsets, days };
}

/** The first offer day of customer c on or after `day`, or null. */
export function firstOfferFrom(o: OfferDays, c: number, day: number): number | null {
  for (let i = o.offsets[c]!; i < o.offsets[c + 1]!; i++) if (o.days[i]! >= day) return o.days[i]!;
  return null;
}
