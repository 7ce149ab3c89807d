/** The Dutch catalogue: one import and one key per area. */
import { common } from "./common.ts";

export const nl = {
  common,
};
