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
import { readConfig } from "../sources/read-config.ts";

/** The default publish folder (inside `.klantbeeld/`, which git ignores). */
export const PUBLISH_DIR = ".klantbeeld/publish";

/** Runs the CLI; resolves to the lines to print. */
export async function protect(argv: string[], env: Record<string, string | undefined>): Promise<string[]> {
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
  const bundle = await readBundle(values.bundle);
  const r = await preparePublish({ access: config.access, site: values.site, out: values.out, bundle, env });
  const how =
    r.access === "password"
      ? `${r.encryptedPages} pages encrypted (one login for the whole site)`
      : r.access === "public"
        ? "readable by anyone (access: public)"
        : `readable, behind the host's login (access: ${r.access})`;
  return [`${values.out}: ${r.files} files, ${how}; data/bundle.json left out.`];
}

if (import.meta.main) {
  protect(process.argv.slice(2), process.env).then(
    (lines) => console.log(lines.join("\n")),
    (error: unknown) => {
      // "error: " first, so the workflow's failure notice finds this line in the job's log.
      console.error(`error: protect: ${(error as Error).message.split("\n")[0]}`);
      process.exitCode = 1;
    },
  );
}
