/**
 * Reads the `rfm:` block of the (loose) config with `RfmSettingsSchema`, once, with an error
 * that names the block and field. Shared by the bundle section and the campaign export.
 */
import type { Config } from "../schemas/config.ts";
import { type RfmSettings, RfmSettingsSchema } from "../schemas/rfm.ts";
import { LoadError } from "../model/load-error.ts";
import { describeIssues } from "../sources/read-config.ts";

/** The validated `rfm:` settings of `config` (all defaults when the block is absent). */
export function rfmSettings(config: Config): RfmSettings {
  const result = RfmSettingsSchema.safeParse(config["rfm"] ?? {}, { reportInput: true });
  if (!result.success) throw new LoadError(describeIssues("data/klantbeeld.yaml, rfm", result.error));
  return result.data;
}
