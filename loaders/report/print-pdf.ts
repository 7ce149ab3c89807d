/**
 * Prints one page of the built site to PDF with Chromium (playwright-core driving Debian's
 * chromium, as the browser tests do). The page is served straight from `dist/` through request
 * interception on a made-up origin: no port, no server, and nothing outside `dist/` is fetched.
 * JavaScript is off (the report page needs none), so the same `dist/` prints the same PDF.
 */
import { LoadError } from "../model/load-error.ts";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium } from "playwright-core";

/** Chromium's flags: headless, no sandbox (containers), no GPU, no background network. */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Where Chromium is: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
  return env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/** What to print and how. */
export interface PrintOptions {
  /** The built site. */
  dist: string;
  /** The site's base path (`/` or e.g. `/klantbeeld/`), as the page's links use it. */
  base: string;
  /** Path of the page under the base, e.g. `rapport/`. */
  page: string;
  /** HTML of the footer on every page (Chromium's `footerTemplate`). */
  footer: string;
  executablePath: string;
}

const ORIGIN = "http://klantbeeld.invalid";
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml", ".png": "image/png", ".json": "application/json" };

/** The file in `dist` a URL path maps to (directory → index.html), or null outside `dist`/the base. */
export function fileFor(dist: string, base: string, pathname: string): string | null {
  const path = decodeURIComponent(pathname);
  if (!path.startsWith(base)) return null;
  const root = resolve(dist);
  const file = resolve(root, normalize(`./${path.slice(base.length)}`));
  if (file !== root && !file.startsWith(root + sep)) return null;
  return path.endsWith("/") ? join(file, "index.html") : file;
}

/** Chromium's PDF settings: page size and margins from the page's `@page` rules, backgrounds, a footer, a tagged (accessible) PDF. */
export function pdfOptions(footer: string) {
  return { preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true, headerTemplate: "<span></span>", footerTemplate: footer, tagged: true, outline: false } as const;
}

/** Prints `options.page` to an A4 PDF (the page's `@page` rules set size and margins) and returns its bytes. */
export async function printPdf(options: PrintOptions): Promise<Uint8Array> {
  if (!existsSync(options.executablePath)) throw new LoadError((t) => t.report.errors.noChromium(options.executablePath));
  const browser = await chromium.launch({ executablePath: options.executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === ORIGIN ? fileFor(options.dist, options.base, url.pathname) : null;
      if (file === null || !existsSync(file)) return route.fulfill({ status: 404, body: "not found" });
      return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? "application/octet-stream", body: await readFile(file) });
    });
    const page = await context.newPage();
    const response = await page.goto(`${ORIGIN}${options.base}${options.page}`, { waitUntil: "load" });
    if (!response?.ok()) throw new LoadError((t) => t.report.errors.pageUnopened(join(options.dist, options.page, "index.html")));
    const pdf = await page.pdf(pdfOptions(options.footer));
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}

/** How many pages a Chromium PDF has (its `/Type /Page` objects). */
export function pageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
