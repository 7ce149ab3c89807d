/**
 * Reads offer exports: per record the customer, the day of the offer, the offer or campaign, the
 * channel and whether (and when) it was accepted. An acceptance date needs an accepted offer and
 * may not lie before the offer; the same offer to the same customer on the same day is a repeat.
 */
import type { FileAccount } from "../model/file-account.ts";
import { offerCells, type OfferSource } from "../schemas/offers.ts";
import { customerOf, type MomentData } from "./moment-data.ts";
import { readExport, REJECTED } from "./read-export.ts";

type Field = "customerId" | "date" | "offer" | "channel" | "accepted" | "acceptedDate";

/** Reads one offers file into `data`; returns its row account. */
export async function readOfferFile(source: OfferSource, path: string, file: string, reportZone: string, data: MomentData): Promise<FileAccount> {
  const rules = offerCells(source.format, reportZone);
  const names = new Map(data.offerNames.map((n, i) => [n, i]));
  return readExport<Field>(source, path, file, (row) => {
    const id = row.get("customerId", rules.customerId);
    if (id === REJECTED) return;
    const day = row.get("date", rules.date);
    if (day === REJECTED) return;
    const offer = row.get("offer", rules.offer);
    if (offer === REJECTED) return;
    const channel = row.has("channel") ? row.get("channel", rules.channel) : null;
    if (channel === REJECTED) return;
    const accepted = row.get("accepted", rules.accepted);
    if (accepted === REJECTED) return;
    const acceptedDay = row.has("acceptedDate") ? row.get("acceptedDate", rules.acceptedDate) : null;
    if (acceptedDay === REJECTED) return;
    if (acceptedDay !== null && !accepted) return void row.reject("acceptedDate", "date_without_acceptance", "an acceptance date only on an accepted offer");
    if (acceptedDay !== null && acceptedDay < day) return void row.reject("acceptedDate", "accepted_before_offer", "an acceptance date on or after the offer date");
    let index = names.get(offer);
    if (index === undefined) {
      index = data.offerNames.length;
      data.offerNames.push(offer);
      names.set(offer, index);
    }
    const customer = customerOf(data, id);
    const key = `o|${customer}|${day}|${index}`;
    if (data.seen.has(key)) return void row.reject("offer", "duplicate_offer", "each offer once per customer and day");
    data.seen.add(key);
    data.offers.push({ customer, day, offer: index, channel, accepted, acceptedDay });
  });
}
