import { describe, expect, it } from "vitest";
import { languageOf, messages } from "../../loaders/i18n/index.ts";

/** Every leaf of a catalogue with its key path (arrays and functions are leaves). */
function leaves(value: unknown, prefix = ""): [string, unknown][] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix} › ${k}` : k));
}

/** Every leaf key path of a catalogue, sorted, for comparing the two languages' shapes at run time too. */
const keys = (value: unknown): string[] => leaves(value).map(([path]) => path).sort();

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
      for (const [path, value] of leaves(messages(language))) {
        if (typeof value === "string") expect(value.trim(), `${language} › ${path}`).not.toBe("");
      }
    }
    expect(messages("en").common.languageName).toBe("English");
  });
});
