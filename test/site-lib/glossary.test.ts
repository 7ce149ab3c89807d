/** The site's glossary: channel names from the data description's `channelLabels:` before the catalogue's. */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBundle } from "../../loaders/index.ts";

// src/lib/glossary.ts reads the bundle when it is imported: point it at a bundle with channel labels first.
let site: typeof import("../../src/lib/glossary.ts");
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "kb-site-glossary-"));
  const path = join(dir, "bundle.json");
  const bundle = await loadBundle("test/fixtures/kpi");
  bundle.channelLabels = { nl: { store: "Filiaal" }, en: { store: "Branch" } };
  await writeFile(path, JSON.stringify(bundle));
  process.env["KLANTBEELD_BUNDLE"] = path;
  site = await import("../../src/lib/glossary.ts");
});

describe("channelLabel on the site", () => {
  it("uses the data description's label in the reader's language", () => {
    expect(site.channelLabel("store", "nl")).toBe("Filiaal");
    expect(site.channelLabel("store", "en")).toBe("Branch");
  });

  it("falls back to the catalogue's label, then to the tidied code", () => {
    expect(site.channelLabel("web", "nl")).toBe("Webshop");
    expect(site.channelLabel("web", "en")).toBe("Web shop");
    expect(site.channelLabel("pop_up", "en")).toBe("Pop up");
  });
});
