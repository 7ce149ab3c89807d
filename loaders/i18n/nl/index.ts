/** The Dutch catalogue: one import and one key per area. */
import { common } from "./common.ts";
import { glossary } from "./glossary.ts";
import { period } from "./period.ts";
import { digest } from "./digest.ts";
import { failure } from "./failure.ts";
import { cli } from "./cli.ts";
import { load } from "./load.ts";
import { validate } from "./validate.ts";

export const nl = {
  common,
  glossary,
  period,
  digest,
  failure,
  cli,
  load,
  validate,
};
