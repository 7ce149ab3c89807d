/**
 * Encrypts a built site with StatiCrypt (npm `staticrypt`, AES-256 via WebCrypto): every HTML
 * page becomes Klantbeeld's login page (`login.html`) holding the encrypted page, worded in the
 * page's language (the first language's pages at `/`, every other language's under `/<language>/`);
 * other files are copied as they are. One key and one salt for the whole site, so one login opens
 * every page in either language. The key reaches StatiCrypt through its environment
 * (`STATICRYPT_PASSWORD`), never argv.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Language, messages } from "../i18n/index.ts";

/** How long "Onthoud mij" keeps the login, in days. */
export const REMEMBER_DAYS = 30;

/**
 * The site's StatiCrypt salt: 32 hex characters derived from the site's address. It must stay
 * the same from one deploy to the next (a new salt would log everybody out each month); it is
 * public in every page anyway, and being unique per site it still defeats tables precomputed for
 * other sites. A different address gives a different salt.
 */
export function siteSalt(siteId: string): string {
  return createHash("sha256").update(`klantbeeld/staticrypt-salt\0${siteId}`).digest("hex").slice(0, 32);
}

/** Options of `encryptSite`. */
export interface EncryptOptions {
  /** The readable site (its HTML pages are encrypted, other files copied). */
  from: string;
  /** The output folder (must not exist or be empty). */
  to: string;
  key: string;
  salt: string;
  /** The site's languages, the first at `/` and each other in its `/<language>/` folder (default Dutch only). */
  languages?: readonly Language[];
}

const require = createRequire(import.meta.url);
const CLI = require.resolve("staticrypt/cli/index.js");
const TEMPLATE = new URL("./login.html", import.meta.url).pathname;

/**
 * Runs StatiCrypt over every top-level entry of `from` (so paths under `to` mirror `from`): the
 * first language's entries with its login texts, then each other language's folder with its own.
 */
export async function encryptSite(options: EncryptOptions): Promise<void> {
  const [first = "nl", ...others] = options.languages ?? ["nl"];
  const work = await mkdtemp(join(tmpdir(), "klantbeeld-login-"));
  try {
    const names = (await readdir(options.from)).sort();
    const rootEntries = names.filter((name) => !(others as string[]).includes(name)).map((name) => join(options.from, name));
    await runStatiCrypt(rootEntries, options.to, options, await template(work, first), first);
    for (const language of others) {
      if (!names.includes(language)) continue;
      const from = join(options.from, language);
      const entries = (await readdir(from)).sort().map((name) => join(from, name));
      await runStatiCrypt(entries, join(options.to, language), options, await template(work, language), language);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The login template with the words StatiCrypt has no placeholder for, in `language` (written into `work`). */
async function template(work: string, language: Language): Promise<string> {
  const t = messages(language).login;
  const text = (await readFile(TEMPLATE, "utf8")).replaceAll("{{lang}}", language).replaceAll("{{loading}}", t.loading).replaceAll("{{noscript}}", t.noscript);
  const path = join(work, `login-${language}.html`);
  await writeFile(path, text);
  return path;
}

async function runStatiCrypt(entries: string[], to: string, options: EncryptOptions, templatePath: string, language: Language): Promise<void> {
  if (entries.length === 0) return;
  const t = messages(language).login;
  const args = [
    CLI,
    ...entries,
    "--recursive",
    "--directory", to,
    "--config", "false",
    "--salt", options.salt,
    "--short",
    "--remember", String(REMEMBER_DAYS),
    "--template", templatePath,
    "--template-title", t.title,
    "--template-instructions", t.instructions,
    "--template-placeholder", t.placeholder,
    "--template-button", t.button,
    "--template-remember", t.remember(REMEMBER_DAYS),
    "--template-error", t.error,
    "--template-toggle-show", t.showPassword,
    "--template-color-primary", "#1f5f8b",
  ];
  const env = { PATH: process.env.PATH ?? "", STATICRYPT_PASSWORD: options.key };
  const output = await new Promise<{ code: number | null; text: string }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    child.stdout.on("data", (c: Buffer) => (text += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (text += c.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, text }));
  });
  if (output.code !== 0) {
    const first = output.text.split("\n").find((l) => l.trim()) ?? "no output";
    throw new Error(`staticrypt failed (exit ${output.code}): ${first.split(options.key).join("***")}`);
  }
}
