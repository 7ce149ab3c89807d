/**
 * The built sample site (`languages: [nl, en]` in data/klantbeeld.yaml): every page exists in both
 * languages, says its language in `<html lang>`, links in its menu only to pages of its own
 * language, and its language switch leads to the same page in the other language, which links back.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { builtPages, languageOfPath } from "./pages.ts";
import { DIST } from "./serve.ts";

const pages = builtPages();
const built = new Set(pages);
const dom = (path: string) => new JSDOM(readFileSync(join(DIST, path, "index.html"), "utf8")).window.document;
/** The page path a link points to (the base is `/` in the test build). */
const target = (href: string) => new URL(href, "http://site/").pathname;

describe("two languages", () => {
  it("builds every Dutch page again under /en/", () => {
    const dutch = pages.filter((p) => languageOfPath(p) === "nl" && !p.startsWith("/data/"));
    const english = pages.filter((p) => languageOfPath(p) === "en");
    expect(dutch.length).toBeGreaterThan(20);
    expect(english.sort()).toEqual(dutch.map((p) => `/en${p}`).sort());
  });

  it.each(pages.filter((p) => !p.startsWith("/data/")))("%s: lang, menu links and switch link agree", (path) => {
    const language = languageOfPath(path);
    const other = language === "nl" ? "en" : "nl";
    const doc = dom(path);
    expect(doc.documentElement.lang).toBe(language);
    // Menu, header and back links stay inside the page's language.
    for (const a of doc.querySelectorAll<HTMLAnchorElement>("nav a, .brand > a, .back a")) {
      expect(languageOfPath(target(a.href)), `${path} → ${a.href}`).toBe(language);
      expect(built.has(target(a.href)), `${path} → ${a.href}`).toBe(true);
    }
    const switches = [...doc.querySelectorAll<HTMLAnchorElement>("a[data-language-switch]")];
    expect(switches.map((a) => a.hreflang)).toEqual([other]);
    const there = target(switches[0]!.href);
    expect(there).toBe(language === "nl" ? `/en${path}` : path.replace(/^\/en/, ""));
    expect(built.has(there), `${path} → ${there}`).toBe(true);
    const back = [...dom(there).querySelectorAll<HTMLAnchorElement>("a[data-language-switch]")].map((a) => target(a.href));
    expect(back).toEqual([path]);
  });
});
