/** The English catalogue: one import and one key per area, typed against the Dutch one. */
import type { nl } from "../nl/index.ts";
import { channels } from "./channels.ts";
import { common } from "./common.ts";
import { dataQuality } from "./dataQuality.ts";
import { glossary } from "./glossary.ts";
import { period } from "./period.ts";

export const en: typeof nl = {
  channels,
  common,
  dataQuality,
  glossary,
  period,
};
