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

describe("warningText from params", () => {
  it("words every code the loaders write from its names and counts, in Dutch and in English", () => {
    const pinned = { code: "as_of_pinned", message: "(stored Dutch)", params: { asOf: "2026-03-31", orders: 1234, lines: 1, journeyRows: 0, experiments: 2, momentRows: 1 } };
    expect(warningText(pinned, "nl")).toBe(
      "Cijfers per 2026-03-31 (asOf in data/klantbeeld.yaml): 1.234 orders, 1 orderregel, 0 bezoekersrijen, 2 experimenten (gestart na die dag) en 1 signaal-, profiel- of aanbodrij tellen niet mee.",
    );
    expect(warningText(pinned, "en")).toBe(
      "Figures as of 2026-03-31 (asOf in data/klantbeeld.yaml): 1,234 orders, 1 order line, 0 visitor rows, 2 experiments (started after that day) and 1 signal, profile or offer row do not count.",
    );
    const fit = { code: "fit_not_converged", message: "(stored Dutch)", params: { model: "gammaGamma" } };
    expect(warningText(fit, "en")).toBe("The spending model (Gamma-Gamma) did not converge or has no finite mean; CLV is not shown.");
    const missing = { code: "business_baseline_missing", message: "(stored Dutch)", params: { missing: "business.baseline.grossMargin", count: 1 } };
    expect(warningText(missing, "en")).toBe("The business calculator cannot compute: the data give no value for business.baseline.grossMargin; fill it in in data/klantbeeld.yaml.");
    expect(warningText(missing, "nl")).toBe("De rekenhulp kan niet rekenen: de data geven geen waarde voor business.baseline.grossMargin; vul die in data/klantbeeld.yaml in.");
    const problem = { code: "experiment_problem", message: "(stored Dutch)", params: { kind: "variants", name: "banner", count: 1 } };
    expect(warningText(problem, "en")).toBe('Experiment "banner" has only 1 variant.');
    expect(warningText({ ...problem, params: { ...problem.params, count: 0 } }, "nl")).toBe('Experiment "banner" heeft maar 0 varianten.');
    expect(warningText({ code: "product_join", message: "(stored Dutch)", params: {} }, "en")).toBe("No order line has a product from the product file; check the product columns.");
  });
});
