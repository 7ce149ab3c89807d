/** The English catalogue: one import and one key per area, typed against the Dutch one. */
import type { nl } from "../nl/index.ts";
import { businessCalculator } from "./businessCalculator.ts";
import { calculators } from "./calculators.ts";
import { channels } from "./channels.ts";
import { common } from "./common.ts";
import { conversion } from "./conversion.ts";
import { crossUpsell } from "./crossUpsell.ts";
import { dataQuality } from "./dataQuality.ts";
import { experiments } from "./experiments.ts";
import { glossary } from "./glossary.ts";
import { period } from "./period.ts";
import { profile } from "./profile.ts";

export const en: typeof nl = {
  businessCalculator,
  calculators,
  channels,
  common,
  conversion,
  crossUpsell,
  dataQuality,
  experiments,
  glossary,
  period,
  profile,
};
