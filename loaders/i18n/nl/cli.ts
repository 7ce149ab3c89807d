/**
 * Messages of the command-line tools around the data (Dutch): `npm run notify`, `protect`,
 * `export:segments`, and the prefix of every error line. File paths, option names and
 * environment variables stay as they are typed.
 */
import { counted } from "../plural.ts";
export const cli = {
  /** The first word of an error line (the workflow's failure notice looks for `error:`, so it stays). */
  error: "error",
  warning: "waarschuwing",
  notify: {
    failed: (detail: string) => `notify mislukt: ${detail}`,
    previousIgnored: (detail: string) => `vorige bundel genegeerd: ${detail}`,
    summaryNotWritten: (detail: string) => `samenvatting van de job niet geschreven: ${detail}`,
    notSentTo: (what: string, channels: string) => `${what} niet naar ${channels} verstuurd; zie de tabel in de samenvatting van deze job.`,
    failureWhat: "Storingsmelding",
    digestWhat: "Maandrapport",
    baselineNeedsToken: "--find-baseline heeft GITHUB_TOKEN en GITHUB_REPOSITORY nodig",
    baselineNotLookedUp: (detail: string) => `basis niet opgezocht (${detail}); het rapport vergelijkt alleen maanden binnen deze bundel`,
    noBaseline: "Nog geen basis (eerste rapport): het rapport vergelijkt alleen maanden binnen deze bundel.",
    baseline: (run: number) => `Basis: de bundel van rapport-run ${run}.`,
    badToday: (value: string) => `--today moet jjjj-mm-dd zijn, niet "${value}"`,
    dryRun: "proefdraai: niets verstuurd",
    wouldSend: (channels: string) => ` (zou versturen naar: ${channels})`,
  },
  protect: {
    failed: (detail: string) => `protect: ${detail}`,
    encrypted: (pages: number) => `${pages} pagina's versleuteld (één login voor de hele site)`,
    public: "leesbaar voor iedereen (access: public)",
    host: (access: string) => `leesbaar, achter de login van de host (access: ${access})`,
    done: (out: string, files: number, how: string) => `${out}: ${counted(files, "bestand", "bestanden")}, ${how}; data/bundle.json weggelaten.`,
    noKey: (key: string) => `access: password (data/klantbeeld.yaml) heeft de sitesleutel in ${key} nodig: voeg het repository-secret ${key} toe (Settings → Secrets and variables → Actions) of zet hem in de omgeving; er is niets gepubliceerd`,
    shortKey: (key: string, length: number, min: number) => `${key} is te kort (${counted(length, "teken", "tekens")}): gebruik er minstens ${min}, bijv. een gegenereerde wachtzin van 5 woorden; er is niets gepubliceerd`,
    noSite: (site: string) => `${site}/index.html ontbreekt: voer eerst \`npm run build\` uit`,
    outInside: (out: string, site: string) => `--out ${out} ligt binnen de site ${site}/; kies een map daarbuiten`,
    pagesLeft: (count: number, first: string) => `staticrypt heeft ${count} pagina('s) overgeslagen (eerste: ${first}); er is niets gepubliceerd`,
    clearText: (kinds: string, list: string) => `leesbare ${kinds}-tekst na versleuteling in ${list}; er is niets gepubliceerd`,
  },
  exportSegments: {
    failed: (detail: string) => `export:segments mislukt: ${detail}`,
    badDialect: (value: string) => `export:segments: verwacht --dialect csv of excel-nl, niet "${value}"`,
    heading: (asOf: string, month: string, out: string) => `Segmenten per ${asOf} (maand ${month}) → ${out}`,
    file: (file: string, customers: number) => `  ${file}: ${counted(customers, "klant", "klanten")}`,
    total: (customers: number) => `  totaal: ${counted(customers, "klant", "klanten")}`,
    trigger: (file: string, customers: number) => `  ${file}: ${counted(customers, "klant", "klanten")} in de trigger zonder aanbod`,
    insideSite: (out: string, folder: string) => `--out ${out} leidt naar ${folder}/ (symbolische links gevolgd), dat deel is van de site; kies een map daarbuiten (standaard .klantbeeld/segments)`,
    noOrders: "de exports in data/klantbeeld.yaml bevatten geen orders: niets te exporteren",
  },
};
