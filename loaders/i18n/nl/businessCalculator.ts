/**
 * The business calculator ("Rekenhulp", Dutch, the reference): texts of the build and of the browser
 * script, which imports this file (and its English twin) directly: keep it free of imports.
 */

/** A count with its noun, singular for exactly 1 (a copy of ../plural.ts: this island area stays import-free). */
const counted = (n: number | string | undefined, one: string, many: string) => `${n} ${String(n) === "1" ? one : many}`;
/** The business calculator's figures as the assumption list writes them (formatted; `…S` = scenario). */
export interface BusinessFigures {
  customers: string;
  retention: string;
  retentionS: string;
  monthly: string;
  monthlyS: string;
  orders: string;
  ordersS: string;
  crossUpsell: string;
  crossUpsellS: string;
  aov: string;
  aovS: string;
  margin: string;
  costs: string;
  costsS: string;
}

export const businessCalculator = {
  title: "Rekenhulp: wat levert klantbehoud op?",
  intro: (month: string) =>
    `Hoeveel meer omzet en winst geeft beter klantbehoud, meer cross- en upsell, een hogere orderwaarde of lagere vaste kosten? De rekenhulp start bij de eigen cijfers van dit dashboard (${month}) en volgt de huidige actieve klanten 12, 24 en 36 maanden. Pas de hefbomen aan; de link onderaan bewaart het scenario om te delen.`,
  needsJs: "Deze rekenhulp rekent met JavaScript. Zonder JavaScript ziet u alleen de uitkomst van het standaardscenario.",
  whatIf: "Wat als …",
  levers: {
    dret: "Klantbehoud: jaarretentie + procentpunten",
    dcus: "Cross- en upsell: aandeel orders + %",
    daov: "Gemiddelde orderwaarde + %",
    dfc: "Vaste kosten − %",
  },
  adjust: "Uitgangspunten aanpassen",
  baselineLegend: "Uitgangspunten",
  fields: {
    activeCustomers: "Actieve klanten",
    retentionRate: "Jaarretentie",
    ordersPerCustomerPerYear: "Orders per klant per jaar",
    averageOrderValue: "Gemiddelde orderwaarde",
    crossUpsellRate: "Aandeel cross- en upsellorders",
    grossMargin: "Brutomarge",
    fixedCostsPerYear: "Vaste kosten per jaar",
  },
  table: "Tabel",
  tableCaption: "Omzet en winst van basis en scenario per horizon",
  summedOver: "Opgeteld over",
  months: (n: number) => `${counted(n, "maand", "maanden")}`,
  rows: {
    revenueBaseline: "Omzet basis",
    revenueScenario: "Omzet scenario",
    revenueExtra: "Extra omzet",
    profitBaseline: "Winst basis",
    profitScenario: "Winst scenario",
    profitExtra: "Extra winst",
  },
  chartLabel: "Winst opgeteld per maand: basis en scenario",
  chartNote: "Gestippeld: de basis zoals nu; doorgetrokken: het scenario. Stippen bij 12, 24 en 36 maanden.",
  lines: { baseline: "Basis (zoals nu)", scenario: "Scenario" },
  axis: "Winst, opgeteld vanaf de start",
  start: "start",
  monthTick: (m: number) => `${m} mnd`,
  share: "Scenario delen:",
  link: "link naar deze berekening",
  assumptionsTitle: "Aannames van de berekening",
  provenanceTitle: "Waar de uitgangspunten vandaan komen",
  custom: "Deze berekening gebruikt eigen uitgangspunten (zie “Uitgangspunten aanpassen”); hieronder staan de standaardwaarden uit het dashboard.",
  origin: { data: "uit de data", config: "ingesteld", default: "standaardwaarde", unavailable: "niet beschikbaar" },
  /** The loaders' Dutch source notes rendered in this language (none: shown as written). */
  sources: [] as readonly (readonly [RegExp, (m: RegExpMatchArray) => string])[],
  invalid: (names: string, share: boolean) =>
    `Deze invoer kan niet: ${names}${share ? " (het aandeel cross- en upsellorders moet onder 100 % blijven)" : ""}. De uitkomst hoort nog bij de vorige invoer.`,
  linkInvalid: (keys: string) => `Niet alle waarden in de link waren bruikbaar (${keys}); daar staan de standaardwaarden.`,
  headlineSame: (months: number) => `Over ${counted(months, "maand", "maanden")}: geen verschil met de basis.`,
  headline: (months: number, profit: string, revenue: string) => `Over ${counted(months, "maand", "maanden")}: ${profit} en ${revenue} dan in de basis.`,
  noDifference: (what: string) => `geen verschil in ${what}`,
  more: (amount: string, what: string) => `${amount} meer ${what}`,
  less: (amount: string, what: string) => `${amount} minder ${what}`,
  profit: "winst",
  revenue: "omzet",
  hints: {
    dret: (now: string, then: string) => `nu ${now} → ${then}`,
    dcus: (now: string, then: string) => `nu ${now} van de orders → ${then}`,
    daov: (now: string, then: string) => `nu ${now} → ${then}`,
    dfc: (now: string, then: string) => `nu ${now} per jaar → ${then}`,
  },
  /** The assumption list next to the result (figures formatted: baseline, and scenario after "s"). */
  assumptions: (f: BusinessFigures) => [
    `Vaste groep van ${counted(f.customers, "actieve klant", "actieve klanten")} bij de start; nieuwe klanten zijn niet meegerekend, in de basis en in het scenario.`,
    `Jaarretentie ${f.retention} (scenario ${f.retentionS}), gelijkmatig per maand: maandretentie ${f.monthly} (scenario ${f.monthlyS}); wie vertrekt, komt niet terug.`,
    `Een actieve klant bestelt ${f.orders} keer per jaar (scenario ${f.ordersS}), gelijk verdeeld over de maanden.`,
    `Cross- en upsell is ${f.crossUpsell} van de orders (scenario ${f.crossUpsellS}); de extra cross- en upsellorders komen bovenop dezelfde basisorders.`,
    `Gemiddelde orderwaarde ${f.aov} (scenario ${f.aovS}); de brutomarge van ${f.margin} geldt voor alle omzet, ook in het scenario.`,
    `Vaste kosten ${f.costs} per jaar (scenario ${f.costsS}), gelijk verdeeld over de maanden; ze dalen niet mee met het aantal klanten.`,
    "Winst is brutomarge min vaste kosten; bedragen zijn nominaal, zonder inflatie of disconto.",
  ],
};
