/** The Dutch catalogue: one import and one key per area. */
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

export const nl = {
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
