/**
 * The feature sections of the bundle, in build order. A section that reads another's output
 * (goals read every series) comes after it.
 */
import type { SectionBuilder } from "./build-bundle.ts";

/** Every section the standard build runs. */
export const SECTIONS: readonly SectionBuilder[] = [];
