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

/** Every section the standard build runs (fresh builders per build: they hold per-build state). */
export function sections(): SectionBuilder[] {
  return [...commercialSectionBuilders(), ...customerSectionBuilders(), ...momentSectionBuilders(), businessBuilder, goalsBuilder];
}
