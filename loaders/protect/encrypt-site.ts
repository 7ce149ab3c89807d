/**
 * Encrypts a built site with StatiCrypt (npm `staticrypt`, AES-256 via WebCrypto): every HTML
 * page becomes Klantbeeld's Dutch login page (`login.html`) holding the encrypted page; other
 * files are copied as they are. One key and one salt for the whole site, so one login opens every
 * page. The key reaches StatiCrypt through its environment (`STATICRYPT_PASSWORD`), never argv.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";

/** The Dutch texts of the login page. */
export const LOGIN_TEXTS = {
  title: "Klantbeeld – inloggen",
  instructions: "Dit dashboard is afgeschermd. Vul het wachtwoord in dat je van de beheerder van het dashboard hebt gekregen.",
  placeholder: "Wachtwoord",
  button: "Openen",
  remember: "Onthoud mij 30 dagen op dit apparaat",
  error: "Onjuist wachtwoord. Controleer het wachtwoord en probeer het opnieuw.",
  showPassword: "Wachtwoord tonen",
} as const;

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
}

const require = createRequire(import.meta.url);
const CLI = require.resolve("staticrypt/cli/index.js");
const TEMPLATE = new URL("./login.html", import.meta.url).pathname;

/** Runs StatiCrypt over every top-level entry of `from` (so paths under `to` mirror `from`). */
export async function encryptSite(options: EncryptOptions): Promise<void> {
  const entries = (await readdir(options.from)).sort().map((name) => join(options.from, name));
  const args = [
    CLI,
    ...entries,
    "--recursive",
    "--directory", options.to,
    "--config", "false",
    "--salt", options.salt,
    "--short",
    "--remember", String(REMEMBER_DAYS),
    "--template", TEMPLATE,
    "--template-title", LOGIN_TEXTS.title,
    "--template-instructions", LOGIN_TEXTS.instructions,
    "--template-placeholder", LOGIN_TEXTS.placeholder,
    "--template-button", LOGIN_TEXTS.button,
    "--template-remember", LOGIN_TEXTS.remember,
    "--template-error", LOGIN_TEXTS.error,
    "--template-toggle-show", LOGIN_TEXTS.showPassword,
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
