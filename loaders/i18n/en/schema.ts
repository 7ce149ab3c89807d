/** Validation messages of the data description and the goals file (English); see the Dutch area. */
import type { schema as nl } from "../nl/schema.ts";

/** `"a", "b" or "c"` (the values as written in YAML, strings quoted). */
const list = (values: readonly string[], or: string) =>
  values.length <= 1 ? values.join("") : `${values.slice(0, -1).join(", ")} ${or} ${values.at(-1)}`;

/** `1 character`, `3 characters`. */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const schema: typeof nl = {
  types: {
    string: "text",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    array: "a list",
    object: "a map of keys",
    null: "empty",
    undefined: "nothing",
  },
  missing: (type) => `missing; expected ${type}`,
  wrongType: (type, found) => `expected ${type}${found === null ? "" : ` (found: ${found})`}`,
  notEmpty: "must not be empty; expected at least 1 character",
  minNumber: (n, inclusive) => (inclusive ? `expected a number of at least ${n}` : `expected a number above ${n}`),
  maxNumber: (n, inclusive) => (inclusive ? `expected a number of at most ${n}` : `expected a number below ${n}`),
  minLength: (n) => `expected at least ${count(n, "character", "characters")}`,
  maxLength: (n) => `expected at most ${count(n, "character", "characters")}`,
  minItems: (n) => `expected at least ${count(n, "value", "values")}`,
  maxItems: (n) => `expected at most ${count(n, "value", "values")}`,
  multipleOf: (n) => `expected a multiple of ${n}`,
  expected: (what) => `expected ${what}`,
  oneOf: (values) => `one of ${list(values, "or")}`,
  pattern: (pattern) => `expected text matching the pattern ${pattern}`,
  format: (format) => `expected a valid ${format === "date" ? "date as yyyy-mm-dd" : format}`,
  invalid: "not a valid value; see docs/data.md for what is allowed here",
  goalPlace: (id, index) => `goal "${id}" (goals[${index}])`,
  seriesMissing: (metric, near) => `series "${metric}" is not in the data${near.length ? `; similar ids: ${near.join(", ")}` : ""}`,
  noBaselineValue: (metric, month) => `the data has no value of "${metric}" in ${month}; give baseline.value or another month`,
  targetIsBaseline: (baseline) => `the target equals the baseline (${baseline}); a goal must move the metric`,
  targetWrongSide: (target, baseline, above, up) =>
    `the target (${target}) is ${above ? "above" : "below"} the baseline (${baseline}) but ${up ? "higher" : "lower"} is better; set direction or fix the target`,
  custom: {
    asOfDate: () => "expected a real calendar date as yyyy-mm-dd",
    amountOrQuantity: () => "give either an amount column or both quantity and unitPrice",
    orderIdPrefixNeedsOrderId: () => "returns.orderIdPrefix needs an orderId column",
    oneOfFilesTableQuery: () => "give exactly one of files, table or query",
    filesDatabaseDuckdb: () => "files and database are for engine: duckdb; a clickhouse source names a table or query",
    databaseNotFiles: () => "a database source names a table or query, not files",
    languageOnce: () => "name each language once",
    fixedCostsEitherOr: () => "give either fixedCostsPerMonth or fixedCostShare, not both",
    controlColumnOrVariant: () => "give a control column or controlVariant (the name of the control variant)",
    productColumns: () => "give at least one of the columns category, tier or price",
    profileFieldId: () => "expected a field id of letters, digits and _",
    profileFieldCount: (p) => `declare 1 to ${p.max} profile fields`,
    overdueAfterDue: () => "expected overdueFactor ≥ dueFactor",
    monthKey: () => "expected a month as yyyy-mm, e.g. 2026-12",
    goalId: () => "expected a kebab-case id such as digitaal-aandeel-omzet",
    targetOneOf: () => "give exactly one of value, change or delta",
    seriesId: () => "expected a series id such as revenue or segment.champions.revenue",
    baselineAfterStart: () => "baseline.month must not be after start",
    deadlineAfterStart: () => "deadline must be after start",
    duplicateGoalId: (p) => `the goal id "${p.id}" is used twice; give each goal its own id`,
    signalType: (p) => `expected a signal type of the vocabulary: ${(p.values ?? []).join(", ")}`,
    thresholdAbove0: () => "expected a threshold above 0 (a value ≥ 0 always holds)",
    usageThreshold: () => "a usage threshold is a share of the bundle: above 0 and at most 3 (0.8 = 80 %)",
    factorAbove1: () => "expected a factor above 1 (otherwise usage is not rising)",
    atLeastOneSignal: () => "expected at least 1 signal",
    windowAtLeastDay: () => "expected a window of at least 1 day",
    atLeastOneDay: () => "expected at least 1 day",
    triggerId: () => "expected an id of lowercase letters, digits and -",
    duplicateTriggerId: (p) => `the id "${p.id}" is used twice; give each trigger its own id`,
  },
  businessScenario: (fields) => `data/klantbeeld.yaml, business: the default scenario cannot be computed; out of the valid range: ${fields.join(", ")} (see docs/metrics.md, business case)`,
};
