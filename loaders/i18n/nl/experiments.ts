/** The Experimenten page: result cards, verdicts, planning (Dutch, the reference; the verdict words match loaders/metrics/ab-verdict.ts). */
import { counted } from "../plural.ts";
export const experiments = {
  title: "Experimenten",
  lead: "Wat leverden de A/B-tests op, en hoeveel bezoekers heeft een nieuwe test nodig?",
  missing: "export van A/B-tests (kind: experiments)",
  intro: (day: string) => `Stand ${day}. Nieuwste test eerst. Een test die nog loopt krijgt een tussenstand: wacht de einddatum af voordat je besluit.`,
  planTitle: "Een nieuwe test plannen",
  calculatorStart: (journey: string) =>
    `De rekenhulp begint bij de drukste journey (${journey}): de conversie (afgerond op twee decimalen, dus soms een paar bezoekers anders dan in de tabel) en het aantal bezoekers per dag van de laatste maand. Pas de velden aan voor je eigen test; de uitkomst rekent direct mee.`,
  verdictLabels: {
    winner: "Winnaar",
    loser: "Slechter",
    no_difference: "Geen verschil",
    inconclusive: "Nog onbeslist",
    srm: "Niet betrouwbaar",
    no_data: "Nog geen oordeel",
    invalid: "Geen oordeel",
  },
  running: "Loopt nog",
  period: (from: string, to: string, days: string, running: boolean) => `${from} t/m ${to} · ${counted(days, "dag", "dagen")}${running ? " · tussenstand" : ""}`,
  table: "Tabel",
  variant: "Variant",
  visitors: "Bezoekers",
  conversions: "Conversies",
  rate: "Conversie",
  interval: (level: string) => `${level}-interval`,
  difference: "Verschil",
  lift: "Lift",
  liftInterval: (level: string) => `${level}-interval lift`,
  pValue: "p‑waarde",
  chanceBetter: "Kans beter dan controle",
  revenuePerVisitor: "Omzet per bezoeker",
  control: "(controle)",
  range: (low: string, high: string) => `${low} tot ${high}`,
  chartLabel: (name: string) => `${name}: conversie per variant`,
  chartDescription: (level: string) => `Stip: conversie per variant; balk: ${level}-interval; stippellijn: de conversie van de controlegroep.`,
  srmFlagged: "SRM: verdeling wijkt af",
  srmOk: "Verdeling klopt",
  srmText: (planned: string, assumed: boolean, observed: string, p: string) =>
    `Bezoekers per variant: gepland ${planned}${assumed ? " (gelijke verdeling aangenomen)" : ""}, werkelijk ${observed}; SRM-toets p ${p}.`,
  srmWarning: "Een afwijking betekent meestal een fout in de toewijzing of de meting: vertrouw de uitslag niet.",
  noSrm: "Geen SRM-toets",
  noSrmText: "De geplande verdeling is niet voor elke variant bekend.",
  note: (alpha: string, correction: { total: string; treatments: number } | null) =>
    `Verschil in procentpunten (pp), lift relatief tegen de controle. Aantoonbaar bij p < ${alpha}${correction ? ` (${correction.total} gedeeld door ${counted(correction.treatments, "variant", "varianten")})` : ""}. Kans beter dan controle: de kans dat de variant werkelijk beter converteert, gegeven deze aantallen.`,
  attention: "let op",
  /** The loaders' problems with an experiment, by kind (the same words as loaders/sources/experiments.ts). */
  problems: {
    controls: (name: string, n: number) => `Experiment "${name}" heeft ${n} controlevarianten; er moet er precies één zijn.`,
    variants: (name: string, n: number) => `Experiment "${name}" heeft maar ${n} ${n === 1 ? "variant" : "varianten"}.`,
    shares: (name: string) => `Experiment "${name}" geeft alleen voor een deel van de varianten een geplande verdeling; de SRM-toets is overgeslagen.`,
  },
  /** The verdict sentence of a result card (src/lib/experiment-verdict.ts fills in the figures). */
  verdict: {
    invalid: "Geen oordeel mogelijk: het experiment heeft geen eenduidige controlevariant of maar één variant.",
    noData: "Nog geen oordeel: niet elke variant heeft bezoekers.",
    interim: (end: { iso: string; long: string }) => `Tussenstand (de test loopt tot ${end.iso.slice(8, 10)}-${end.iso.slice(5, 7)}-${end.iso.slice(0, 4)}): `,
    pUndefined: "p onbepaald",
    srm: (p: string, assumed: boolean) =>
      `Niet betrouwbaar: de bezoekers zijn anders over de varianten verdeeld dan gepland (SRM-toets, ${p}${assumed ? ", gelijke verdeling aangenomen" : ""}). ` +
      "Zoek eerst de oorzaak, bijvoorbeeld een fout in de toewijzing of de meting, en trek geen conclusie uit deze test.",
    points: " punt",
    comparison: (rate: string, controlRate: string, control: string, lift: string, interval: string | null, p: string) =>
      `conversie ${rate} tegen ${controlRate} bij ${control} (${lift}${interval === null ? "" : `, ${interval}`}; ${p})`,
    interval: (level: string, low: string, high: string) => `${level}-interval ${low} tot ${high}`,
    winner: (name: string, comparison: string, control: string, chance: string) => `${name} wint: ${comparison}. Kans dat ${name} beter is dan ${control}: ${chance}.`,
    loser: (name: string, control: string, comparison: string) => `${name} doet het slechter dan ${control}: ${comparison}. Niet invoeren.`,
    peek: " Tussentijds kijken vergroot de kans op een toevallige uitslag: wacht de einddatum af.",
    detail: (name: string, comparison: string) => ` ${name}: ${comparison}.`,
    noDifferenceYet: (detail: string) => `nog geen aantoonbaar verschil.${detail} Laat de test doorlopen tot de geplande einddatum.`,
    noDifference: (detail: string, reach: string | null) =>
      `Geen aantoonbaar verschil.${detail}${reach === null ? "" : ` Met deze aantallen was pas een verschil van ongeveer ${reach} (relatief) betrouwbaar aan te tonen.`}`,
    chanceAbove: (pct: string) => `meer dan ${pct}`,
    chanceBelow: (pct: string) => `minder dan ${pct}`,
  },
  /** The acceptance card of the moment page (an A/B-style comparison: at the moment against otherwise). */
  acceptance: {
    allOffers: "Alle aanbiedingen",
    caption: "Lift van de acceptatie per trigger",
    row: "Rij",
    lift: "Lift",
    significant: "Aantoonbaar",
    yes: "ja",
    no: "nee",
    axis: "Lift acceptatie",
    title: "Acceptatie op het moment",
    note: (days: number, level: string, alpha: string) =>
      `Stip: hoeveel vaker een aanbod binnen ${counted(days, "dag", "dagen")} na een trigger wordt aangenomen dan een aanbod op een ander moment; balk: ${level}-interval. Groen: aantoonbaar (p < ${alpha}). Rijen met te weinig aanbiedingen ontbreken.`,
    tooFew: "Te weinig aanbiedingen om de acceptatie te vergelijken.",
    verdict: { higher: "hoger", lower: "lager", same: "niet aantoonbaar anders" },
    /** The summary sentence around its figures: before the moment rate, after it, after the otherwise rate, before the interval. */
    summary: {
      start: (days: number) => `Aanbiedingen binnen ${counted(days, "dag", "dagen")} na een trigger werden in `,
      afterMoment: (accepted: string, offers: string) => ` van de gevallen aangenomen (${accepted} van ${offers}), andere aanbiedingen in `,
      afterOtherwise: (accepted: string, offers: string) => ` (${accepted} van ${offers}). Dat is `,
      interval: (level: string) => ` (${level}-interval `,
    },
    lastYear: "Laatste 12 maanden.",
  },
  planning: {
    title: "Testplanning per journey",
    intro: (variants: number, mde: string, confidence: string, power: string, month: string) =>
      `Wat een test met ${counted(variants, "variant", "varianten")} nodig heeft om ${mde} meer conversie (relatief) aan te tonen, bij ${confidence} betrouwbaarheid en ${power} power, met de bezoekers van ${month}.`,
    journey: "Journey",
    rateNow: "Conversie nu",
    visitorsPerDay: "Bezoekers per dag",
    perVariant: "Nodig per variant",
    days: "Dagen",
    tooLong: "Meer dan 90 dagen is in de praktijk te lang: kies een groter effect, minder varianten of een drukkere pagina.",
  },
};
