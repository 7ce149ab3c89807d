import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { chromiumPath, fileFor, pageCount } from "../../loaders/report/print-pdf.ts";

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

  it("counts /Type /Page objects, not the /Pages tree", () => {
    expect(pageCount(new Uint8Array(Buffer.from("<</Type /Pages /Count 2>> <</Type /Page /Parent 1 0 R>> <</Type/Page>>", "latin1")))).toBe(2);
  });
});
