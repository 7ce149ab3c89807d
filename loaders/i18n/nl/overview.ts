/** The overview page (Overzicht), Dutch. */
import { counted } from "../plural.ts";
export const overview = {
  title: "Overzicht",
  leadPartial: (through: string) => `De klantbasis van 1 tot en met ${through} (de maand loopt nog), vergeleken met dezelfde dagen van de maand ervoor en van vorig jaar.`,
  lead: (month: string) => `De klantbasis in ${month}, vergeleken met de maand ervoor en dezelfde maand vorig jaar.`,
  goals: "Doelen",
  keyFigures: "Kerncijfers",
  trends: "Trends",
  revenueByChannel: "Netto-omzet per kanaal",
  revenueAxis: "Netto-omzet",
  revenueNote: "Omzet na aftrek van retouren, per kalendermaand in de rapportagetijdzone.",
  revenueTable: "Netto-omzet per kanaal en maand",
  ordersTitle: "Orders, met en zonder klantnummer",
  ordersFallback: "Orders",
  unregisteredFallback: "Zonder klantnummer",
  ordersNote: "Verkopen zonder klantnummer (bijvoorbeeld gastbestellingen of kassabonnen) tellen mee in omzet en orders, niet in klantcijfers.",
  ordersTable: "Orders per maand",
  customersTitle: "Klanten per maand",
  active: "Actief",
  new: "Nieuw",
  returning: "Terugkerend",
  customersNote: (months: string) => `Actief: minstens één aankoop in de afgelopen ${months}. Nieuw: eerste aankoop in de maand. Terugkerend: kocht in de maand en ook al eerder.`,
  /** The active window in words (`twaalf maanden`). */
  windowMonths: (n: number) => (n === 12 ? "twaalf maanden" : `${counted(n, "maand", "maanden")}`),
};
