/** Messages of `npm run validate` (Dutch): the pull-request annotations, the job summary and the terminal table. */
import { counted } from "../plural.ts";
export const validate = {
  rowRejected: "Rij afgewezen",
  moreRejectedTitle: "Meer afgewezen rijen",
  moreRejected: (rest: number, files: string) => `nog ${counted(rest, "afgewezen rij", "afgewezen rijen")} in ${files}: zie de samenvatting van de job voor de volledige verantwoording`,
  invalidData: "Ongeldige data",
  loadFailed: "Laden mislukt",
  notice: "Let op",
  /** One rejected row: `kolom "Datum": verwacht een bestaande datum … (Ongeldige datum)`. */
  rejection: (column: string | null, expected: string, reason: string) => `${column === null ? "rij" : `kolom "${column}"`}: verwacht ${expected} (${reason})`,
  accountHeader: ["Bestand", "Bron", "Rijen", "Geaccepteerd", "Afgewezen", "Aandeel afgewezen", "Redenen"] as readonly string[],
  rejectionsHeader: ["Regel", "Kolom", "Reden", "Verwacht"] as readonly string[],
  firstOf: (kept: number, total: number) => `De eerste ${kept} van ${counted(total, "afgewezen rij", "afgewezen rijen")}.`,
  summaryHeading: "Controle van data/",
  ok: (threshold: string) => `✅ Alle bestanden zijn geladen; geen bestand boven de drempel van ${counted(threshold, "afgewezen rij", "afgewezen rijen")}.`,
  notOk: "❌ De data is niet in orde.",
  details: (file: string, rejected: number) => `Afgewezen rijen in ${file} (${rejected})`,
  dataOk: "Data in orde.",
  dataNotOk: "Data NIET in orde.",
  summaryNotWritten: (detail: string) => `samenvatting van de job niet geschreven (${detail}); de verantwoording volgt in het log`,
  failed: (detail: string) => `validate mislukt: ${detail}`,
};
