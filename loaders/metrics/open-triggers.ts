/**
 * Customers in a trigger without an offer yet: per rule, the customers who entered it on one of
 * the N days up to as-of (asOf − N … asOf: the moment is still open) and have had no offer since
 * that entry. For the campaign export only (customer indexes, never for the bundle).
 */
import { firstOfferFrom, type OfferDays } from "./offer-days.ts";
import type { TriggerEntries } from "./trigger-entries.ts";

/** One open moment: the customer and the day they entered. */
export interface OpenMoment {
  customer: number;
  entered: number;
}

/** Per rule index, the open moments sorted by customer index (latest entry per customer). */
export function openTriggers(entries: TriggerEntries, offers: OfferDays, ruleCount: number, asOf: number, withinDays: number): OpenMoment[][] {
  const latest = Array.from({ length: ruleCount }, () => new Map<number, number>());
  for (let k = 0; k < entries.length; k++) {
    const day = entries.day[k]!;
    if (day > asOf || day < asOf - withinDays) continue;
    latest[entries.rule[k]!]!.set(entries.customer[k]!, day);
  }
  return latest.map((m) =>
    [...m]
      .filter(([c, day]) => firstOfferFrom(offers, c, day) === null)
      .map(([customer, entered]) => ({ customer, entered }))
      .sort((a, b) => a.customer - b.customer),
  );
}
