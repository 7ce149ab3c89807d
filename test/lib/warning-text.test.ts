import { describe, expect, it } from "vitest";
import { warningText } from "../../loaders/lib/warning-text.ts";

describe("warningText", () => {
  const unknown = { code: "unknown_channel", message: 'Kanaal "pop_up" staat niet bij digital of offline in data/klantbeeld.yaml; het telt niet mee in het digitale aandeel.' };

  it("rebuilds a known warning from its quoted name in English", () => {
    expect(warningText(unknown, "en")).toContain('"pop_up"');
    expect(warningText(unknown, "en")).not.toContain("Kanaal");
    expect(warningText({ code: "experiment_srm", message: 'Experiment "banner-test": bezoekers wijken af.' }, "en")).toMatch(/^Experiment "banner-test": /);
  });

  it("gives the catalogue's Dutch wording in Dutch", () => {
    expect(warningText(unknown, "nl")).toBe(unknown.message);
  });

  it("keeps the loaders' text for a code it does not word, or without a quoted name", () => {
    const other = { code: "fit_not_converged", message: "Het model convergeerde niet." };
    expect(warningText(other, "en")).toBe(other.message);
    expect(warningText({ code: "unknown_channel", message: "zonder naam" }, "en")).toBe("zonder naam");
  });
});
