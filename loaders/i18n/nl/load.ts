/**
 * Messages of `npm run load` and of the loaders' errors (Dutch). An error names the file (path
 * relative to the repository), line, column and what was expected; never a cell's value.
 */
import { counted } from "../plural.ts";
export const load = {
  configNotFound: (file: string) => `${file} niet gevonden: beschrijf je exports daar (zie docs/data.md)`,
  configNotYaml: (place: string, detail: string) => `${place} is geen geldige YAML: ${detail}`,
  invalid: (what: string) => `${what} is niet geldig:`,
  unknownKey: (path: string) => `${path}: onbekende sleutel; verwijder hem of controleer de spelling`,
  unknownKeyGuess: (path: string, guess: string) => `${path}: onbekende sleutel; bedoel je "${guess}"?`,
  didYouMean: (guess: string) => `; bedoel je "${guess}"?`,
  timeZone: (file: string, zone: string) => `${file}: timeZone "${zone}" is geen bekende IANA-tijdzone`,
  folderMatched: (file: string, pattern: string, source: string, example: string) =>
    `${file} is een map, maar het bestandspatroon "${pattern}"${source ? ` van bron "${source}"` : ""} in data/klantbeeld.yaml past erop; ` +
    `laat het patroon alleen bestanden treffen (bijv. "${example}") of hernoem de map.`,
  engineSource: (source: string, engine: string) => `bron "${source}" wordt gelezen door engine ${engine}: \`npm run load\` controleert hem daar en toont zijn rij-verantwoording (docs/scaling.md)`,
  noFileMatches: (source: string, pattern: string) => `bron "${source}": geen bestand in data/ past op "${pattern}"`,
  unterminatedQuotes: "Niet-gesloten aanhalingstekens (sluit of verwijder elk aanhalingsteken; alle andere records zijn gelezen):",
  unterminatedLine: (place: string) => `${place} een aanhalingsteken (") dat op deze regel een cel opent, wordt nooit gesloten; het record eindigt met de regel`,
  unterminatedMore: (file: string, more: number) => `${file}: nog ${counted(more, "aanhalingsteken", "aanhalingstekens")} die nooit worden gesloten (regels niet bewaard: zie de eerste)`,
  openQuote: (place: string) => `${place} een aanhalingsteken (") dat op deze regel een cel opent, wordt nooit gesloten; sluit of verwijder het.`,
  tooManyRejected: (threshold: string) => `Te veel afgewezen rijen (grens ${threshold} per bestand, rejectThreshold in data/klantbeeld.yaml):`,
  rejectedFile: (file: string, rejected: number, read: number, share: string, reason: string) => `${file}: ${rejected} van ${counted(read, "rij", "rijen")} afgewezen (${share}), vooral ${reason}`,
  firstAt: (line: number, column: string | null, expected: string) => `; eerste op regel ${line}${column ? `, kolom "${column}"` : ""}: verwacht ${expected}`,
  headerMissing: (place: string, name: string, field: string, count: number, source: string) =>
    `${place} kolom "${name}" (${field}) staat niet in de kopregel; de kopregel heeft ${counted(count, "kolom", "kolommen")}. ` +
    `Controleer de kolomnamen en het scheidingsteken in data/klantbeeld.yaml (bron "${source}").`,
  headerTwice: (place: string, name: string, field: string, first: number, second: number) =>
    `${place} kolom "${name}" (${field}) staat twee keer in de kopregel, als kolom ${first} en kolom ${second}; ` +
    `hernoem er één in de export zodat duidelijk is welke bedoeld is.`,
  utf16: (place: string, bom: string, encoding: string) =>
    `${place} het bestand is ${bom.toUpperCase()} (het begint met een UTF-16-bytevolgordeteken) maar de bron geeft encoding ${encoding} op. ` +
    `Zet \`encoding: ${bom}\` in het format van de bron in data/klantbeeld.yaml, of sla het bestand op als "CSV UTF-8" (Excel: Opslaan als → CSV UTF-8).`,
  goalsInvalid: "Het doelenbestand is niet geldig:",
  bundleMissing: (path: string) => `${path} niet gevonden: voer eerst \`npm run load\` uit`,
  bundleVersion: (path: string, version: string, expected: number) => `${path} heeft bundelversie ${version}, verwacht ${expected}: voer \`npm run load\` opnieuw uit`,
  channelBlank: (source: string) => `data/klantbeeld.yaml: bron "${source}": channel mag niet leeg zijn`,
  returnPrefix: (source: string) => `data/klantbeeld.yaml: bron "${source}": returns.orderIdPrefix heeft een orderId-kolom nodig`,
  profileFields: (source: string) => `data/klantbeeld.yaml, bron "${source}": elke profielbron moet dezelfde velden in dezelfde volgorde opgeven`,
  noOrders: "geen orders in de data: niets te rapporteren",
  asOfBeforeData: (asOf: string, first: string) => `asOf ${asOf} in data/klantbeeld.yaml ligt vóór de eerste order (${first}): niets te rapporteren`,
  /** The command's own output. */
  wrote: (out: string, months: number, first: string, last: string, series: number, asOf: string, seconds: string) =>
    `${out} geschreven: ${counted(months, "maand", "maanden")} (${first} .. ${last}), ${counted(series, "reeks", "reeksen")}, data tot en met ${asOf} (${seconds} s)`,
  accountHeader: ["bestand", "gelezen", "geaccepteerd", "afgewezen", "redenen"] as readonly string[],
  total: "totaal",
  rejection: (place: string, column: string | null, reason: string, expected: string) => `${place}${column ? ` kolom "${column}"` : ""}: ${reason} (verwacht ${expected})`,
  reading: (file: string, percent: number, mib: string) => `data/${file} lezen: ${percent} % van ${mib} MiB`,
  stale: (age: number, asOf: string, days: number) => `De nieuwste transactie is ${counted(age, "dag", "dagen")} oud (${asOf}); freshnessDays is ${days}.`,
};
