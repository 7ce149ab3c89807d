/**
 * The calculators (Dutch, the reference): input messages and the sample-size calculator (the
 * business calculator has its own area, businessCalculator, so the sample-size island stays small). The browser scripts import this area file (and its English twin) directly,
 * not the whole catalogue, so the islands stay small: keep it free of imports.
 */

/** A count with its noun, singular for exactly 1 (a copy of ../plural.ts: this island area stays import-free). */
const counted = (n: number | string | undefined, one: string, many: string) => `${n} ${String(n) === "1" ? one : many}`;
const subject = (what: string) => what.replace(/^(de|het|een) /, "").replace(/^./, (c) => c.toUpperCase());

export const calculators = {
  /** The locale the calculators write numbers in and read typed numbers by. */
  locale: "nl-NL",
  /** Messages about a typed number (`what` is the field in a sentence: "het aantal varianten"). */
  input: {
    number: "een getal",
    wholeNumber: "een heel getal",
    atLeast: (n: string) => `minstens ${n}`,
    greaterThan: (n: string) => `groter dan ${n}`,
    atMost: (n: string) => `hooguit ${n}`,
    lessThan: (n: string) => `kleiner dan ${n}`,
    and: " en ",
    wanted: (kind: string, limits: string, example: string) => `${kind}${limits ? ` ${limits}` : ""}, bijvoorbeeld ${example}`,
    empty: (what: string, wanted: string) => `Vul ${what} in: ${wanted}.`,
    notANumber: (what: string, wanted: string) => `${subject(what)} is geen getal. Typ ${wanted}.`,
    outOfRange: (what: string, wanted: string) => `${subject(what)} moet ${wanted} zijn.`,
    /** The business calculator's fields by their label. */
    valueAt: (label: string) => `de waarde bij “${label}”`,
  },
  sampleSize: {
    title: "Hoeveel bezoekers heeft een test nodig?",
    needsJs: "Deze rekenhulp rekent met JavaScript. Zonder JavaScript ziet u alleen de uitkomst voor de ingevulde standaardwaarden.",
    inputs: "Invoer",
    fields: {
      baseline: { label: "Huidige conversie (%)", what: "de huidige conversie (%)", example: "4,5" },
      mde: { label: "Kleinste effect dat je wilt kunnen aantonen (%)", what: "het kleinste effect (%)", example: "10" },
      variants: { label: "Varianten (incl. controle)", what: "het aantal varianten", example: "3" },
      daily: { label: "Bezoekers per dag", what: "het aantal bezoekers per dag", example: "1000" },
    },
    effectIs: "Effect is",
    relative: "relatief (+10 % van de conversie)",
    absolute: "absoluut (procentpunten)",
    confidence: "Betrouwbaarheid",
    power: "Onderscheidend vermogen (power)",
    checkInput: "Controleer de invoer: zie de melding bij het veld.",
    impossible: "Met deze invoer is geen steekproef te berekenen.",
    mdeSum: "Het effect in procentpunten moet samen met de huidige conversie onder de 100 blijven.",
    result: (perVariant: string, total: string, days: string, dayCount: number, daily: string, dailyCount: number) =>
      `${perVariant} bezoekers per variant, ${total} in totaal: ongeveer ${days} ${dayCount === 1 ? "dag" : "dagen"} bij ${daily} ${dailyCount === 1 ? "bezoeker" : "bezoekers"} per dag.`,
    correction: (variants: string, alpha: string, base: string, comparisons: string) =>
      ` Met ${counted(variants, "variant", "varianten")} telt een verschil pas bij p < ${alpha} (${base} gedeeld door ${comparisons}), zoals bij de resultaten hierboven.`,
    note: "Formule van Evan Miller (tweezijdige toets); naar boven afgerond. Met meer dan twee varianten wordt elke variant strenger getoetst (α gedeeld door het aantal varianten naast de controle), net als bij de resultaten.",
  },
  /** The business calculator ("Rekenhulp"): texts of the build and the browser script. */
};
