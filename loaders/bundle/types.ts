/**
 * The metrics bundle: the one file the loaders write and the site reads.
 * It holds aggregates only — never a customer id, name or e-mail.
 */

import type { BusinessSection } from "./business.ts";
import type { CrossUpsellSection, DigitalShareSection } from "./commercial.ts";
import type { ExperimentsSection } from "./experiments.ts";
import type { GoalsSection } from "./goals.ts";
import type { JourneysSection } from "./journeys.ts";
import type { MomentsSection } from "./moment-section.ts";
import type { ProfileSection } from "./profile-section.ts";
import type { RepurchaseSection } from "./repurchase.ts";
import type { RfmSection } from "./rfm.ts";
import type { FileAccount } from "../model/file-account.ts";
import type { Better, Unit } from "../model/unit.ts";

/** Bump when the bundle's shape changes incompatibly; the site refuses other versions. */
export const BUNDLE_VERSION = 1;

export type { FileAccount, Rejection } from "../model/file-account.ts";
export type { Better, Unit } from "../model/unit.ts";

/**
 * One metric, one value per month of `Bundle.months` (null where it is undefined or suppressed).
 * Every series can carry a SMART goal and appears in the digest by its id.
 */
export interface Series {
  /** Stable id, dotted: `revenue`, `orders.registered_share`, `segment.champions.revenue`. */
  id: string;
  /** Label in Dutch for the site (nl-NL is the default locale). */
  label: string;
  unit: Unit;
  /** Whether a rise is good (`up`), bad (`down`) or neither (`none`). */
  better: Better;
  /** One value per month, aligned with `Bundle.months`. Percent units are fractions (0.25 = 25 %). */
  values: (number | null)[];
  /**
   * Only when the last month is partial (`Bundle.period.partial`): the series over the same days
   * (1 … d) of the month before and of the same month a year earlier — point-in-time figures as of
   * day d of those months — so the partial month's MoM and YoY compare like for like. A series
   * without it gets no delta in the partial month (see `periodDeltas`).
   */
  sameDays?: { previous: number | null; yearAgo: number | null };
  /**
   * Windowed series (active customers, RFM segments …): months before `from` are null because the
   * look-back window of `windowMonths` months was not yet full; `reason` says so in Dutch.
   */
  start?: { from: string; windowMonths: number; reason: string };
}

/** The time frame of the figures (see docs/metrics.md, "Peildatum en lopende maand"). */
export interface Period {
  /** Day of the oldest transaction (`yyyy-mm-dd`). */
  firstDay: string;
  /** Day of the newest transaction in the exports, before any `asOf:` pin. */
  dataLastDay: string;
  /** The day every figure is as of: `asOf:` from data/klantbeeld.yaml, else `dataLastDay`. */
  asOf: string;
  /** The last day the figures count as complete: the as-of day (later days are not in them). */
  lastCompleteDay: string;
  /** Whether `asOf` was pinned in data/klantbeeld.yaml. */
  pinned: boolean;
  /** Newest month whose last day is on or before `asOf` (null when there is none). */
  lastCompleteMonth: string | null;
  /** The newest month when it ends after `asOf` (month-to-date), else null. */
  partial: { month: string; throughDay: string; days: number; daysInMonth: number } | null;
  /** How the partial month is compared: with the same days of earlier months (`Series.sameDays`). */
  comparison: "same-days";
  /** Rows after a pinned `asOf` left out of every figure (counts only; all zero without a pin). */
  excluded: { orders: number; lines: number; journeyRows: number; experiments: number; momentRows: number };
}

/** A warning for the dashboard and the digest (names and counts only, never customer data). */
export interface BundleWarning {
  /** Machine-readable code, e.g. `stale_data`, `unknown_channel`, `fit_not_converged`. */
  code: string;
  /** One sentence in Dutch. */
  message: string;
  /**
   * The names and counts the sentence is made of, for `dataQuality.warningTexts[code]` to word it
   * in the reader's language (`lib/warning-text.ts`); absent for a warning only the Dutch text has.
   */
  params?: WarningParams;
}

/** The names and counts of a warning (see `BundleWarning.params`). */
export type WarningParams = Record<string, string | number>;

/**
 * The feature sections, each built by one `loaders/bundle/<section>.ts` and optional: a data set
 * without, say, journeys has no `journeys` section (and no series of it).
 */
export interface BundleSections {
  rfm?: RfmSection;
  repurchase?: RepurchaseSection;
  crossUpsell?: CrossUpsellSection;
  digitalShare?: DigitalShareSection;
  journeys?: JourneysSection;
  experiments?: ExperimentsSection;
  moments?: MomentsSection;
  profile?: ProfileSection;
  business?: BusinessSection;
  goals?: GoalsSection;
}

/** The name of a feature section (`rfm`, `goals` …). */
export type SectionName = keyof BundleSections;

/**
 * The whole bundle. `months` is the calendar axis (`yyyy-mm`, ascending, no gaps) every
 * `Series.values` aligns with. Feature sections are optional so a data set without, say,
 * journeys still builds; each section is produced by one `loaders/bundle/<section>.ts`.
 */
export interface Bundle {
  version: typeof BUNDLE_VERSION;
  title: string;
  locale: string;
  /** The site's languages (`languages:` in data/klantbeeld.yaml), the first at `/`; absent: the locale's language only. */
  languages?: ("nl" | "en")[];
  currency: string;
  timeZone: string;
  /** The as-of day (`yyyy-mm-dd`): the newest transaction's day, or `asOf:` when pinned. */
  dataAsOf: string | null;
  /** As-of day, partial month and comparison rule (absent in bundles of older builds). */
  period?: Period;
  /** SHA-256 over the input files' hashes and the config: same inputs → same id. */
  inputsId: string;
  minGroupSize: number;
  /** The KPI settings of the data description (`kpi:`), which definitions and labels mention. */
  kpi?: { activeWindowMonths: number; topShare: number; lapsedDays: number };
  /** Days after which data count as stale (config `freshnessDays`); the digest and the CLI warn. */
  freshnessDays: number;
  /**
   * The data description's own channel names per language (`channelLabels:`), only when it gives
   * some: pages call `channelLabel(code, language, bundle.channelLabels?.[language])`.
   */
  channelLabels?: Partial<Record<"nl" | "en", Record<string, string>>>;
  months: string[];
  series: Series[];
  /** Feature sections keyed by name; the bundle holds only those its data support. */
  sections: BundleSections;
  accounts: FileAccount[];
  warnings: BundleWarning[];
}
