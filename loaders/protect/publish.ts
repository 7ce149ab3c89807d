/**
 * The publish preparation behind `npm run protect`: turns the readable build (`dist/`) into the
 * folder the deploy workflow uploads, as `access` in data/klantbeeld.yaml says.
 *
 * | access                    | the publish folder                                                    |
 * |---------------------------|-----------------------------------------------------------------------|
 * | `password` (default)      | every page encrypted (StatiCrypt) with KLANTBEELD_ACCESS_KEY, checked  |
 * |                           | afterwards: no revenue figure, segment, goal or file name readable      |
 * | `public`                  | the readable site                                                     |
 * | `github-private-pages`, `azure-static-web-apps`, `cloudflare-access` | the readable site, for a host that asks for the login itself (plus Azure's `staticwebapp.config.json`) |
 *
 * The readable bundle (`data/bundle.json`) is never published in any mode. The folder is built
 * next to `out` and renamed into place, so a failure never leaves a half-encrypted folder behind.
 */
import { cp, mkdir, readdir, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import type { Bundle } from "../bundle/types.ts";
import type { Access } from "../schemas/config.ts";
import { LoadError } from "../model/load-error.ts";
import { languageOf } from "../i18n/index.ts";
import { findClearText, type SensitiveParts, sensitiveTerms } from "./clear-text.ts";
import { encryptSite, siteSalt } from "./encrypt-site.ts";
import { hostFiles } from "./host-config.ts";

/** The environment variable (fed from the repository secret of the same name) holding the site key. */
export const KEY_VARIABLE = "KLANTBEELD_ACCESS_KEY";
/** Shortest key accepted: a static site can be attacked offline, so the key must be long. */
export const MIN_KEY_LENGTH = 16;
/** Files of the build that are never published (relative to the site folder). */
export const NEVER_PUBLISHED = ["data/bundle.json"];

/** A failure whose message is safe to print (no key, no data); written from the catalogue like a `LoadError`. */
export class ProtectError extends LoadError {
  override readonly name: string = "ProtectError";
}

/** Options of `preparePublish`. */
export interface PublishOptions {
  access: Access;
  /** The readable build, e.g. `dist`. */
  site: string;
  /** The folder to upload, e.g. `.klantbeeld/publish` (replaced). */
  out: string;
  /** The bundle the site was built from (for the clear-text check). */
  bundle: SensitiveParts & Pick<Bundle, "title" | "locale" | "languages">;
  env: Record<string, string | undefined>;
}

/** What was prepared. */
export interface PublishResult {
  access: Access;
  files: number;
  encryptedPages: number;
}

const isPage = (path: string) => /\.html?$/.test(path);

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

/** The site key from the environment; a clear error naming the secret when it is missing or short. */
export function accessKey(env: Record<string, string | undefined>): string {
  const key = env[KEY_VARIABLE] ?? "";
  if (key === "") {
    throw new ProtectError((t) => t.cli.protect.noKey(KEY_VARIABLE));
  }
  if (key.length < MIN_KEY_LENGTH) throw new ProtectError((t) => t.cli.protect.shortKey(KEY_VARIABLE, key.length, MIN_KEY_LENGTH));
  return key;
}

/** Builds the publish folder; throws a `ProtectError` (and leaves `out` as it was) on any problem. */
export async function preparePublish(options: PublishOptions): Promise<PublishResult> {
  const site = resolve(options.site);
  const out = resolve(options.out);
  if (!(await stat(join(site, "index.html")).catch(() => null))) throw new ProtectError((t) => t.cli.protect.noSite(options.site));
  if (!relative(site, out).startsWith("..")) throw new ProtectError((t) => t.cli.protect.outInside(options.out, options.site));
  const key = options.access === "password" ? accessKey(options.env) : "";
  const extra = hostFiles(options.access, options.env);
  await mkdir(dirname(out), { recursive: true });
  const staging = `${out}.readable-${process.pid}`;
  const ready = `${out}.ready-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await rm(ready, { recursive: true, force: true });
  try {
    await cp(site, staging, { recursive: true, filter: (from) => !NEVER_PUBLISHED.includes(relative(site, from).split("\\").join("/")) });
    await rmdir(join(staging, "data")).catch(() => undefined); // only when it is left empty
    let encryptedPages = 0;
    if (options.access === "password") {
      const siteId = `${options.env.KLANTBEELD_SITE ?? ""}${options.env.KLANTBEELD_BASE ?? ""}` || options.bundle.title;
      const languages = options.bundle.languages?.length ? options.bundle.languages : [languageOf(options.bundle.locale)];
      await encryptSite({ from: staging, to: ready, key, salt: siteSalt(siteId), languages });
      const pages = (await listFiles(staging)).filter(isPage);
      const written = new Set(await listFiles(ready));
      const missing = pages.filter((p) => !written.has(p));
      if (missing.length > 0) throw new ProtectError((t) => t.cli.protect.pagesLeft(missing.length, missing[0]!));
      const hits = await findClearText(ready, sensitiveTerms(options.bundle));
      if (hits.length > 0) {
        const list = hits.slice(0, 5).map((h) => `${h.file} (${h.kind})`).join(", ");
        const kinds = [...new Set(hits.map((h) => h.kind))].join("/");
        throw new ProtectError((t) => t.cli.protect.clearText(kinds, list));
      }
      encryptedPages = pages.length;
    } else {
      await rename(staging, ready);
    }
    for (const [name, text] of Object.entries(extra)) await writeFile(join(ready, name), text, "utf8");
    const files = (await listFiles(ready)).length;
    await rm(out, { recursive: true, force: true });
    await rename(ready, out);
    return { access: options.access, files, encryptedPages };
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(ready, { recursive: true, force: true });
  }
}
