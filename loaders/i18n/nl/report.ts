/** The monthly PDF report's own words (cover, headings, footer, CLI messages); Dutch, the reference. */
import { counted } from "../plural.ts";
export const report = {
  /** The report's name on the cover, in the title and the footer. */
  name: "Maandrapport",
  /** Cover: the day the data run through. */
  dataThrough: (day: string) => `Data tot en met ${day}`,
  /** Cover: the newest month is still running and is left out. */
  partialLeftOut: (month: string, day: string) => `${month} loopt nog (data t/m ${day}) en valt buiten dit rapport; het dashboard toont die maand tot nu toe.`,
  /** Cover: the month's headline figures and the goals at a glance. */
  glance: "In het kort",
  /** Cover: the list of contents. */
  contents: "Inhoud",
  /** Section headings. */
  kpis: (month: string) => `Kerncijfers ${month}`,
  kpisLead: "Elke waarde met de verandering t.o.v. de maand ervoor en dezelfde maand vorig jaar: de pijl geeft de richting, het woord of het goed of slecht nieuws is.",
  goals: "Doelen",
  /** The goal charts' lines in words, so a grey print still tells them apart. */
  goalsLines: "In de grafieken: doorgetrokken lijn = werkelijk, gestreept = gepland pad, gestippeld = trend; de fijn gestippelde horizontale lijn is het doel.",
  goalsNone: "Er zijn geen doelen vastgelegd (data/goals.yaml).",
  segments: "Segmentbewegingen",
  repurchase: "Herhaalaankopen",
  repurchaseNone: "Geen klanten met een klantnummer: geen herhaalaankopen te berekenen.",
  /** The repurchase headline, from the section's totals (already formatted). */
  repurchaseModel: (customers: string, day: string) => `${counted(customers, "bekende klant", "bekende klanten")} in het model, gemeten op ${day}.`,
  repurchaseExpected: (purchases: string, months: number) => `Verwacht: ${purchases} herhaalaankopen in de komende ${counted(months, "maand", "maanden")}.`,
  repurchaseValue: (clv: string, months: number) => `Klantwaarde (CLV) over ${counted(months, "maand", "maanden")}: ${clv}.`,
  repurchaseDue: (due: string, overdue: string) => `Nu aan de beurt voor een volgende aankoop: ${counted(due, "klant", "klanten")}; over tijd: ${overdue}.`,
  /** Under a headline with a hidden figure. */
  hidden: (minGroupSize: number) => `– : niet getoond, want minder dan ${counted(minGroupSize, "klant", "klanten")} (of daaruit af te leiden).`,
  quality: "Datakwaliteit",
  /** The row account in one sentence (already formatted numbers). */
  qualityRows: (read: string, accepted: string, rejected: string, files: number) => `${counted(read, "regel", "regels")} gelezen uit ${counted(files, "bestand", "bestanden")}: ${accepted} geaccepteerd, ${rejected} afgekeurd. Afgekeurde regels tellen nergens mee.`,
  qualityWarnings: "Waarschuwingen",
  qualityNoWarnings: "Geen waarschuwingen.",
  /** Footer of every page; `page`/`pages` are Chromium's page-number placeholders. */
  footer: (business: string, month: string, page: string, pages: string) => `${business} · Maandrapport ${month} · pagina ${page} van ${pages}`,
  /** The digest's link to the PDF (the run's artifact page) and who can open it. */
  digestLink: "Maandrapport als PDF",
  digestLinkNote: "te downloaden voor wie de repository kan lezen",
  /** CLI: the report was written. */
  written: (path: string, pages: number) => `Rapport geschreven: ${path} (${pages} pagina's).`,
  /** CLI: what went wrong and what to do (paths and months, never data). */
  errors: {
    noSite: (file: string) => `${file} niet gevonden: bouw eerst de site (\`npm run build\`)`,
    noReportPage: (file: string) => `${file} niet gevonden: deze dist/ heeft geen rapportpagina; bouw de site opnieuw (\`npm run build\`)`,
    noReportMonth: (file: string) => `${file} mist de rapportmaand: bouw de site opnieuw (\`npm run build\`)`,
    otherMonth: (dist: string, built: string, bundle: string, month: string) => `${dist}/ is gebouwd voor ${built}, maar ${bundle} rapporteert over ${month}: bouw de site opnieuw (\`npm run build\`)`,
    noChromium: (path: string) => `Chromium niet gevonden op ${path}: installeer het met \`sudo apt-get install chromium\` (Debian/Ubuntu), of zet CHROMIUM_PATH op een Chrome- of Chromium-programma`,
    noChromiumAt: (path: string) =>
      `CHROMIUM_PATH wijst naar ${path}, maar daar staat geen browser: zet CHROMIUM_PATH op een Chrome- of Chromium-programma (op GitHubs Ubuntu-runners /usr/bin/google-chrome), of laat het weg voor Debians chromium (/usr/bin/chromium)`,
    pageUnopened: (file: string) => `${file} kon niet worden geopend: voer eerst \`npm run build\` uit`,
    noTransactions: "de bundel bevat geen transacties: er is niets om over te rapporteren",
    noCompleteMonth: (asOf: string) => `de data lopen pas tot ${asOf}: er is nog geen volledige maand om over te rapporteren`,
  },
};
