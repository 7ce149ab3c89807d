/** The failure notice of the deploy workflow (Dutch): what did not happen, where, why, and the run. */
export const failure = {
  headline: { site: "Dashboard niet bijgewerkt", digest: "Maandrapport niet (volledig) verstuurd", export: "Campagnelijsten niet gemaakt" },
  title: (headline: string) => `Klantbeeld: ${headline.charAt(0).toLowerCase()}${headline.slice(1)}`,
  job: (name: string) => `job “${name}”`,
  step: (name: string) => `stap “${name}”`,
  unknownStep: "onbekende stap",
  noReason: "geen foutregel gevonden; zie de run",
  siteKept: "Het vorige dashboard blijft online.",
  siteUpdated: "Het dashboard zelf is bijgewerkt.",
  where: "Waar",
  reason: "Reden",
  run: "Run",
  openRun: "Open de run",
  what: "storingsmelding",
  /** Put in place of a web address in the reason line. */
  address: "[adres]",
};
