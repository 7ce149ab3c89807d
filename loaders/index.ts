/**
 * The public entry of the loaders for the site (build time) and the CLIs. `src/` imports the
 * loaders only through this barrel and `loaders/browser.ts` (the pure modules islands may load in
 * the browser); everything else in `loaders/` is internal (`npm run lint` enforces it).
 */
export { readBundle, parseBundle, seriesById, BUNDLE_PATH } from "./read-bundle.ts";
export type { Bundle, BundleSections, BundleWarning, FileAccount, Period, Rejection, SectionName, Series, Unit } from "./bundle/types.ts";
export { periodDeltas } from "./bundle/period.ts";
export { BUNDLE_VERSION } from "./bundle/types.ts";
export { delta, deltas, type Delta } from "./lib/deltas.ts";
export { loadBundle } from "./load-bundle.ts";
export type { GoalReport, GoalsSection } from "./bundle/goals.ts";
export type { GoalRow, GoalStatus } from "./metrics/goal-tracking.ts";
export type { RfmSection, RfmTableRow, RfmMatrix, RfmAlert, RfmSegmentInfo } from "./bundle/rfm.ts";
export type { RepurchaseSection, RepurchaseGroup, RepurchaseCalibration } from "./bundle/repurchase.ts";
export type { CrossUpsellSection, DigitalShareSection } from "./bundle/commercial.ts";
export type { JourneysSection } from "./bundle/journeys.ts";
export type { ExperimentsSection } from "./bundle/experiments.ts";
export { SEGMENTS, SEGMENT_RULES } from "./metrics/rfm-segments.ts";
export type { RfmMonthMigration } from "./bundle/rfm.ts";
export type { BusinessSection, BusinessAssumption } from "./bundle/business.ts";
export { MOMENT_DUE, MOMENT_NONE, MOMENT_NOT_DUE, MOMENT_OVERDUE, MOMENT_STATUS_NL } from "./metrics/moment-of-truth.ts";
export { CALIBRATION_TRUST } from "./bundle/repurchase.ts";
export type { FitDiagnostics } from "./bundle/repurchase.ts";
export type { MomentsSection, MomentTrigger, PublishedCoverage, ProfileSection } from "./bundle/moments.ts";
export type { AcceptanceComparison } from "./metrics/moment-acceptance.ts";
export { term, termName, channelLabel, reasonLabel, expectedNl, expectedText, toneWords, CHANNEL_LABELS, REASON_LABELS, TONE_WORDS, GLOSSARY_DEFAULTS, type Term, type GlossaryParams } from "./lib/glossary.ts";
export { messages, languageOf, LANGUAGES, DEFAULT_LOCALE, type Language, type Messages } from "./i18n/index.ts";
export { stableJson } from "./lib/stable-json.ts";
export { escapeHtml } from "./lib/escape-html.ts";
export { reportPeriod } from "./report/report-month.ts";
export { warningText } from "./lib/warning-text.ts";
export { glossaryParamsOf } from "./lib/glossary-params.ts";
