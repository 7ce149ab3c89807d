/**
 * The offers of the sample, `offers/aanbiedingen.csv` (comma, yyyy-mm-dd, ja/nee): the business
 * answers some trigger entries on time (within the configured N days), some late and some never,
 * and sends a monthly campaign to a random tenth of the panel. The planted effect: an offer made
 * at the moment — within N days after any trigger entry, judged by the same rules the dashboard
 * evaluates — is accepted with chance `ACCEPT_AT_MOMENT`, any other with `ACCEPT_OTHERWISE`, a
 * relative lift of `PLANTED_LIFT` that the acceptance comparison must recover.
 */
import { monthStart } from "../lib/months.ts";
import { atMoment } from "../metrics/moment-acceptance.ts";
import { firstSignalDay, type Timeline } from "../metrics/timeline.ts";
import { triggerEntries } from "../metrics/trigger-entries.ts";
import type { TriggerSettings } from "../schemas/triggers.ts";
import { LAST_DAY, LAST_MONTH } from "./calendar.ts";
import { csvRow } from "./format.ts";
import type { Random } from "./random.ts";
import { MOMENT_FIRST_MONTH, type PanelMember } from "./signals.ts";
import { isoDay } from "../lib/months.ts";

/** Acceptance chance of an offer at the moment. */
export const ACCEPT_AT_MOMENT = 0.3;
/** Acceptance chance of any other offer. */
export const ACCEPT_OTHERWISE = 0.24;
/** The planted relative lift: 0.30 ÷ 0.24 − 1 = 25 %. */
export const PLANTED_LIFT = ACCEPT_AT_MOMENT / ACCEPT_OTHERWISE - 1;

/** Header of the offers export. */
export const OFFERS_HEADER = "klant_id,datum_aanbod,campagne,kanaal,geaccepteerd,datum_acceptatie";

/** Per trigger id: the offer, its channel and the chances of an on-time and of a late answer. */
const ANSWERS: Readonly<Record<string, { offer: string; channel: string; onTime: number; late: number }>> = {
  "bundel-bijna-op": { offer: "Extra data 5 GB", channel: "app", onTime: 0.55, late: 0.2 },
  "verbruik-stijgt": { offer: "Groter abonnement", channel: "e-mail", onTime: 0.4, late: 0.2 },
  "klantenservice-2x": { offer: "Service-check met korting", channel: "telefoon", onTime: 0.3, late: 0.25 },
  stil: { offer: "We missen je", channel: "e-mail", onTime: 0.35, late: 0.2 },
  "over-tijd": { offer: "Tijd voor een nieuw toestel", channel: "e-mail", onTime: 0.25, late: 0.2 },
};

/** A generated offer (panel index). */
interface SampleOffer {
  customer: number;
  day: number;
  offer: string;
  channel: string;
}

/** The offers file for the panel whose signals and purchases make `timeline` (panel order = customer index). */
export function offersFile(rng: Random, panel: readonly PanelMember[], t: Timeline, triggers: TriggerSettings, overdueFactor: number): Map<string, Buffer> {
  const N = triggers.offerWithinDays;
  const entries = triggerEntries(t, triggers.rules, { asOf: LAST_DAY, overdueFactor, observedFrom: firstSignalDay(t) });
  const from = monthStart(MOMENT_FIRST_MONTH);
  const offers: SampleOffer[] = [];
  for (let k = 0; k < entries.length; k++) {
    if (entries.day[k]! < from) continue;
    const answer = ANSWERS[triggers.rules[entries.rule[k]!]!.id];
    if (!answer) continue;
    const r = rng.next();
    const delay = r < answer.onTime ? rng.int(0, N) : r < answer.onTime + answer.late ? rng.int(N + 1, 60) : -1;
    if (delay >= 0 && entries.day[k]! + delay <= LAST_DAY) offers.push({ customer: entries.customer[k]!, day: entries.day[k]! + delay, offer: answer.offer, channel: answer.channel });
  }
  for (let month = MOMENT_FIRST_MONTH; month <= LAST_MONTH; month++) {
    panel.forEach((m, c) => {
      if (!m.prospect && rng.chance(0.1)) offers.push({ customer: c, day: monthStart(month) + 4, offer: "Maandaanbieding", channel: "e-mail" });
    });
  }
  const seen = new Set<string>();
  const unique = offers
    .sort((a, b) => a.day - b.day || a.customer - b.customer || (a.offer < b.offer ? -1 : a.offer > b.offer ? 1 : 0))
    .filter((o) => {
      const key = `${o.customer}|${o.day}|${o.offer}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const moment = atMoment(unique.map((o) => ({ ...o, accepted: false, acceptedDay: null })), entries, N);
  const lines = unique.map((o, i) => {
    const accepted = rng.chance(moment[i] ? ACCEPT_AT_MOMENT : ACCEPT_OTHERWISE);
    const acceptedDay = accepted && !rng.chance(0.06) ? Math.min(LAST_DAY, o.day + rng.int(0, 7)) : null;
    return csvRow([panel[o.customer]!.id, isoDay(o.day), o.offer, o.channel, accepted ? "ja" : "nee", acceptedDay === null ? "" : isoDay(acceptedDay)], ",");
  });
  return new Map([["offers/aanbiedingen.csv", Buffer.from(`${[OFFERS_HEADER, ...lines].join("\n")}\n`, "utf8")]]);
}
