/** The command-line tools' language: KLANTBEELD_LANGUAGE, else the description's locale, even in a description that is not valid. */
import { describe, expect, it } from "vitest";
import { cliLanguage } from "../../loaders/cli/language.ts";
import { dataDir } from "../sources/helpers.ts";

const at = (yaml: string) => dataDir({ "klantbeeld.yaml": yaml });

describe("cliLanguage", () => {
  it("follows the locale, also when the rest of the description has mistakes", async () => {
    expect(cliLanguage(await at("version: 1\nlocale: en-GB\nsources: []\n"), {})).toBe("en");
    expect(cliLanguage(await at("version: 1\nlocale: en-GB\nrejectTreshold: 2\n"), {})).toBe("en");
    expect(cliLanguage(await at("version: 1\nlocale: nl-NL\nrejectTreshold: 2\n"), {})).toBe("nl");
  });

  it("is Dutch without a usable locale: none, not text, no file, not YAML", async () => {
    expect(cliLanguage(await at("version: 1\n"), {})).toBe("nl");
    expect(cliLanguage(await at("locale: [en]\n"), {})).toBe("nl");
    expect(cliLanguage(await at("locale: en-GB\nsources: [\n"), {})).toBe("nl");
    expect(cliLanguage(await dataDir({}), {})).toBe("nl");
  });

  it("lets KLANTBEELD_LANGUAGE override the locale", async () => {
    const dir = await at("version: 1\nlocale: en-GB\n");
    expect(cliLanguage(dir, { KLANTBEELD_LANGUAGE: "nl" })).toBe("nl");
    expect(cliLanguage(dir, { KLANTBEELD_LANGUAGE: " EN " })).toBe("en");
    expect(cliLanguage(dir, { KLANTBEELD_LANGUAGE: "fr" })).toBe("en");
  });
});
