/** Bundle warnings: the stored Dutch message is the catalogue's wording of the same params, so every language reads the same facts. */
import { describe, expect, it } from "vitest";
import { bundleWarning, experimentWarning } from "../../loaders/bundle/warnings.ts";
import { warningText } from "../../loaders/lib/warning-text.ts";

describe("bundleWarning", () => {
  it("stores the Dutch text of its params, with Dutch number formats", () => {
    const w = bundleWarning("as_of_pinned", { asOf: "2026-03-31", orders: 12345, lines: 2, journeyRows: 1, experiments: 0, momentRows: 3 });
    expect(w).toEqual({
      code: "as_of_pinned",
      params: { asOf: "2026-03-31", orders: 12345, lines: 2, journeyRows: 1, experiments: 0, momentRows: 3 },
      message:
        "Cijfers per 2026-03-31 (asOf in data/klantbeeld.yaml): 12.345 orders, 2 orderregels, 1 bezoekersrij, 0 experimenten (gestart na die dag) en 3 signaal-, profiel- en aanbodrijen tellen niet mee.",
    });
    expect(warningText(w, "nl")).toBe(w.message);
    expect(warningText(w, "en")).toBe(
      "Figures as of 2026-03-31 (asOf in data/klantbeeld.yaml): 12,345 orders, 2 order lines, 1 visitor row, 0 experiments (started after that day) and 3 signal, profile and offer rows do not count.",
    );
  });

  it("words an experiment's problem by its kind", () => {
    const w = experimentWarning({ kind: "controls", name: "banner", count: 2 });
    expect(w.message).toBe('Experiment "banner" heeft 2 controlevarianten; er moet er precies één zijn.');
    expect(warningText(w, "en")).toBe('Experiment "banner" has 2 control variants; it must have exactly one.');
  });
});
