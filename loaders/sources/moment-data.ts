/**
 * What the signals, profiles and offers exports hold once read: rows that point at customers by
 * index into one id list shared by the three kinds. The ids stay in the loaders (only the
 * campaign export may read them); metrics see indexes.
 */
import type { OfferRow } from "../schemas/offers.ts";
import type { ProfileRow } from "../schemas/profiles.ts";
import type { SignalRow } from "../schemas/signals.ts";

/** One declared profile field. */
export interface ProfileFieldInfo {
  id: string;
  /** Name on the site. */
  name: string;
}

/** The rows of the three kinds, in file order. */
export interface MomentData {
  /** Customer ids by index (never for the bundle). */
  customerIds: string[];
  /** Id → index. */
  customerIndex: Map<string, number>;
  signals: SignalRow[];
  profiles: ProfileRow[];
  /** The declared profile fields (bit i of `ProfileRow.filled` is field i). */
  profileFields: ProfileFieldInfo[];
  offers: OfferRow[];
  /** Offer or campaign names by index. */
  offerNames: string[];
  /** `customer|day` keys of profile snapshots, and `customer|day|offer` keys of offers, already read. */
  seen: Set<string>;
}

/** An empty collection. */
export function emptyMomentData(): MomentData {
  return { customerIds: [], customerIndex: new Map(), signals: [], profiles: [], profileFields: [], offers: [], offerNames: [], seen: new Set() };
}

/** The index of customer `id`, adding it when new. */
export function customerOf(data: MomentData, id: string): number {
  let c = data.customerIndex.get(id);
  if (c === undefined) {
    c = data.customerIds.length;
    data.customerIds.push(id);
    data.customerIndex.set(id, c);
  }
  return c;
}
