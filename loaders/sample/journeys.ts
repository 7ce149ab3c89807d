/**
 * The web-analytics export, `journeys/journeys-YYYY.csv`: visitors and conversions per day,
 * journey and customer type, written the Dutch way (`;`, `dd-mm-yyyy`, `12.345`).
 * Traffic follows the weekday, the season and a digital growth trend; one outage day and one
 * lasting improvement (after the one-step checkout test) give the charts something to show.
 */
import { dayOf, monthOfDay } from "../lib/months.ts";
import { FIRST_DAY, LAST_DAY, progress, season, weekday } from "./calendar.ts";
import { csvRow, dutchCount, dutchDate } from "./format.ts";
import type { Random } from "./random.ts";

/** Header of the journeys export. */
export const JOURNEYS_HEADER = "Datum;Journey;Klanttype;Bezoekers;Conversies";

/** Journeys with daily visitors and conversion rate per customer type (existing, new). */
const JOURNEYS: readonly { name: string; visitors: [number, number]; rate: [number, number] }[] = [
  { name: "Mobiel verlengen", visitors: [2200, 150], rate: [0.045, 0.02] },
  { name: "TV-pagina's", visitors: [1500, 700], rate: [0.02, 0.012] },
  { name: "Internet bestellen", visitors: [900, 1100], rate: [0.03, 0.035] },
  { name: "Sim-only", visitors: [1800, 2600], rate: [0.05, 0.04] },
  { name: "Zakelijk offerte", visitors: [14, 9], rate: [0.12, 0.08] },
];
const TYPES = ["Bestaande klant", "Nieuwe klant"] as const;
/** Visitors by weekday, Sunday first. */
const WEEKDAY = [0.8, 1.1, 1.05, 1.0, 1.0, 0.95, 0.85];
/** A checkout outage: conversions drop to a fifth on this day. */
const OUTAGE = dayOf(2025, 9, 12);
/** From this day the one-step checkout is live: "Mobiel verlengen" converts 10 % better. */
const ONE_STEP = dayOf(2025, 6, 1);

/** The journeys files by path relative to `data/`: UTF-8 without BOM, LF line ends. */
export function journeysFiles(rng: Random): Map<string, Buffer> {
  const years = new Map<string, string[]>();
  for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
    const month = monthOfDay(day);
    const traffic = WEEKDAY[weekday(day)]! * season(month) * (1 + 0.3 * progress(month));
    const date = dutchDate(day);
    const year = date.slice(6);
    if (!years.has(year)) years.set(year, []);
    const rows = years.get(year)!;
    for (const journey of JOURNEYS) {
      for (let t = 0; t < TYPES.length; t++) {
        const visitors = Math.max(0, Math.round(journey.visitors[t]! * traffic * Math.exp(0.1 * rng.normal())));
        let rate = journey.rate[t]! * Math.exp(0.15 * rng.normal());
        if (day === OUTAGE) rate *= 0.2;
        if (day >= ONE_STEP && journey.name === "Mobiel verlengen") rate *= 1.1;
        const conversions = Math.min(visitors, rng.poisson(visitors * rate));
        rows.push(csvRow([date, journey.name, TYPES[t]!, dutchCount(visitors), dutchCount(conversions)], ";"));
      }
    }
  }
  const files = new Map<string, Buffer>();
  for (const [year, rows] of years) files.set(`journeys/journeys-${year}.csv`, Buffer.from(`${[JOURNEYS_HEADER, ...rows].join("\n")}\n`, "utf8"));
  return files;
}
