/**
 * The glossary: one name and one definition per metric, in the reader's words, and the Dutch
 * labels of the codes the data carry (channels, rejection reasons). The site's cards, charts and
 * tables and the digest read names from here, so one figure has one name everywhere and two
 * figures that differ by definition have different names. Strings live in one place, so a second
 * language is one more table.
 */

/** A metric's name and plain-language definition. */
export interface Term {
  name: string;
  definition: string;
}

/** The settings some definitions mention (from the data description). */
export interface GlossaryParams {
  activeWindowMonths: number;
  topShare: number;
  lapsedDays: number;
}

/** Defaults of the data description, for definitions read without a bundle. */
export const GLOSSARY_DEFAULTS: GlossaryParams = { activeWindowMonths: 12, topShare: 0.2, lapsedDays: 90 };

type Define = (p: GlossaryParams) => Term;

const TERMS: Record<string, Define> = {
  revenue: () => ({ name: "Netto-omzet", definition: "Omzet van verkopen min retouren in de kalendermaand, alle kanalen, met en zonder klantnummer." }),
  orders: () => ({ name: "Orders", definition: "Verkooporders in de maand, met en zonder klantnummer; retouren tellen niet mee." }),
  aov: () => ({ name: "Gemiddelde orderwaarde", definition: "Verkoopomzet ÷ verkooporders in de maand, alle orders (ook zonder klantnummer)." }),
  returns: () => ({ name: "Retouren", definition: "Retourorders in de maand." }),
  "orders.registered_share": () => ({ name: "Aandeel orders van bekende klanten", definition: "Orders met een klantnummer ÷ alle orders in de maand." }),
  "orders.unregistered": () => ({ name: "Orders zonder klantnummer", definition: "Verkopen zonder klantnummer (bijvoorbeeld gastbestellingen of kassabonnen): ze tellen mee in omzet en orders, niet in klantcijfers." }),
  "customers.active": (p) => ({ name: `Actieve klanten (${p.activeWindowMonths} mnd)`, definition: `Klanten met minstens één aankoop in de afgelopen ${p.activeWindowMonths} maanden.` }),
  "customers.new": () => ({ name: "Nieuwe klanten", definition: "Klanten met hun eerste aankoop in de maand." }),
  "customers.returning": () => ({ name: "Terugkerende klanten", definition: "Klanten die in de maand kochten en ook al eerder." }),
  "active.frequency": (p) => ({ name: "Orders per actieve klant", definition: `Orders van actieve klanten in de afgelopen ${p.activeWindowMonths} maanden ÷ het aantal actieve klanten.` }),
  "active.spend": (p) => ({ name: "Besteding per actieve klant", definition: `Netto-omzet van actieve klanten in de afgelopen ${p.activeWindowMonths} maanden ÷ het aantal actieve klanten.` }),
  "top.revenue_share": (p) => ({ name: `Omzetaandeel top ${pct(p.topShare)} klanten`, definition: `Deel van de omzet van de afgelopen ${p.activeWindowMonths} maanden dat van de ${pct(p.topShare)} klanten met de meeste omzet komt.` }),
  "lapsed_top.customers": (p) => ({ name: "Weggezakte topklanten", definition: `Topklanten (de ${pct(p.topShare)} met de meeste omzet) die ${p.lapsedDays} dagen of langer niets kochten.` }),
  "lapsed_top.revenue_at_stake": (p) => ({ name: "Omzet van weggezakte topklanten", definition: `Omzet van de afgelopen ${p.activeWindowMonths} maanden van de topklanten die ${p.lapsedDays} dagen of langer niets kochten.` }),
  "digital.orders_share": () => ({ name: "Digitaal aandeel orders", definition: "Orders via digitale kanalen ÷ orders via alle digitale en offline kanalen." }),
  "digital.revenue_share": () => ({ name: "Digitaal aandeel omzet", definition: "Netto-omzet via digitale kanalen ÷ die via alle digitale en offline kanalen." }),
  "segment.aov": (p) => ({ name: `Orderwaarde in het segment (${p.activeWindowMonths} mnd)`, definition: `Omzet ÷ orders van de klanten in het segment over de laatste ${p.activeWindowMonths} maanden; alleen orders met klantnummer, dus anders dan de gemiddelde orderwaarde van de maand.` }),
  "repurchase.spend": () => ({ name: "Verwachte besteding per aankoop", definition: "De besteding per aankoop die het bestedingsmodel (Gamma-Gamma) per klant verwacht, gemiddeld over de klanten in de groep." }),
  "experiment.chance": () => ({ name: "Kans dat de variant beter is", definition: "Bayesiaanse kans dat de conversie van de variant hoger is dan die van de controle, op één decimaal afgerond zoals in de tabel." }),
};

function pct(share: number): string {
  return `${Math.round(share * 100)}\u202F%`;
}

/** The glossary entry of a metric id, or undefined when it has none. */
export function term(id: string, params: GlossaryParams = GLOSSARY_DEFAULTS): Term | undefined {
  return TERMS[id]?.(params);
}

/** The glossary name of a metric, or `fallback` (e.g. the series' own label) when it has none. */
export function termName(id: string, fallback: string, params: GlossaryParams = GLOSSARY_DEFAULTS): string {
  return term(id, params)?.name ?? fallback;
}

/** Dutch names of the channel codes the sample and most exports use. */
export const CHANNEL_LABELS: Record<string, string> = {
  web: "Webshop",
  app: "App",
  smart_tv: "Smart-tv",
  store: "Winkel",
  phone: "Telefoon",
  beurs: "Beurs",
};

/** A channel code as a reader sees it: its Dutch label, else the code with spaces and a capital (`pop_up` → `Pop up`). */
export function channelLabel(code: string): string {
  const label = CHANNEL_LABELS[code];
  if (label) return label;
  const words = code.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Dutch descriptions of rejection reasons and warning codes. */
export const REASON_LABELS: Record<string, string> = {
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

/** A reason or warning code in Dutch (the code itself, with spaces, when it is not in the table). */
export function reasonLabel(code: string): string {
  return REASON_LABELS[code] ?? code.replace(/_/g, " ");
}

const EXPECTED: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^a number with decimal "(.)" and thousands "(.)"$/, (m) => `een getal met decimaalteken "${m[1]}" en duizendtalscheiding "${m[2]}"`],
  [/^a number with decimal "(.)"$/, (m) => `een getal met decimaalteken "${m[1]}"`],
  [/^(\d+) fields, as in the header$/, (m) => `${m[1]} velden, zoals in de kopregel`],
  [/^a real calendar date as (\S+) \(optionally followed by a time HH:MM\[:SS\]\)$/, (m) => `een bestaande datum als ${m[1]} (eventueel met een tijd UU:MM[:SS])`],
  [/^an order id \(not blank\)$/, () => "een ordernummer (niet leeg)"],
  [/^a channel name \(not blank\)$/, () => "een kanaalnaam (niet leeg)"],
  [/^a customer id of at most (\d+) characters, or blank for an unregistered sale$/, (m) => `een klantnummer van hooguit ${m[1]} tekens, of leeg voor een verkoop zonder klantnummer`],
  [/^a product of at most (\d+) characters$/, (m) => `een product van hooguit ${m[1]} tekens`],
  [/^a category of at most (\d+) characters$/, (m) => `een categorie van hooguit ${m[1]} tekens`],
  [/^the same customer and date on every line of one order$/, () => "dezelfde klant en datum op elke regel van één order"],
  [/^(.+) \(not blank, at most (\d+) characters\)$/, (m) => `${m[1]} (niet leeg, hooguit ${m[2]} tekens)`],
  [/^(.+) of at most (\d+) characters, or blank$/, (m) => `${m[1]} van hooguit ${m[2]} tekens, of leeg`],
];

/**
 * A rejection's "expected" text in Dutch: the loaders describe what a cell should hold in
 * English (for the CLI and logs); the site shows the Dutch version of the known phrasings.
 * Unknown text is returned as it is.
 */
export function expectedNl(text: string): string {
  for (const [pattern, dutch] of EXPECTED) {
    const match = text.match(pattern);
    if (match) return dutch(match);
  }
  return text;
}

/** Words for how a change reads (visible beside the coloured number, and read out by screen readers). */
export const TONE_WORDS = { good: "gunstig", bad: "ongunstig", chance: "niet aantoonbaar" } as const;
