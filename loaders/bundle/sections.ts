/**
 * The feature sections of the bundle, in build order. A section that reads another's output
 * (repurchase reads the RFM segments, goals read every series) comes after it.
 */
import type { SectionBuilder } from "./build-bundle.ts";
import { commercialSectionBuilders } from "./commercial.ts";
import { customerSectionBuilders } from "./customer-sections.ts";
import { goalsBuilder } from "./goals.ts";
import { businessBuilder } from "./business.ts";
import { momentSectionBuilders } from "./moments.ts";
import type { MonthStateExchange } from "./month-state.ts";

/**
 * Every section the standard build runs (fresh builders per build: they hold per-build state);
 * `monthState` carries the month-level state of an incremental build (see `rfm-month-state.ts`);
 * the repurchase model runs on its own thread from `modelThreadFrom` orders, started early up to
 * `modelEarlyUpTo` orders (see `customer-sections.ts`).
 */
export function sections(monthState?: MonthStateExchange, modelThreadFrom?: number, modelEarlyUpTo?: number): SectionBuilder[] {
  return [...commercialSectionBuilders(monthState), ...customerSectionBuilders(monthState, modelThreadFrom, modelEarlyUpTo), ...momentSectionBuilders(), businessBuilder, goalsBuilder];
}
