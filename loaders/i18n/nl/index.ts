/** The Dutch catalogue: one import and one key per area. */
import { common } from "./common.ts";
import { report } from "./report.ts";

export const nl = {
  common,
  report,
};
