/**
 * `npm run bench:site`: Lighthouse 12.2.3 (pinned; newer majors need Node 22+ and a newer lock)
 * on the main pages of the built site (`dist/`, so run `npm run build` first), served on loopback
 * and opened in Debian's Chromium, for a phone (Lighthouse's default mobile emulation) and a
 * desktop. Prints accessibility and best-practices scores per page and the audits that failed;
 * exits 1 when a score is below 100. Not part of `npm test` (minutes, and scores are not tests).
 *
 * Flags: `--only /,/doelen/` limits the pages; `--desktop` or `--mobile` runs one form factor.
 */
import lighthouse from "lighthouse";
import { launchChromium, serveDist } from "../site/serve.ts";

const PAGES = ["/", "/segmenten/", "/herhaalaankopen/", "/cross-upsell/", "/conversie/", "/kanalen/", "/experimenten/", "/doelen/", "/datakwaliteit/"];
const argv = process.argv.slice(2);
const at = argv.indexOf("--only");
const pages = at === -1 ? PAGES : argv[at + 1]!.split(",");
const factors = argv.includes("--desktop") ? ["desktop"] : argv.includes("--mobile") ? ["mobile"] : ["mobile", "desktop"];
const CATEGORIES = ["accessibility", "best-practices"] as const;

const port = 9300 + Math.floor(Math.random() * 500);
const site = await serveDist();
const browser = await launchChromium([`--remote-debugging-port=${port}`]);
const rows: string[] = [];
let failed = false;
try {
  for (const factor of factors) {
    for (const path of pages) {
      const desktop = factor === "desktop";
      const result = await lighthouse(`${site.url}${path}`, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] }, desktop
        ? { extends: "lighthouse:default", settings: { formFactor: "desktop", screenEmulation: { mobile: false, width: 1366, height: 900, deviceScaleFactor: 1, disabled: false }, throttlingMethod: "provided" } }
        : { extends: "lighthouse:default", settings: { throttlingMethod: "provided" } });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = result.lhr;
      const scores = CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100));
      const misses = CATEGORIES.flatMap((c) => categories[c]!.auditRefs.filter((r) => r.weight > 0 && audits[r.id]!.score !== null && audits[r.id]!.score! < 1).map((r) => r.id));
      if (scores.some((s) => s < 100)) failed = true;
      rows.push(`| ${path} | ${factor} | ${scores.join(" | ")} | ${misses.join(", ") || "–"} |`);
      console.error(`${factor} ${path}: ${scores.join(" / ")}${misses.length ? ` (${misses.join(", ")})` : ""}`);
    }
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`Lighthouse 12.2.3, Chromium ${browser.version()}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log("| Page | Form factor | Accessibility | Best practices | Failed audits |\n|---|---|---|---|---|");
console.log(rows.join("\n"));
process.exitCode = failed ? 1 : 0;
