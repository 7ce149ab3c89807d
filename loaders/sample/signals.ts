/**
 * The behavioural signals of the sample, `signals/signals-YYYY.csv` (an app-analytics style
 * export: comma, ISO UTC timestamps, decimal point, the export's own event names mapped in
 * `data/klantbeeld.yaml`). Over the last 12 months, for a panel of registered customers and some
 * prospects: web visits, e-mail opens and clicks, app use, FAQ views, downloads, demo requests,
 * registrations, calls to customer service (sometimes twice in a short span) and, for mobile
 * customers, two bundle-usage readings a month (share of the month's bundle used so far), with
 * now and then a heavy month in which the bundle runs out early. Some customers fall silent.
 */
import { daysInMonth, monthStart } from "../lib/months.ts";
import { LAST_DAY, LAST_MONTH, utcStamp } from "./calendar.ts";
import { csvRow } from "./format.ts";
import type { Random } from "./random.ts";

/** First month with signals, offers and profiles (12 months up to the sample's last month). */
export const MOMENT_FIRST_MONTH = LAST_MONTH - 11;

/** Header of the signals export. */
export const SIGNALS_HEADER = "klant_id,tijdstip,gebeurtenis,waarde";

/** The export's own event names (mapped to the vocabulary in the config's `typeMap`). */
export const EVENT_NAMES = {
  web_visit: "page_view",
  email_open: "email_open",
  email_click: "email_click",
  app_use: "app_sessie",
  faq_view: "faq_view",
  download: "download",
  demo_request: "demo_request",
  registration: "registratie",
  service_contact: "klantcontact",
  usage: "bundel_verbruik",
} as const;

/** A generated signal (customer id, local day and minute, vocabulary type, value). */
export interface SampleSignal {
  customer: string;
  day: number;
  minute: number;
  type: keyof typeof EVENT_NAMES;
  value: number | null;
}

/** A panel member's traits. */
export interface PanelMember {
  id: string;
  /** Has a mobile bundle (usage readings). */
  mobile: boolean;
  /** Uses the app. */
  app: boolean;
  /** Engagement level (multiplies the monthly event rates). */
  engagement: number;
  /** Usual share of the bundle used by the month end. */
  usage: number;
  /** Days without any signal: [from, to), or null. */
  quiet: [number, number] | null;
  /** A prospect (not a customer in the transactions). */
  prospect: boolean;
}

/** Monthly event rates at engagement 1. */
const RATES: readonly [SampleSignal["type"], number][] = [
  ["web_visit", 0.7],
  ["email_open", 0.5],
  ["email_click", 0.12],
  ["faq_view", 0.12],
  ["download", 0.04],
  ["demo_request", 0.01],
  ["service_contact", 0.12],
];

/** All signals of one panel member, by day. */
export function memberSignals(rng: Random, m: PanelMember): SampleSignal[] {
  const out: SampleSignal[] = [];
  const push = (day: number, type: SampleSignal["type"], value: number | null = null) => {
    if (day > LAST_DAY || (m.quiet && day >= m.quiet[0] && day < m.quiet[1])) return;
    out.push({ customer: m.id, day, minute: 8 * 60 + rng.int(0, 14 * 60 - 1), type, value });
  };
  for (let month = MOMENT_FIRST_MONTH; month <= LAST_MONTH; month++) {
    const start = monthStart(month);
    const length = daysInMonth(Math.floor(month / 12), (month % 12) + 1);
    if (m.prospect) {
      if (month === MOMENT_FIRST_MONTH + (m.id.charCodeAt(m.id.length - 1) % 12)) {
        const day = start + rng.int(0, length - 1);
        push(day, "web_visit");
        push(day, "registration");
        if (rng.chance(0.3)) push(day + rng.int(0, 3), "demo_request");
      }
      continue;
    }
    for (const [type, rate] of RATES) {
      const n = rng.poisson(rate * (type === "service_contact" ? 1 : m.engagement));
      for (let k = 0; k < n; k++) {
        const day = start + rng.int(0, length - 1);
        push(day, type);
        // A problem seldom ends with one call.
        if (type === "service_contact" && rng.chance(0.35)) push(day + rng.int(1, 20), "service_contact");
      }
    }
    if (m.app) for (let k = rng.poisson(1.2 * m.engagement); k > 0; k--) push(start + rng.int(0, length - 1), "app_use");
    if (m.mobile) {
      const heavy = rng.chance(0.08) ? 1.7 : 1;
      const used = m.usage * heavy * Math.exp(0.12 * rng.normal());
      for (const at of [rng.int(10, 13), rng.int(22, 25)]) {
        const share = Math.min(2.5, used * (at / length) * Math.exp(0.05 * rng.normal()));
        push(start + at - 1, "usage", Math.round(share * 100) / 100);
      }
    }
  }
  return out.sort((a, b) => a.day - b.day || a.minute - b.minute);
}

/** The signals files by path relative to `data/` (one per UTC year), UTF-8 without BOM, LF. */
export function signalsFiles(signals: readonly SampleSignal[]): Map<string, Buffer> {
  const rows = signals
    .map((s) => ({ s, stamp: utcStamp(s.day, s.minute) }))
    .sort((a, b) => (a.stamp < b.stamp ? -1 : a.stamp > b.stamp ? 1 : a.s.customer < b.s.customer ? -1 : a.s.customer > b.s.customer ? 1 : 0));
  const years = new Map<string, string[]>();
  for (const { s, stamp } of rows) {
    const year = stamp.slice(0, 4);
    if (!years.has(year)) years.set(year, []);
    years.get(year)!.push(csvRow([s.customer, stamp, EVENT_NAMES[s.type], s.value === null ? "" : s.value.toFixed(2)], ","));
  }
  const files = new Map<string, Buffer>();
  for (const [year, lines] of years) files.set(`signals/signals-${year}.csv`, Buffer.from(`${[SIGNALS_HEADER, ...lines].join("\n")}\n`, "utf8"));
  return files;
}
