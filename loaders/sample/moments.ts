/**
 * The sample's listening data — signals, profile snapshots and offers — for a panel of about
 * 1,500 registered customers (drawn from those who bought in the year before the last 12
 * months or since) and some prospects. Drawn from its own random streams, so the transaction,
 * journey and experiment files stay byte-identical whatever is tuned here.
 */
import { monthStart } from "../lib/months.ts";
import { purchaseDays } from "../metrics/repeat-summary.ts";
import { timeline } from "../metrics/timeline.ts";
import { RepurchaseSettingsSchema } from "../schemas/repurchase.ts";
import type { TriggerSettings } from "../schemas/triggers.ts";
import { LAST_DAY } from "./calendar.ts";
import { offersFile } from "./offers.ts";
import { profileFiles } from "./profiles.ts";
import type { Random } from "./random.ts";
import { type Sale, saleCents } from "./sale.ts";
import { memberSignals, MOMENT_FIRST_MONTH, type PanelMember, signalsFiles } from "./signals.ts";

/** The triggers of the sample: the same table as `triggers:` in `data/klantbeeld.yaml` (a test checks). */
export const SAMPLE_TRIGGERS: TriggerSettings = {
  offerWithinDays: 14,
  silentDays: 90,
  rules: [
    { id: "bundel-bijna-op", nameNl: "Bundel bijna op", nameEn: "Bundle almost used", action: "Bied extra data of een grotere bundel aan", actionEn: "Offer extra data or a larger bundle", when: { rule: "threshold", signal: "usage", atLeast: 0.8 } },
    { id: "verbruik-stijgt", nameNl: "Verbruik stijgt snel", nameEn: "Usage rising fast", action: "Stel een abonnement voor dat bij het nieuwe verbruik past", actionEn: "Suggest a plan that fits the new usage", when: { rule: "rising", signal: "usage", factor: 1.5, baselineDays: 90, minReadings: 3 } },
    { id: "klantenservice-2x", nameNl: "Twee keer klantenservice", nameEn: "Two service contacts", action: "Bel terug en los het probleem op; daarna pas een aanbod", actionEn: "Call back and solve the problem; only then make an offer", when: { rule: "count", signal: "service_contact", atLeast: 2, withinDays: 30 } },
    { id: "stil", nameNl: "Lange tijd stil", nameEn: "Long silence", action: "Stuur een persoonlijk bericht met een voordeel", actionEn: "Send a personal message with a benefit", when: { rule: "silence", days: 90 } },
    { id: "over-tijd", nameNl: "Over tijd voor een nieuwe aankoop", nameEn: "Overdue for repurchase", action: "Herinner aan verlengen of een nieuw toestel", actionEn: "Remind them to renew or of a new device", when: { rule: "overdue" } },
  ],
};

/** Prospects in the panel (registrations without purchases). */
const PROSPECTS = 120;

/** Draws the panel from the registered customers with a sales order since a year before the first moment month. */
function drawPanel(rng: Random, sales: readonly Sale[]): PanelMember[] {
  const since = monthStart(MOMENT_FIRST_MONTH) - 365;
  const orders = new Map<string, number>();
  for (const s of sales) if (s.customer !== null && !s.isReturn && s.day >= since && s.day <= LAST_DAY) orders.set(s.customer, (orders.get(s.customer) ?? 0) + 1);
  const ids = [...orders.keys()].sort();
  const panel: PanelMember[] = [];
  const member = (id: string, prospect: boolean, buys: number): PanelMember => {
    const quiet = rng.chance(0.12) ? rng.int(monthStart(MOMENT_FIRST_MONTH), LAST_DAY - 60) : null;
    return {
      id,
      prospect,
      mobile: rng.chance(0.65),
      app: rng.chance(0.55),
      engagement: rng.gamma(2, 0.5) * (1 + 0.15 * Math.min(6, buys)),
      usage: 0.62 * Math.exp(0.3 * rng.normal()),
      quiet: quiet === null ? null : [quiet, quiet + rng.int(100, 220)],
    };
  };
  for (const id of ids) if (rng.chance(0.1)) panel.push(member(id, false, orders.get(id)!));
  for (let i = 1; i <= PROSPECTS; i++) panel.push(member(`P${900_000 + i}`, true, 0));
  return panel;
}

/** The signals, profiles and offers files, path relative to `data/` → bytes. */
export function momentFiles(rng: { panel: Random; signals: Random; profiles: Random; offers: Random }, sales: readonly Sale[]): Map<string, Buffer> {
  const panel = drawPanel(rng.panel, sales);
  const signals = panel.flatMap((m) => memberSignals(rng.signals, m));
  const index = new Map(panel.map((m, i) => [m.id, i]));
  const mine = sales.filter((s) => s.customer !== null && index.has(s.customer));
  const purchases = purchaseDays(
    mine.map((s) => index.get(s.customer!)!),
    mine.map((s) => s.day),
    mine.map((s) => (s.isReturn ? -1 : saleCents(s))),
    panel.length,
    LAST_DAY,
  );
  const t = timeline(signals.map((s) => ({ customer: index.get(s.customer)!, day: s.day, type: s.type, value: s.value })), purchases, panel.length);
  return new Map([
    ...signalsFiles(signals),
    ...profileFiles(rng.profiles, panel),
    ...offersFile(rng.offers, panel, t, SAMPLE_TRIGGERS, RepurchaseSettingsSchema.parse({}).overdueFactor),
  ]);
}
