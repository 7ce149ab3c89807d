/** The Datakwaliteit page (Dutch, the reference): row account, rejected lines, the administrators' block. */
import type { WarningText } from "../types.ts";
/** The codes of the loaders' warnings the catalogue words. */
type WarningCode = "unknown_channel" | "experiment_srm" | "as_of_pinned" | "as_of_after_data" | "product_join" | "fit_not_converged" | "business_baseline_missing";

/** `1 order`, `3 orders` (a count in the reader's format). */
const plural = (count: string | number | undefined, n: (x: number) => string, one: string, many: string) => `${n(Number(count))} ${Number(count) === 1 ? one : many}`;

export const dataQuality = {
  title: "Datakwaliteit",
  lead: "Elke ingelezen regel is verantwoord: gelezen = geaccepteerd + afgekeurd, per bestand. Afgekeurde regels tellen nergens mee.",
  warnings: "Waarschuwingen",
  /**
   * The loaders' warnings by code, worded from their params (names and counts) in the reader's
   * language; the Dutch texts are also the bundle's stored messages. `experiment_problem` is worded
   * by `experiments.problems`.
   */
  warningTexts: {
    unknown_channel: (p) => `Kanaal "${p.name}" staat niet bij digital of offline in data/klantbeeld.yaml; het telt niet mee in het digitale aandeel.`,
    experiment_srm: (p) => `Experiment "${p.name}": de bezoekers wijken af van de geplande verdeling (SRM); de uitslag is niet betrouwbaar.`,
    as_of_pinned: (p, n) =>
      `Cijfers per ${p.asOf} (asOf in data/klantbeeld.yaml): ${plural(p.orders, n, "order", "orders")}, ${plural(p.lines, n, "orderregel", "orderregels")}, ` +
      `${plural(p.journeyRows, n, "bezoekersrij", "bezoekersrijen")}, ${plural(p.experiments, n, "experiment", "experimenten")} (gestart na die dag) en ` +
      `${plural(p.momentRows, n, "signaal-, profiel- of aanbodrij", "signaal-, profiel- en aanbodrijen")} tellen niet mee.`,
    as_of_after_data: (p) => `asOf ${p.asOf} ligt na de nieuwste transactie (${p.last}); de dagen ertussen tellen als dagen zonder verkoop.`,
    product_join: () => "Geen enkele orderregel heeft een product uit het productbestand; controleer de productkolommen.",
    fit_not_converged: (p) =>
      p.model === "gammaGamma"
        ? "Het bestedingsmodel (Gamma-Gamma) is niet geconvergeerd of heeft geen eindig gemiddelde; CLV wordt niet getoond."
        : p.model === "calibration"
          ? "Het kalibratiemodel (BG/NBD op de maanden vóór de holdout) is niet geconvergeerd; de kalibratiegrafiek toont alleen de werkelijke aankopen."
          : "Het herhaalaankoopmodel (BG/NBD) is niet geconvergeerd; kans op actief, verwachte aankopen en CLV worden niet getoond.",
    business_baseline_missing: (p) => `De rekenhulp kan niet rekenen: de data geven geen ${p.count === 1 ? "waarde" : "waarden"} voor ${p.missing}; vul die in data/klantbeeld.yaml in.`,
  } as Record<WarningCode, WarningText>,
  account: "Regelverantwoording per bestand",
  file: "Bestand",
  source: "Bron",
  read: "Gelezen",
  accepted: "Geaccepteerd",
  rejected: "Afgekeurd",
  reasons: "Redenen",
  total: "Totaal",
  rejectedLines: "Afgekeurde regels",
  noRejected: "Geen afgekeurde regels.",
  line: "Regel",
  column: "Kolom",
  reason: "Reden",
  expected: "Verwacht",
  limited: "Per bestand worden de eerste afgekeurde regels getoond; de tellingen hierboven zijn volledig.",
  noCellValues: "Celwaarden worden nooit getoond, alleen plaats en reden: zo komt er geen klantgegeven op de site.",
  forAdmins: "Voor beheerders",
  /** Developer terms stay in code elements; the sentence around them is in the reader's language. */
  adminDescription: {
    before: "De data-beschrijving staat in",
    sources: "bronnen, kolommen, kanaalindeling onder",
    actions: "segmentacties",
    alerts: "signalen",
    calculator: "rekenhulp",
    and: "en",
    goals: "doelen staan in",
    see: "Zie",
  },
  campaignLists: "Campagnelijsten met klantnummers per segment:",
  notOnSite: "(niet op deze site)",
  files: "Bestanden:",
  channelCodes: "Kanaalcodes in de data:",
  reasonCodes: "Redencodes:",
  bundle: "Bundel",
  fingerprint: "(vingerafdruk van alle invoer)",
};
