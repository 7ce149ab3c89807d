import { describe, expect, it } from "vitest";
import { languageOf, messages } from "../../loaders/i18n/index.ts";

/** Every leaf key path of a catalogue, for comparing the two languages' shapes at run time too. */
function keys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort();
}

describe("message catalogue", () => {
  it("maps locales to languages, Dutch by default", () => {
    expect(languageOf("nl-NL")).toBe("nl");
    expect(languageOf("en-GB")).toBe("en");
    expect(languageOf("EN")).toBe("en");
    expect(languageOf("de-DE")).toBe("nl");
  });

  it("has the same keys in English as in Dutch", () => {
    expect(keys(messages("en"))).toEqual(keys(messages("nl")));
  });

  it("has no empty string in either language", () => {
    for (const language of ["nl", "en"] as const) {
      const catalogue = messages(language) as unknown as Record<string, Record<string, unknown>>;
      for (const path of keys(catalogue)) {
        const value = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalogue);
        if (typeof value === "string") expect(value.trim(), `${language}.${path}`).not.toBe("");
      }
    }
    expect(messages("en").common.languageName).toBe("English");
  });
});
