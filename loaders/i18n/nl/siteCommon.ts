/** Words of the site's shared cards and parts: KPI card, chart table, missing data, period note, definitions (Dutch). */
import { counted } from "../plural.ts";
export const siteCommon = {
  /** The summary that opens a chart's figures. */
  tableSummary: "Cijfers als tabel",
  /** A table's region name for screen readers. */
  table: "Tabel",
  month: "Maand",
  /** Shown instead of a page's content when the data set lacks an input; `{link}` is the link to the admin section. */
  missing: { before: (what: string) => `Deze data-set bevat geen ${what}. De beheerder kan ze toevoegen: zie `, link: "Voor beheerders", after: " op de pagina Datakwaliteit." },
  definitions: "Begrippen op deze pagina",
  periodNote: {
    /** `Oktober 2026 loopt nog: t/m 9 oktober (9 van 31 dagen)`. */
    heading: (month: string, through: string, days: number, daysInMonth: number) => `${month} loopt nog: t/m ${through} (${days} van ${counted(daysInMonth, "dag", "dagen")})`,
    totals: (span: string, previous: string, yearAgo: string) => `Maandtotalen (omzet, orders) gaan over ${span} en worden vergeleken met ${previous} en ${yearAgo}.`,
    standing: (on: string, previous: string, yearAgo: string) => `Standen (actieve klanten, segmenten) gelden per ${on}, vergeleken met ${previous} en ${yearAgo}.`,
    lower: "De laatste maand in de grafieken is daarom lager dan een volle maand.",
    complete: (month: string) => ` Doelen en de rekenhulp gaan over ${month}, de laatste volledige maand.`,
    pinned: (asOf: string, last: string) => `Peildatum vastgezet op ${asOf}: latere gegevens tellen niet mee (nieuwste transactie ${last}).`,
  },
  /**
   * Why a windowed series starts late: `what` looks back `months` months, the data begin in `first`,
   * so the first full window ends in `from`.
   */
  windowStart: (what: string, months: number, first: string, from: string) =>
    `${what} kijkt ${counted(months, "maand", "maanden")} terug; de data beginnen in ${first}, dus het eerste volledige venster eindigt in ${from}. Eerdere maanden zouden opbouw als groei tonen.`,
  thisMetric: "Dit kengetal",
};
