/**
 * The loaders modules the browser may load: client `<script>`s of islands and the modules they
 * import use this barrel only. Everything here is pure (no Node built-in, no file access), so
 * Vite can bundle it for the page. Build-time code (pages' frontmatter, src/lib, src/charts)
 * imports `loaders/index.ts` and may import this barrel too; nothing in src/ imports deeper.
 */
export * from "./lib/format.ts";
export {
  applyLevers,
  type Baseline,
  businessCase,
  type BusinessCaseInput,
  type BusinessCaseResult,
  type BusinessCaseTotal,
  decodeScenario,
  encodeScenario,
  type Levers,
  parseScenario,
  validateBusinessCase,
} from "./metrics/business-case.ts";
export { daysNeeded, sampleSize } from "./metrics/sample-size.ts";
export { type Language, languageOf } from "./i18n/index.ts";
// The catalogue areas the islands speak: each island imports only its own, so its script stays small.
export { calculators as calculatorsNl } from "./i18n/nl/calculators.ts";
export { calculators as calculatorsEn } from "./i18n/en/calculators.ts";
export { businessCalculator as businessCalculatorNl } from "./i18n/nl/businessCalculator.ts";
export { businessCalculator as businessCalculatorEn } from "./i18n/en/businessCalculator.ts";
