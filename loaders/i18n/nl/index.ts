/** The Dutch catalogue: one import and one key per area. */
import { common } from "./common.ts";
import { glossary } from "./glossary.ts";
import { layout } from "./layout.ts";
import { period } from "./period.ts";

export const nl = {
  common,
  glossary,
  layout,
  period,
};
