/** The English catalogue: one import and one key per area, typed against the Dutch one. */
import type { nl } from "../nl/index.ts";
import { businessCalculator } from "./businessCalculator.ts";
import { calculators } from "./calculators.ts";
import { channels } from "./channels.ts";
import { common } from "./common.ts";
import { conversion } from "./conversion.ts";
import { crossUpsell } from "./crossUpsell.ts";
import { dataQuality } from "./dataQuality.ts";
import { experiments } from "./experiments.ts";
import { glossary } from "./glossary.ts";
import { layout } from "./layout.ts";
import { period } from "./period.ts";
import { digest } from "./digest.ts";
import { failure } from "./failure.ts";
import { cli } from "./cli.ts";
import { load } from "./load.ts";
import { validate } from "./validate.ts";
import { siteCommon } from "./siteCommon.ts";
import { siteSeries } from "./siteSeries.ts";
import { overview } from "./overview.ts";
import { goals } from "./goals.ts";
import { charts } from "./charts.ts";
import { segments } from "./segments.ts";
import { repurchase } from "./repurchase.ts";
import { moments } from "./moments.ts";
import { profile } from "./profile.ts";
import { report } from "./report.ts";
import { schema } from "./schema.ts";
import { engine } from "./engine.ts";
import { login } from "./login.ts";

export const en: typeof nl = {
  businessCalculator,
  calculators,
  channels,
  common,
  conversion,
  crossUpsell,
  dataQuality,
  experiments,
  glossary,
  layout,
  period,
  digest,
  failure,
  cli,
  load,
  validate,
  siteCommon,
  siteSeries,
  overview,
  goals,
  charts,
  segments,
  repurchase,
  moments,
  profile,
  report,
  schema,
  engine,
  login,
};
