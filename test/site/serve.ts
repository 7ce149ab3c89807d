/** Test helper: serves `dist/` on loopback (like GitHub Pages would) and launches Debian's Chromium. */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { type Browser, chromium } from "playwright-core";

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".svg": "image/svg+xml" };

/** Where the built site is (`dist/`, or KLANTBEELD_DIST); the test suite runs after `npm run build`. */
export const DIST = process.env.KLANTBEELD_DIST ?? "dist";

/** Starts a static server for `dir` (default `DIST`) on 127.0.0.1 and returns its base URL and a close function. */
export async function serveDist(dir = DIST): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(dir, "index.html"))) throw new Error(`${dir}/index.html is missing: run \`npm run build\` first (npm test does)`);
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Debian's Chromium, headless, with a fresh profile (Playwright makes one per launch) and no background network; `extraArgs` e.g. a remote-debugging port for Lighthouse. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) throw new Error(`${executablePath} not found: install Debian's chromium (.ci/run does)`);
  return chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", ...extraArgs],
  });
}
