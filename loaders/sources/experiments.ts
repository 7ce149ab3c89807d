/**
 * Reads A/B-test exports: one record per experiment × variant. Rows of one experiment must share
 * their start and end dates; a variant may appear once. After the read, `experimentProblems` (schemas/experiments.ts)
 * names experiments without exactly one control (they are kept, and get no verdict).
 */
import type { FileAccount } from "../model/file-account.ts";
import { type Experiment, experimentCells, type ExperimentSource } from "../schemas/experiments.ts";
import { readExport, REJECTED } from "./read-export.ts";

type Field = "experiment" | "variant" | "control" | "start" | "end" | "plannedShare" | "visitors" | "conversions" | "revenue";

/** Reads one experiments file, adding its variants to `experiments` (keyed by experiment name). */
export async function readExperimentFile(
  source: ExperimentSource,
  path: string,
  file: string,
  reportZone: string,
  experiments: Map<string, Experiment>,
): Promise<FileAccount> {
  const rules = experimentCells(source.format, reportZone);
  const controlName = source.controlVariant?.toLowerCase();
  return readExport<Field>(source, path, file, (row) => {
    const name = row.get("experiment", rules.experiment);
    if (name === REJECTED) return;
    const variant = row.get("variant", rules.variant);
    if (variant === REJECTED) return;
    const control = row.has("control") ? row.get("control", rules.control) : variant.toLowerCase() === controlName;
    if (control === REJECTED) return;
    const start = row.get("start", rules.start);
    if (start === REJECTED) return;
    const end = row.get("end", rules.end);
    if (end === REJECTED) return;
    const plannedShare = row.has("plannedShare") ? row.get("plannedShare", rules.plannedShare) : null;
    if (plannedShare === REJECTED) return;
    const visitors = row.get("visitors", rules.visitors);
    if (visitors === REJECTED) return;
    const conversions = row.get("conversions", rules.conversions);
    if (conversions === REJECTED) return;
    const revenue = row.has("revenue") ? row.get("revenue", rules.revenue) : null;
    if (revenue === REJECTED) return;
    if (end < start) return void row.reject("end", "end_before_start", "an end date on or after the start date");
    if (conversions > visitors) {
      return void row.reject("conversions", "conversions_exceed_visitors", "conversions at most the variant's visitors");
    }
    let experiment = experiments.get(name);
    if (experiment === undefined) {
      experiment = { name, start, end, file, variants: [] };
      experiments.set(name, experiment);
    } else if (experiment.start !== start || experiment.end !== end) {
      const field = experiment.start !== start ? "start" : "end";
      return void row.reject(field, "inconsistent_dates", "the same start and end date on every row of the experiment");
    } else if (experiment.variants.some((v) => v.name === variant)) {
      return void row.reject("variant", "duplicate_variant", "each variant once per experiment");
    }
    experiment.variants.push({ name: variant, control, plannedShare, visitors, conversions, revenue, line: row.line });
  });
}
