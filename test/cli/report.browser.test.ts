/**
 * `npm run report` on the built sample site (dist/, made by `npm run build` before the tests), and
 * on a site built from data that end mid-month (test/fixtures/partial-month). The PDF's text is
 * read with poppler's `pdftotext`; what it must hold is taken from elsewhere: the KPI values and
 * changes from the built overview page, the goal titles from the built goals page, the month from
 * the as-of day by the rule "a month counts once its last day is in the data".
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBundle, messages, readBundle } from "../../loaders/index.ts";
import { stableJson } from "../../loaders/lib/stable-json.ts";
import { DIST } from "../site/serve.ts";

const CLI = new URL("../../loaders/cli/report.ts", import.meta.url).pathname;
const exec = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), "klantbeeld-report-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function report(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
/** One string per PDF page (pdftotext separates pages with a form feed), white space folded. */
async function pdfPages(file: string): Promise<string[]> {
  const { stdout } = await exec("pdftotext", ["-enc", "UTF-8", file, "-"]);
  return stdout.split("\f").slice(0, -1).map(fold);
}
const fold = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").trim();
const count = (text: string, part: string) => text.split(part).length - 1;
const monthName = (key: string) => new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5)) - 1, 1));
/** The month a report made on data through `asOf` is about: asOf's month when asOf is its last day, else the month before. */
function expectedMonth(asOf: string): string {
  const [y, m, d] = asOf.split("-").map(Number) as [number, number, number];
  const complete = new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
  const index = y * 12 + m - 1 - (complete ? 0 : 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}
const html = (path: string) => new JSDOM(readFileSync(join(DIST, path), "utf8")).window.document;

describe("npm run report on the sample site", () => {
  let file: string;
  let pages: string[];
  let englishPages: string[];
  let month: string;

  beforeAll(async () => {
    const bundle = await readBundle(join(DIST, "data/bundle.json"));
    month = expectedMonth(bundle.dataAsOf!);
    const run = await report(["--out", join(root, "a")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    file = join(root, "a", `klantbeeld-${month}.pdf`);
    pages = await pdfPages(file);
    // The sample site has two languages (`languages: [nl, en]`): the English report page is printed too.
    const english = join(root, "a", `klantbeeld-${month}-en.pdf`);
    englishPages = await pdfPages(english);
    expect(run.stdout).toBe(`Rapport geschreven: ${file} (${pages.length} pagina's).\n${messages("nl-NL").report.written(english, englishPages.length)}\n`);
  }, 120_000);

  it("has the month on the cover and in every page's footer, with page numbers", () => {
    const name = monthName(month);
    expect(pages[0]).toContain(`Maandrapport ${name}`);
    for (const [i, text] of pages.entries()) expect(text).toContain(`Maandrapport ${name} · pagina ${i + 1} van ${pages.length}`);
  });

  it("writes the English report from the English pages: English month, footer, key figures and no Dutch report words", () => {
    const name = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)) - 1, 1));
    const t = messages("en").report;
    for (const [i, text] of englishPages.entries()) expect(text).toContain(fold(t.footer("", name, String(i + 1), String(englishPages.length))).trim());
    // The key figures may run over two pages in English (longer words), up to the goals section.
    const start = englishPages.findIndex((p) => p.startsWith(fold(t.kpis(name))));
    const end = englishPages.findIndex((p, i) => i > start && p.startsWith(t.goals));
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const kpiPage = englishPages.slice(start, end).join(" ");
    const overview = html("en/index.html");
    const values = [...overview.querySelectorAll(".kpi .kpi-value")].map((e) => fold(e.textContent ?? ""));
    expect(values.length).toBeGreaterThanOrEqual(10);
    for (const value of values) expect(kpiPage!, value).toContain(value);
    const all = englishPages.join(" ");
    for (const dutch of ["Maandrapport", "Kerncijfers", "regels gelezen"]) expect(all).not.toContain(dutch);
  });

  it("holds every KPI value and change the overview shows, on the key-figures page", () => {
    const overview = html("index.html");
    const values = [...overview.querySelectorAll(".kpi .kpi-value")].map((e) => fold(e.textContent ?? ""));
    const changes = [...overview.querySelectorAll(".kpi .delta-text")].map((e) => fold(e.textContent ?? ""));
    expect(values.length).toBeGreaterThanOrEqual(10);
    expect(changes.length).toBe(values.length * 2);
    const kpiPage = pages.find((p) => p.startsWith(`Kerncijfers ${monthName(month)}`));
    expect(kpiPage).toBeDefined();
    for (const text of new Set([...values, ...changes])) {
      const shown = [...values, ...changes].filter((v) => v === text).length;
      expect(count(kpiPage!, text), text).toBeGreaterThanOrEqual(shown);
    }
  });

  it("holds every goal title, each goal's status and the data-quality account", () => {
    const goals = [...html("doelen/index.html").querySelectorAll("article.goal")];
    expect(goals.length).toBeGreaterThan(0);
    const all = pages.join(" ");
    for (const goal of goals) expect(all).toContain(fold(goal.querySelector("h2")!.textContent ?? ""));
    const quality = html("datakwaliteit/index.html").querySelector("tfoot tr")!;
    const [read, accepted, rejected] = [...quality.querySelectorAll("td.num")].map((e) => fold(e.textContent ?? ""));
    expect(all).toContain(`${read} regels gelezen`);
    expect(all).toContain(`${accepted} geaccepteerd, ${rejected} afgekeurd`);
  });

  it("writes the same bytes again, dated the data's as-of day", async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a later second: Chromium's own time stamp would differ
    const again = await report(["--out", join(root, "b")]);
    expect(again.code).toBe(0);
    expect(readFileSync(join(root, "b", `klantbeeld-${month}.pdf`)).equals(readFileSync(file))).toBe(true);
    expect(readFileSync(join(root, "b", `klantbeeld-${month}-en.pdf`)).equals(readFileSync(join(root, "a", `klantbeeld-${month}-en.pdf`)))).toBe(true);
    const { stdout } = await exec("pdfinfo", ["-isodates", file]);
    const asOf = (await readBundle(join(DIST, "data/bundle.json"))).dataAsOf!;
    expect(stdout).toMatch(new RegExp(`CreationDate:\\s+${asOf}T00:00:00Z`));
    expect(stdout).toMatch(new RegExp(`ModDate:\\s+${asOf}T00:00:00Z`));
    expect(stdout).toMatch(/Title:\s+Maandrapport .* · Klantbeeld/);
    expect(stdout).toMatch(/Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
  }, 120_000);
});

describe("npm run report: clear errors", () => {
  it.each([
    // In the data description's language (the sample's nl-NL): messages from the catalogue.
    ["no dist/", ["--dist", "/nonexistent/dist"], {}, "error: /nonexistent/dist/index.html niet gevonden: bouw eerst de site (`npm run build`)"],
    // The bundle reader's message comes from the catalogue, in the data description's language (Dutch here).
    ["no bundle", ["--bundle", "/nonexistent/bundle.json"], {}, `error: ${messages("nl").load.bundleMissing("/nonexistent/bundle.json")}`],
    [
      "CHROMIUM_PATH naming no browser",
      [],
      { CHROMIUM_PATH: "/nonexistent/google-chrome" },
      "error: CHROMIUM_PATH wijst naar /nonexistent/google-chrome, maar daar staat geen browser: zet CHROMIUM_PATH op een Chrome- of Chromium-programma (op GitHubs Ubuntu-runners /usr/bin/google-chrome), of laat het weg voor Debians chromium (/usr/bin/chromium)",
    ],
    [
      "CHROMIUM_PATH naming no browser, in English",
      [],
      { CHROMIUM_PATH: "/nonexistent/google-chrome", KLANTBEELD_LANGUAGE: "en" },
      "error: CHROMIUM_PATH points to /nonexistent/google-chrome, but there is no browser there: set CHROMIUM_PATH to a Chrome or Chromium binary (/usr/bin/google-chrome on GitHub's Ubuntu runners), or leave it out for Debian's chromium (/usr/bin/chromium)",
    ],
  ])("%s: one line, exit 1, no stack", async (_, args, env, message) => {
    const run = await report([...args, "--out", join(root, "errors")], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${message}\n`);
  });
});

describe("npm run report on data that end mid-month", () => {
  let pages: string[];
  let bundlePath: string;

  beforeAll(async () => {
    bundlePath = join(root, "partial-bundle.json");
    writeFileSync(bundlePath, stableJson(await loadBundle("test/fixtures/partial-month")));
    const dist = join(root, "partial-dist");
    await exec("node_modules/.bin/astro", ["build", "--outDir", dist], { env: { ...process.env, KLANTBEELD_BUNDLE: bundlePath, ASTRO_TELEMETRY_DISABLED: "1" } });
    const run = await report(["--dist", dist, "--bundle", bundlePath, "--out", join(root, "partial")]);
    expect(run.stderr).toBe("");
    pages = await pdfPages(join(root, "partial", "klantbeeld-2026-03.pdf"));
  }, 240_000);

  it("is about March, the last complete month, and says April is left out", async () => {
    // The fixture's last order is on 9 April 2026 (test/fixtures/partial-month).
    const bundle = await readBundle(bundlePath);
    expect(bundle.dataAsOf).toBe("2026-04-09");
    expect(pages[0]).toContain("Maandrapport maart 2026");
    expect(pages[0]).toContain("April 2026 loopt nog (data t/m 9 april 2026) en valt buiten dit rapport");
    // March's revenue is on the key-figures page, April's month-to-date revenue is not.
    const revenue = bundle.series.find((s) => s.id === "revenue")!.values;
    const euro = (v: number) => new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: v < 1000 ? 2 : 0, minimumFractionDigits: v < 1000 ? 2 : 0 }).format(v);
    const kpiPage = pages.find((p) => p.startsWith("Kerncijfers maart 2026"))!;
    expect(kpiPage).toContain(fold(euro(revenue.at(-2)!)));
    expect(kpiPage).not.toContain(fold(euro(revenue.at(-1)!)));
    expect(kpiPage).toContain("t.o.v. vorige maand");
    expect(kpiPage).not.toContain("zelfde dagen");
  });
});
