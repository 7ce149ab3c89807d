/** Messages of `npm run load` and of the loaders' errors (English: also the errors' wire text). */
import type { load as nl } from "../nl/load.ts";
import { counted } from "../plural.ts";

export const load: typeof nl = {
  configNotFound: (file) => `${file} not found: describe your exports there (see docs/data.md)`,
  configNotYaml: (place, detail) => `${place} is not valid YAML: ${detail}`,
  invalid: (what) => `${what} is not valid:`,
  unknownKey: (path) => `${path}: unknown key; remove it or check its spelling`,
  unknownKeyGuess: (path, guess) => `${path}: unknown key; did you mean "${guess}"?`,
  didYouMean: (guess) => `; did you mean "${guess}"?`,
  timeZone: (file, zone) => `${file}: timeZone "${zone}" is not a known IANA time zone`,
  folderMatched: (file, pattern, source, example) =>
    `${file} is a folder, but the files pattern "${pattern}"${source ? ` of source "${source}"` : ""} in data/klantbeeld.yaml matches it; ` +
    `make the pattern match files only (e.g. "${example}") or rename the folder.`,
  engineSource: (source, engine) => `source "${source}" is read by engine ${engine}: \`npm run load\` validates it there and prints its row account (docs/scaling.md)`,
  noFileMatches: (source, pattern) => `source "${source}": no file in data/ matches "${pattern}"`,
  unterminatedQuotes: "Unterminated quotes (close or remove each quote; every other record was read):",
  unterminatedLine: (place) => `${place} a quote (") that opens a cell on this line is never closed; the record ends with the line`,
  unterminatedMore: (file, more) => `${file}: ${more} more quotes that are never closed (lines not kept: see the first ones)`,
  openQuote: (place) => `${place} a quote (") that opens a cell on this line is never closed; close it or remove it.`,
  tooManyRejected: (threshold) => `Too many rejected rows (threshold ${threshold} per file, rejectThreshold in data/klantbeeld.yaml):`,
  rejectedFile: (file, rejected, read, share, reason) => `${file}: ${rejected} of ${counted(read, "row", "rows")} rejected (${share}), mostly ${reason}`,
  firstAt: (line, column, expected) => `; first at line ${line}${column ? `, column "${column}"` : ""}: expected ${expected}`,
  headerMissing: (place, name, field, count, source) =>
    `${place} column "${name}" (${field}) is not in the header; the header has ${counted(count, "column", "columns")}. ` +
    `Check the column names and the delimiter in data/klantbeeld.yaml (source "${source}").`,
  headerTwice: (place, name, field, first, second) =>
    `${place} column "${name}" (${field}) appears twice in the header, as column ${first} and column ${second}; ` +
    `rename one of them in the export so it is clear which one is meant.`,
  utf16: (place, bom, encoding) =>
    `${place} the file is ${bom.toUpperCase()} (it starts with a UTF-16 byte-order mark) but its source declares encoding ${encoding}. ` +
    `Declare \`encoding: ${bom}\` in the source's format in data/klantbeeld.yaml, or save the file as "CSV UTF-8" (Excel: Save As → CSV UTF-8).`,
  goalsInvalid: "The goals file is not valid:",
  bundleMissing: (path) => `${path} not found: run \`npm run load\` first`,
  bundleVersion: (path, version, expected) => `${path} has bundle version ${version}, expected ${expected}: run \`npm run load\` again`,
  channelBlank: (source) => `data/klantbeeld.yaml: source "${source}": channel must not be blank`,
  returnPrefix: (source) => `data/klantbeeld.yaml: source "${source}": returns.orderIdPrefix needs an orderId column`,
  profileFields: (source) => `data/klantbeeld.yaml, source "${source}": every profiles source must declare the same fields in the same order`,
  noOrders: "no orders in the data: nothing to report",
  asOfBeforeData: (asOf, first) => `asOf ${asOf} in data/klantbeeld.yaml lies before the first order (${first}): nothing to report`,
  wrote: (out, months, first, last, series, asOf, seconds) => `wrote ${out}: ${counted(months, "month", "months")} (${first} .. ${last}), ${series} series, data as of ${asOf} (${seconds} s)`,
  accountHeader: ["file", "read", "accepted", "rejected", "reasons"],
  total: "total",
  rejection: (place, column, reason, expected) => `${place}${column ? ` column "${column}"` : ""}: ${reason} (expected ${expected})`,
  reading: (file, percent, mib) => `reading data/${file}: ${percent} % of ${mib} MiB`,
  stale: (age, asOf, days) => `The newest transaction is ${counted(age, "day", "days")} old (${asOf}); freshnessDays is ${days}.`,
};
