/**
 * Validation messages of the data description (`data/klantbeeld.yaml`) and the goals file
 * (Dutch). The schemas stay language-free: a custom check carries a code (a key of `custom`) and
 * its values in `params`; zod's own issues are written from their fields (`type`, `atLeast`, …).
 * Every message says what was expected, never the value that was written.
 */

/** The values a custom message may name (from the issue's `params`, or the allowed values of a list). */
export interface SchemaParams {
  id?: string;
  max?: number;
  values?: readonly string[];
}

/** `"a", "b" of "c"` (the values as written in YAML, strings quoted). */
const list = (values: readonly string[], or: string) =>
  values.length <= 1 ? values.join("") : `${values.slice(0, -1).join(", ")} ${or} ${values.at(-1)}`;

/** `1 teken`, `3 tekens`. */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const schema = {
  /** What a value of a JSON/YAML type is called. */
  types: {
    string: "tekst",
    number: "een getal",
    int: "een geheel getal",
    boolean: "true of false",
    array: "een lijst",
    object: "een map met sleutels",
    null: "leeg",
    undefined: "niets",
  } as Record<string, string>,
  /** A required key is missing. */
  missing: (type: string) => `ontbreekt; verwacht ${type}`,
  /** A value of the wrong type. */
  wrongType: (type: string, found: string | null) => `verwacht ${type}${found === null ? "" : ` (gevonden: ${found})`}`,
  notEmpty: "mag niet leeg zijn; verwacht minstens 1 teken",
  minNumber: (n: string, inclusive: boolean) => (inclusive ? `verwacht een getal van minstens ${n}` : `verwacht een getal boven ${n}`),
  maxNumber: (n: string, inclusive: boolean) => (inclusive ? `verwacht een getal van hooguit ${n}` : `verwacht een getal onder ${n}`),
  minLength: (n: number) => `verwacht minstens ${count(n, "teken", "tekens")}`,
  maxLength: (n: number) => `verwacht hooguit ${count(n, "teken", "tekens")}`,
  minItems: (n: number) => `verwacht minstens ${count(n, "waarde", "waarden")}`,
  maxItems: (n: number) => `verwacht hooguit ${count(n, "waarde", "waarden")}`,
  multipleOf: (n: string) => `verwacht een veelvoud van ${n}`,
  /** "verwacht …" before a value or `oneOf`. */
  expected: (what: string) => `verwacht ${what}`,
  oneOf: (values: readonly string[]) => `één van ${list(values, "of")}`,
  pattern: (pattern: string) => `verwacht tekst volgens het patroon ${pattern}`,
  format: (format: string) => `verwacht een geldige ${format === "date" ? "datum als jjjj-mm-dd" : format}`,
  invalid: "ongeldige waarde; zie docs/data.md voor wat hier mag",
  /** A goal in the goals file: `doel "x" (goals[2])`. */
  goalPlace: (id: string, index: number) => `doel "${id}" (goals[${index}])`,
  seriesMissing: (metric: string, near: readonly string[]) => `reeks "${metric}" staat niet in de data${near.length ? `; vergelijkbare ids: ${near.join(", ")}` : ""}`,
  noBaselineValue: (metric: string, month: string) => `de data hebben geen waarde van "${metric}" in ${month}; geef baseline.value of een andere maand`,
  targetIsBaseline: (baseline: number) => `het doel is gelijk aan de basis (${baseline}); een doel moet de maatstaf laten bewegen`,
  targetWrongSide: (target: number, baseline: number, above: boolean, up: boolean) =>
    `het doel (${target}) ligt ${above ? "boven" : "onder"} de basis (${baseline}), maar ${up ? "hoger" : "lager"} is beter; zet direction of pas het doel aan`,
  /** Custom checks of the schemas, by code. */
  custom: {
    asOfDate: () => "verwacht een bestaande datum als jjjj-mm-dd",
    amountOrQuantity: () => "geef een amount-kolom of zowel quantity als unitPrice",
    orderIdPrefixNeedsOrderId: () => "returns.orderIdPrefix heeft een orderId-kolom nodig",
    oneOfFilesTableQuery: () => "geef precies één van files, table of query",
    filesDatabaseDuckdb: () => "files en database zijn voor engine: duckdb; een clickhouse-bron noemt een table of query",
    databaseNotFiles: () => "een database-bron noemt een table of query, geen files",
    languageOnce: () => "noem elke taal één keer",
    fixedCostsEitherOr: () => "geef fixedCostsPerMonth of fixedCostShare, niet allebei",
    controlColumnOrVariant: () => "geef een control-kolom of controlVariant (de naam van de controlevariant)",
    productColumns: () => "geef minstens één van de kolommen category, tier of price",
    profileFieldId: () => "verwacht een veld-id van letters, cijfers en _",
    profileFieldCount: (p: SchemaParams) => `geef 1 tot ${p.max} profielvelden`,
    overdueAfterDue: () => "verwacht overdueFactor ≥ dueFactor",
    monthKey: () => "verwacht een maand als jjjj-mm, bijv. 2026-12",
    goalId: () => "verwacht een id in kebab-case, zoals digitaal-aandeel-omzet",
    targetOneOf: () => "geef precies één van value, change of delta",
    seriesId: () => "verwacht een reeks-id zoals revenue of segment.champions.revenue",
    baselineAfterStart: () => "baseline.month mag niet na start liggen",
    deadlineAfterStart: () => "deadline moet na start liggen",
    duplicateGoalId: (p: SchemaParams) => `doel-id "${p.id}" komt twee keer voor; geef elk doel een eigen id`,
    signalType: (p: SchemaParams) => `verwacht een signaalsoort uit de woordenlijst: ${(p.values ?? []).join(", ")}`,
    thresholdAbove0: () => "verwacht een drempel boven 0 (een waarde ≥ 0 geldt altijd)",
    usageThreshold: () => "een gebruiksdrempel is een aandeel van de bundel: boven 0 en hooguit 3 (0,8 = 80 %)",
    factorAbove1: () => "verwacht een factor boven 1 (anders stijgt het gebruik niet)",
    atLeastOneSignal: () => "verwacht minstens 1 signaal",
    windowAtLeastDay: () => "verwacht een venster van minstens 1 dag",
    atLeastOneDay: () => "verwacht minstens 1 dag",
    triggerId: () => "verwacht een id van kleine letters, cijfers en -",
    duplicateTriggerId: (p: SchemaParams) => `het id "${p.id}" komt twee keer voor; geef elke trigger een eigen id`,
  },
  /** The business block's default scenario cannot be computed; `fields` are the baseline/lever fields out of range. */
  businessScenario: (fields: string[]) =>
    `data/klantbeeld.yaml, business: het standaardscenario is niet te berekenen; buiten het geldige bereik: ${fields.join(", ")} (zie docs/metrics.md, zakelijke case)`,
};
