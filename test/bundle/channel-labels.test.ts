/**
 * `channelLabels:` in data/klantbeeld.yaml reaches the bundle per language, so pages can name a
 * channel code the data description's way (`channelLabel(code, language, bundle.channelLabels?.[language])`),
 * with the catalogue as the fallback; without it the bundle has no such key (unchanged bytes).
 */
import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { channelLabel, loadBundle } from "../../loaders/index.ts";
import { parseConfig } from "../../loaders/sources/read-config.ts";

async function fixture(extra: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kb-channel-labels-"));
  await writeFile(join(dir, "klantbeeld.yaml"), `${await readFile("test/fixtures/kpi/klantbeeld.yaml", "utf8")}${extra}`);
  await copyFile("test/fixtures/kpi/orders.csv", join(dir, "orders.csv"));
  return dir;
}

describe("channelLabels", () => {
  it("reaches the bundle, and a page's channelLabel prefers it to the catalogue", async () => {
    const dir = await fixture('channelLabels:\n  nl: { web: "Webwinkel" }\n  en: { web: "Online shop", store: "High-street shop" }\n');
    const bundle = await loadBundle(dir);
    expect(bundle.channelLabels).toEqual({ nl: { web: "Webwinkel" }, en: { web: "Online shop", store: "High-street shop" } });
    expect(channelLabel("web", "nl", bundle.channelLabels?.nl)).toBe("Webwinkel");
    expect(channelLabel("store", "en", bundle.channelLabels?.en)).toBe("High-street shop");
    // Not in the description: the catalogue's label (nl "Winkel"), else the code with spaces.
    expect(channelLabel("store", "nl", bundle.channelLabels?.nl)).toBe("Winkel");
    expect(channelLabel("pop_up", "nl", bundle.channelLabels?.nl)).toBe("Pop up");
  });

  it("is absent from the bundle when the description has none", async () => {
    expect("channelLabels" in (await loadBundle("test/fixtures/kpi"))).toBe(false);
  });

  it("rejects another language key or an empty label", () => {
    const base = { version: 1, sources: [{ name: "o", kind: "transactions", files: "o.csv", columns: { date: "d", amount: "a" }, channel: "web" }] };
    expect(() => parseConfig({ ...base, channelLabels: { de: { web: "Webshop" } } })).toThrow(/channelLabels\.de: unknown key; remove it or check its spelling/);
    expect(() => parseConfig({ ...base, channelLabels: { nl: { web: "" } } })).toThrow(/channelLabels\.nl\.web/);
  });
});
