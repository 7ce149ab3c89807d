/**
 * Bundle warnings made from their names and counts: the stored message is the catalogue's Dutch
 * wording of the same params, so the Dutch text and every translation (`lib/warning-text.ts`)
 * come from one place.
 */
import { type Messages, messages } from "../i18n/index.ts";
import type { WarningParams } from "../i18n/types.ts";
import { type ExperimentIssue, experimentProblemText } from "../schemas/experiments.ts";
import type { BundleWarning } from "./types.ts";

/** A code the catalogue words (`dataQuality.warningTexts`). */
export type WordedWarning = keyof Messages["dataQuality"]["warningTexts"];

const nlNumber = new Intl.NumberFormat("nl-NL");

/** The warning `code` with `params`, its message in Dutch. */
export function bundleWarning(code: WordedWarning, params: WarningParams): BundleWarning {
  return { code, message: messages("nl").dataQuality.warningTexts[code](params, (x) => nlNumber.format(x)), params };
}

/** The `experiment_problem` warning of one problem of a whole experiment. */
export function experimentWarning(issue: ExperimentIssue): BundleWarning {
  return { code: "experiment_problem", message: experimentProblemText(issue), params: { kind: issue.kind, name: issue.name, count: issue.count } };
}
