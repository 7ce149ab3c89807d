/** The failure notice of the deploy workflow (English). */
import type { failure as nl } from "../nl/failure.ts";

export const failure: typeof nl = {
  headline: { site: "Dashboard not updated", digest: "Monthly report not (fully) sent", export: "Campaign lists not made" },
  title: (headline) => `Klantbeeld: ${headline.charAt(0).toLowerCase()}${headline.slice(1)}`,
  job: (name) => `job “${name}”`,
  step: (name) => `step “${name}”`,
  unknownStep: "unknown step",
  noReason: "no error line found; see the run",
  siteKept: "The previous dashboard stays online.",
  siteUpdated: "The dashboard itself has been updated.",
  where: "Where",
  reason: "Reason",
  run: "Run",
  openRun: "Open the run",
  what: "failure notice",
  address: "[address]",
};
