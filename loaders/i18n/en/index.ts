/** The English catalogue: one import and one key per area, typed against the Dutch one. */
import type { nl } from "../nl/index.ts";
import { common } from "./common.ts";
import { report } from "./report.ts";

export const en: typeof nl = {
  common,
  report,
};
