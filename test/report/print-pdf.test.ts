import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { LoadError } from "../../loaders/model/load-error.ts";
import { chromiumPath, fileFor, pageCount, printPdf } from "../../loaders/report/print-pdf.ts";

const dist = resolve("dist");

describe("fileFor", () => {
  it.each([
    ["/rapport/", "/", join(dist, "rapport/index.html")],
    ["/_astro/a.css", "/", join(dist, "_astro/a.css")],
    ["/klantbeeld/rapport/", "/klantbeeld/", join(dist, "rapport/index.html")],
    ["/klantbeeld/", "/klantbeeld/", join(dist, "index.html")],
  ])("maps %s under base %s into dist/", (path, base, file) => {
    expect(fileFor("dist", base, path)).toBe(file);
  });

  it("serves nothing outside the base or dist/", () => {
    expect(fileFor("dist", "/klantbeeld/", "/other/rapport/")).toBeNull();
    expect(fileFor("dist", "/", "/../package.json")).toBeNull();
    expect(fileFor("dist", "/", "/%2e%2e/%2e%2e/etc/passwd")).toBeNull();
    expect(fileFor("dist", "/", "/rapport/../../package.json")).toBeNull();
  });
});

describe("chromiumPath and pageCount", () => {
  it("takes CHROMIUM_PATH, else Debian's chromium", () => {
    expect(chromiumPath({ CHROMIUM_PATH: "/usr/bin/google-chrome" })).toBe("/usr/bin/google-chrome");
    expect(chromiumPath({})).toBe("/usr/bin/chromium");
  });

  it("says where to get a browser when there is none at the path, in each language", async () => {
    const error = await printPdf({ dist: "dist", base: "/", page: "rapport/", footer: "", executablePath: "/nonexistent/chromium" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).text("en")).toBe(
      "Chromium not found at /nonexistent/chromium: install it with `sudo apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chrome or Chromium binary",
    );
    expect((error as LoadError).text("nl")).toMatch(/^Chromium niet gevonden op \/nonexistent\/chromium: installeer het met `sudo apt-get install chromium`/);
  });

  it("counts /Type /Page objects, not the /Pages tree", () => {
    expect(pageCount(new Uint8Array(Buffer.from("<</Type /Pages /Count 2>> <</Type /Page /Parent 1 0 R>> <</Type/Page>>", "latin1")))).toBe(2);
  });
});
