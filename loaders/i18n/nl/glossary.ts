/**
 * Dutch glossary: one name and one definition per metric, the labels of channel and reason codes,
 * the Dutch rendering of the loaders' "expected" texts, and the words for how a change reads.
 */
import type { Define, ExpectedRule } from "../types.ts";
import { counted } from "../plural.ts";

const pct = (share: number): string => `${Math.round(share * 100)}\u202F%`;

const terms: Record<string, Define> = {
  revenue: () => ({ name: "Netto-omzet", definition: "Omzet van verkopen min retouren in de kalendermaand, alle kanalen, met en zonder klantnummer." }),
  orders: () => ({ name: "Orders", definition: "Verkooporders in de maand, met en zonder klantnummer; retouren tellen niet mee." }),
  aov: () => ({ name: "Gemiddelde orderwaarde", definition: "Verkoopomzet ÷ verkooporders in de maand, alle orders (ook zonder klantnummer)." }),
  returns: () => ({ name: "Retouren", definition: "Retourorders in de maand." }),
  "orders.registered_share": () => ({ name: "Aandeel orders van bekende klanten", definition: "Orders met een klantnummer ÷ alle orders in de maand." }),
  "orders.unregistered": () => ({ name: "Orders zonder klantnummer", definition: "Verkopen zonder klantnummer (bijvoorbeeld gastbestellingen of kassabonnen): ze tellen mee in omzet en orders, niet in klantcijfers." }),
  "customers.active": (p) => ({ name: `Actieve klanten (${p.activeWindowMonths} mnd)`, definition: `Klanten met minstens één aankoop in de afgelopen ${counted(p.activeWindowMonths, "maand", "maanden")}.` }),
  "customers.new": () => ({ name: "Nieuwe klanten", definition: "Klanten met hun eerste aankoop in de maand." }),
  "customers.returning": () => ({ name: "Terugkerende klanten", definition: "Klanten die in de maand kochten en ook al eerder." }),
  "active.frequency": (p) => ({ name: "Orders per actieve klant", definition: `Orders van actieve klanten in de afgelopen ${counted(p.activeWindowMonths, "maand", "maanden")} ÷ het aantal actieve klanten.` }),
  "active.spend": (p) => ({ name: "Besteding per actieve klant", definition: `Netto-omzet van actieve klanten in de afgelopen ${counted(p.activeWindowMonths, "maand", "maanden")} ÷ het aantal actieve klanten.` }),
  "top.revenue_share": (p) => ({ name: `Omzetaandeel top ${pct(p.topShare)} klanten`, definition: `Deel van de omzet van de afgelopen ${counted(p.activeWindowMonths, "maand", "maanden")} dat van de ${pct(p.topShare)} klanten met de meeste omzet komt.` }),
  "lapsed_top.customers": (p) => ({ name: "Weggezakte topklanten", definition: `Topklanten (de ${pct(p.topShare)} met de meeste omzet) die ${counted(p.lapsedDays, "dag", "dagen")} of langer niets kochten.` }),
  "lapsed_top.revenue_at_stake": (p) => ({ name: "Omzet van weggezakte topklanten", definition: `Omzet van de afgelopen ${counted(p.activeWindowMonths, "maand", "maanden")} van de topklanten die ${counted(p.lapsedDays, "dag", "dagen")} of langer niets kochten.` }),
  "digital.orders_share": () => ({ name: "Digitaal aandeel orders", definition: "Orders via digitale kanalen ÷ orders via alle digitale en offline kanalen." }),
  "digital.revenue_share": () => ({ name: "Digitaal aandeel omzet", definition: "Netto-omzet via digitale kanalen ÷ die via alle digitale en offline kanalen." }),
  "segment.aov": (p) => ({ name: `Orderwaarde in het segment (${p.activeWindowMonths} mnd)`, definition: `Omzet ÷ orders van de klanten in het segment over de laatste ${counted(p.activeWindowMonths, "maand", "maanden")}; alleen orders met klantnummer, dus anders dan de gemiddelde orderwaarde van de maand.` }),
  "repurchase.spend": () => ({ name: "Verwachte besteding per aankoop", definition: "De besteding per aankoop die het bestedingsmodel (Gamma-Gamma) per klant verwacht, gemiddeld over de klanten in de groep." }),
  "experiment.chance": () => ({ name: "Kans dat de variant beter is", definition: "Bayesiaanse kans dat de conversie van de variant hoger is dan die van de controle, op één decimaal afgerond zoals in de tabel." }),
};

const channels: Record<string, string> = {
  web: "Webshop",
  app: "App",
  smart_tv: "Smart-tv",
  store: "Winkel",
  phone: "Telefoon",
  beurs: "Beurs",
};

const reasons: Record<string, string> = {
  wrong_column_count: "Verkeerd aantal kolommen",
  missing_order_id: "Ordernummer ontbreekt",
  invalid_customer_id: "Ongeldig klantnummer",
  invalid_date: "Ongeldige datum",
  invalid_amount: "Ongeldig bedrag",
  invalid_quantity: "Ongeldig aantal",
  invalid_unit_price: "Ongeldige stuksprijs",
  missing_channel: "Kanaal ontbreekt",
  invalid_product: "Ongeldig product",
  invalid_category: "Ongeldige categorie",
  order_conflict: "Regels van één order spreken elkaar tegen",
  duplicate_order: "Dubbele order",
  duplicate_row: "Dubbele regel",
  duplicate_product: "Dubbel product",
  duplicate_variant: "Dubbele variant",
  invalid_visitors: "Ongeldig aantal bezoekers",
  invalid_conversions: "Ongeldig aantal conversies",
  missing_journey: "Klantreis ontbreekt",
  missing_experiment: "Experiment ontbreekt",
  missing_variant: "Variant ontbreekt",
  missing_product: "Product ontbreekt",
  invalid_segment: "Ongeldig klanttype",
  invalid_revenue: "Ongeldige omzet",
  invalid_price: "Ongeldige prijs",
  invalid_tier: "Ongeldige prijsklasse",
  invalid_start: "Ongeldige startdatum",
  invalid_end: "Ongeldige einddatum",
  invalid_control: "Ongeldige controlegroep",
  invalid_name: "Ongeldige naam",
  invalid_planned_share: "Ongeldig gepland aandeel",
  unknown_channel: "Onbekend kanaal",
  experiment_srm: "Verdeling bezoekers wijkt af",
  experiment_problem: "Probleem met een experiment",
  product_join: "Producten niet gevonden",
  stale_data: "Data verouderd",
  fit_not_converged: "Model niet geconvergeerd",
  business_baseline_missing: "Basis businesscase ontbreekt",
  rejected_rows: "Afgekeurde regels",
};

/** The loaders' English names of what a cell holds (the `what` of the export cell rules), in Dutch. */
const WHAT: Readonly<Record<string, string>> = {
  "an experiment name": "een experimentnaam",
  "a variant name": "een variantnaam",
  "a journey name": "een journeynaam",
  "an offer or campaign name": "een aanbod- of campagnenaam",
  "a customer id": "een klantnummer",
  "a product id": "een productcode",
  "a product name": "een productnaam",
  "a customer type": "een klanttype",
  "a channel name": "een kanaalnaam",
  "a category": "een categorie",
  "a tier": "een prijsklasse",
  "a list price": "een catalogusprijs",
  revenue: "omzet",
  visitors: "bezoekers",
  conversions: "conversies",
  "whether the offer was accepted": "of het aanbod is aangenomen",
  "whether the variant is the control": "of de variant de controle is",
};
const what = (text: string | undefined) => WHAT[text ?? ""] ?? text ?? "";
/** A part of an "expected" text in Dutch: the first rule that matches it, else the part as it is. */
const part = (text: string | undefined): string => {
  for (const [pattern, render] of expected) {
    const match = (text ?? "").match(pattern);
    if (match) return render(match);
  }
  return text ?? "";
};

const expected: readonly ExpectedRule[] = [
  [/^a number with decimal "(.)" and thousands "(.)"$/, (m) => `een getal met decimaalteken "${m[1]}" en duizendtalscheiding "${m[2]}"`],
  [/^a number with decimal "(.)"$/, (m) => `een getal met decimaalteken "${m[1]}"`],
  [/^(\d+) fields, as in the header$/, (m) => `${m[1]} velden, zoals in de kopregel`],
  [/^a real calendar date as (\S+) \(optionally followed by a time H{1,2}:MM\[:SS\]\)$/, (m) => `een bestaande datum als ${m[1]} (eventueel met een tijd U:MM[:SS])`],
  [/^an order id \(not blank\)$/, () => "een ordernummer (niet leeg)"],
  [/^a channel name \(not blank\)$/, () => "een kanaalnaam (niet leeg)"],
  [/^a customer id of at most (\d+) characters, or blank for an unregistered sale$/, (m) => `een klantnummer van hooguit ${counted(m[1], "teken", "tekens")}, of leeg voor een verkoop zonder klantnummer`],
  [/^a product of at most (\d+) characters$/, (m) => `een product van hooguit ${counted(m[1], "teken", "tekens")}`],
  [/^a category of at most (\d+) characters$/, (m) => `een categorie van hooguit ${counted(m[1], "teken", "tekens")}`],
  [/^the same customer and date on every line of one order$/, () => "dezelfde klant en datum op elke regel van één order"],
  [/^(.+) \(not blank, at most (\d+) characters\)$/, (m) => `${what(m[1])} (niet leeg, hooguit ${counted(m[2], "teken", "tekens")})`],
  [/^(.+) of at most (\d+) characters, or blank$/, (m) => `${what(m[1])} van hooguit ${counted(m[2], "teken", "tekens")}, of leeg`],
  [/^(.+): a whole number ≥ 0 \((.+)\), or blank$/, (m) => `${what(m[1])}: een geheel getal ≥ 0 (${part(m[2])}), of leeg`],
  [/^(.+): a whole number ≥ 0 \((.+)\)$/, (m) => `${what(m[1])}: een geheel getal ≥ 0 (${part(m[2])})`],
  [/^(.+): (a number with decimal .+), ≥ 0, or blank$/, (m) => `${what(m[1])}: ${part(m[2])}, ≥ 0, of leeg`],
  [/^(.+): (a number with decimal .+), ≥ 0$/, (m) => `${what(m[1])}: ${part(m[2])}, ≥ 0`],
  [/^(.+): 1\/0, true\/false, ja\/nee, yes\/no or x\/blank$/, (m) => `${what(m[1])}: 1/0, true/false, ja/nee, yes/no of x/leeg`],
  [/^a share: a fraction above 0 and at most 1 \((.+)\) or a percentage like 50%, or blank$/, (m) => `een aandeel: een breuk boven 0 en hooguit 1 (${part(m[1])}) of een percentage zoals 50%, of leeg`],
  [/^a number ≥ 0 \((.+)\) or a percentage like 85%, or blank$/, (m) => `een getal ≥ 0 (${part(m[1])}) of een percentage zoals 85%, of leeg`],
  [/^a signal type \((.+)\) or a name mapped in typeMap$/, (m) => `een signaalsoort (${m[1]}) of een naam die typeMap op een signaalsoort afbeeldt`],
  [/^a month as (\S+), or (.+)$/, (m) => `een maand als ${m[1]}, of ${part(m[2])}`],
  [/^(.+), or blank$/, (m) => `${part(m[1])}, of leeg`],
];

export const glossary = {
  terms,
  channels,
  reasons,
  expected,
  tone: { good: "gunstig", bad: "ongunstig", chance: "niet aantoonbaar" },
};
