/** The English catalogue: one import and one key per area, typed against the Dutch one. */
import type { nl } from "../nl/index.ts";
import { common } from "./common.ts";
import { glossary } from "./glossary.ts";
import { period } from "./period.ts";
import { digest } from "./digest.ts";
import { failure } from "./failure.ts";
import { cli } from "./cli.ts";
import { load } from "./load.ts";
import { validate } from "./validate.ts";

export const en: typeof nl = {
  common,
  glossary,
  period,
  digest,
  failure,
  cli,
  load,
  validate,
};
