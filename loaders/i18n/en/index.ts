/** The English catalogue: one import and one key per area, typed against the Dutch one. */
import type { nl } from "../nl/index.ts";
import { common } from "./common.ts";
import { glossary } from "./glossary.ts";
import { layout } from "./layout.ts";
import { period } from "./period.ts";

export const en: typeof nl = {
  common,
  glossary,
  layout,
  period,
};
