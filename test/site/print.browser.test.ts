/**
 * Printing (src/styles/print.css): A4 portrait, no navigation, and no card cut over two pages — on
 * the monthly report page and on every page in the menu. Two checks per page:
 * - in print emulation at the A4 text width, every visible card is at most one page of text high
 *   and asks not to be broken (`break-inside: avoid`), so Chromium can and must keep it whole —
 *   except a card that cannot fit a page (the row account of 50-odd files, the calculator with
 *   its assumptions): it may break only between its own unbreakable blocks (table rows under a
 *   repeated header, the calculator's result and assumption blocks), each of which fits a page;
 * - in the real PDF, each card's top-left and bottom-left corners (two tiny markers placed there)
 *   land on the same printed page: the card's box lies within one page; for a card taller than a
 *   page, the same holds for each of its blocks.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfOptions } from "../../loaders/report/print-pdf.ts";
import { launchChromium, serveDist } from "./serve.ts";

const exec = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), "klantbeeld-print-"));
const MM = 96 / 25.4;
// A4 minus the margins of `@page` in print.css (12 mm top and sides, 16 mm bottom for the footer).
const TEXT_WIDTH = (210 - 24) * MM;
const TEXT_HEIGHT = (297 - 12 - 16) * MM;
const PAGES = ["/rapport/", "/", "/segmenten/", "/herhaalaankopen/", "/cross-upsell/", "/conversie/", "/kanalen/", "/experimenten/", "/moment/", "/klantprofiel/", "/doelen/", "/datakwaliteit/"];

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: Math.floor(TEXT_WIDTH), height: Math.floor(TEXT_HEIGHT) } });
  await page.goto(`${site.url}${path}`);
  await page.emulateMedia({ media: "print" });
  return page;
}

/** The printable cards: visible, and not a closed `<details>` (only its summary prints). */
const CARDS = `(() => [...document.querySelectorAll(".card")].filter((c) => c.checkVisibility() && !(c.tagName === "DETAILS" && !c.open) && !c.closest("details:not([open]) > :not(summary)")))()`;

/** A card taller than a page: its outermost descendants that avoid breaks (not repeated header/footer rows). */
const BLOCKS = `((card) => {
  const avoid = [...card.querySelectorAll("*")].filter((e) => e.checkVisibility() && getComputedStyle(e).breakInside === "avoid" && !e.closest("thead, tfoot"));
  return avoid.filter((e) => !avoid.some((o) => o !== e && o.contains(e)));
})`;

describe("print stylesheet", () => {
  it.each(PAGES)("%s: no navigation; every card fits a page and avoids breaks", async (path) => {
    const page = await open(path);
    expect(await page.locator("nav, .site-header").evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).length)).toBe(0);
    const cards = await page.evaluate(`${CARDS}.map((c) => ({
      text: (c.querySelector("h2, h3, summary")?.textContent ?? c.className).trim().slice(0, 60),
      height: c.getBoundingClientRect().height,
      avoid: getComputedStyle(c).breakInside,
      blocks: ${BLOCKS}(c).map((b) => b.getBoundingClientRect().height),
      heads: [...c.querySelectorAll("thead")].map((h) => getComputedStyle(h).display),
    }))`) as { text: string; height: number; avoid: string; blocks: number[]; heads: string[] }[];
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.avoid, `${path} "${card.text}"`).toBe("avoid");
      if (card.height <= TEXT_HEIGHT) continue;
      // Taller than a page: it breaks between its blocks, so each block fits a page and the rest is little.
      const blocks = card.blocks.reduce((sum, h) => sum + h, 0);
      expect(card.height - blocks, `${path} "${card.text}" is taller than an A4 page and has too little room to break`).toBeLessThanOrEqual(TEXT_HEIGHT / 2);
      for (const height of card.blocks) expect(height, `${path} "${card.text}": a block taller than a page`).toBeLessThanOrEqual(TEXT_HEIGHT);
      expect(card.heads.every((d) => d === "table-header-group")).toBe(true);
    }
    await page.close();
  });

  it.each(PAGES)("%s: in the PDF each card starts and ends on the same page", async (path) => {
    const page = await open(path);
    // Boxes that must not break: each card, or each block of a card taller than a page (a row: its first cell).
    const n = await page.evaluate(`${CARDS}.flatMap((c) => c.getBoundingClientRect().height > ${TEXT_HEIGHT} ? ${BLOCKS}(c).map((b) => (b.tagName === "TR" ? b.firstElementChild : b)) : [c]).map((c, i) => {
      if (getComputedStyle(c).position === "static") c.style.position = "relative";
      for (const [end, where] of [["S", "top"], ["E", "bottom"]]) {
        const m = document.createElement("span");
        m.textContent = "KB" + end + i + "Q";
        m.style.cssText = "position:absolute;left:1px;" + where + ":0;font:4px/1 sans-serif;color:#000;white-space:nowrap";
        c.append(m);
      }
    }).length`) as number;
    const file = join(root, `${path.replaceAll("/", "_") || "_"}.pdf`);
    writeFileSync(file, await page.pdf(pdfOptions("<span></span>")));
    await page.close();
    const { stdout } = await exec("pdftotext", ["-enc", "UTF-8", "-raw", file, "-"]);
    const pages = stdout.split("\f");
    const pageOf = (marker: string) => pages.flatMap((text, i) => (text.split(/\s+/).includes(marker) ? [i + 1] : []));
    for (let i = 0; i < n; i++) {
      const [start, end] = [pageOf(`KBS${i}Q`), pageOf(`KBE${i}Q`)];
      expect(start.length, `${path} box ${i} top marker`).toBe(1);
      expect(end, `${path} box ${i} runs from page ${start[0]} to page ${end[0]}`).toEqual(start);
    }
  });
});
