/**
 * `npm run protect`: prepares the folder the deploy workflow uploads, as `access` in
 * data/klantbeeld.yaml says (default `password`: every page encrypted with the key in
 * KLANTBEELD_ACCESS_KEY; see loaders/protect/publish.ts and docs/access.md). `npm start` and
 * `npm run build` are not affected: dist/ stays the readable site for the person at the keyboard.
 *
 *   node loaders/cli/protect.ts [--site dist] [--out .klantbeeld/publish] [--data data] [--bundle .klantbeeld/bundle.json]
 *
 * Exit code 1 with one line (never the key, never a figure) when the key is missing or short,
 * staticrypt fails, or readable data would be left in the folder; nothing is published then.
 */
import { parseArgs } from "node:util";
import { BUNDLE_PATH, readBundle } from "../read-bundle.ts";
import { preparePublish } from "../protect/publish.ts";
import { type Language, messages } from "../i18n/index.ts";
import { errorText } from "../model/load-error.ts";
import { readConfig } from "../sources/read-config.ts";
import { cliLanguage } from "./language.ts";

/** The default publish folder (inside `.klantbeeld/`, which git ignores). */
export const PUBLISH_DIR = ".klantbeeld/publish";

/** Runs the CLI; resolves to the lines to print (in `language`: the data description's, see loaders/cli/language.ts). */
export async function protect(argv: string[], env: Record<string, string | undefined>, language?: Language): Promise<string[]> {
  const { values } = parseArgs({
    args: argv,
    options: {
      site: { type: "string", default: "dist" },
      out: { type: "string", default: PUBLISH_DIR },
      data: { type: "string", default: "data" },
      bundle: { type: "string", default: BUNDLE_PATH },
    },
  });
  const config = await readConfig(values.data);
  const t = messages(language ?? cliLanguage(values.data, env)).cli.protect;
  const bundle = await readBundle(values.bundle);
  const r = await preparePublish({ access: config.access, site: values.site, out: values.out, bundle, env });
  const how = r.access === "password" ? t.encrypted(r.encryptedPages) : r.access === "public" ? t.public : t.host(r.access);
  return [t.done(values.out, r.files, how)];
}

if (import.meta.main) {
  const data = parseArgs({ args: process.argv.slice(2), options: { data: { type: "string", default: "data" } }, strict: false }).values.data;
  const language = cliLanguage(typeof data === "string" ? data : "data", process.env);
  protect(process.argv.slice(2), process.env, language).then(
    (lines) => console.log(lines.join("\n")),
    (error: unknown) => {
      // "error: " first, so the workflow's failure notice finds this line in the job's log.
      console.error(`${messages(language).cli.error}: ${messages(language).cli.protect.failed(errorText(error, language).split("\n")[0]!)}`);
      process.exitCode = 1;
    },
  );
}
