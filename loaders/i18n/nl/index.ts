/** The Dutch catalogue: one import and one key per area. */
import { common } from "./common.ts";
import { glossary } from "./glossary.ts";

export const nl = {
  common,
  glossary,
};
