/** The glossary: one name per metric, different names for different definitions, Dutch labels for codes. */
import { describe, expect, it } from "vitest";
import { channelLabel, expectedNl, expectedText, reasonLabel, term, termName, toneWords } from "../../loaders/lib/glossary.ts";
import { experimentCells } from "../../loaders/schemas/experiments.ts";
import { amountCell, countCell, flagCell, textCell } from "../../loaders/schemas/export-cells.ts";
import { FormatSchema } from "../../loaders/schemas/format.ts";
import { journeyCells } from "../../loaders/schemas/journeys.ts";
import { offerCells } from "../../loaders/schemas/offers.ts";
import { productCells } from "../../loaders/schemas/products.ts";
import { signalCells } from "../../loaders/schemas/signals.ts";

describe("glossary", () => {
  it("gives the two order values different names, since they differ by definition", () => {
    expect(term("aov")!.name).toBe("Gemiddelde orderwaarde");
    expect(term("segment.aov")!.name).not.toBe(term("aov")!.name);
    expect(term("segment.aov")!.definition).toContain("anders dan de gemiddelde orderwaarde van de maand");
  });

  it("calls the lapsed top customers one thing on the card and in the revenue at stake", () => {
    expect(term("lapsed_top.customers")!.name).toBe("Weggezakte topklanten");
    expect(term("lapsed_top.revenue_at_stake")!.name).toBe("Omzet van weggezakte topklanten");
    expect(term("lapsed_top.customers", { activeWindowMonths: 12, topShare: 0.1, lapsedDays: 60 })!.definition).toBe(
      "Topklanten (de 10\u202F% met de meeste omzet) die 60 dagen of langer niets kochten.",
    );
  });

  it("falls back to the given label for a metric it does not know", () => {
    expect(termName("channel.web.orders", "Orders web")).toBe("Orders web");
  });

  it("names channel codes and reason codes in Dutch", () => {
    expect(channelLabel("smart_tv")).toBe("Smart-tv");
    expect(channelLabel("store")).toBe("Winkel");
    expect(channelLabel("pop_up")).toBe("Pop up");
    expect(reasonLabel("invalid_unit_price")).toBe("Ongeldige stuksprijs");
    expect(reasonLabel("something_new")).toBe("something new");
  });

  it("translates the loaders' 'expected' texts, and leaves unknown text as it is", () => {
    expect(expectedNl('a number with decimal "."')).toBe('een getal met decimaalteken "."');
    expect(expectedNl('a number with decimal "," and thousands "."')).toBe('een getal met decimaalteken "," en duizendtalscheiding "."');
    // The loaders' own text (loaders/lib/dates.ts) says H:MM; it was not matched before.
    expect(expectedNl("a real calendar date as dd-mm-yyyy (optionally followed by a time H:MM[:SS])")).toBe("een bestaande datum als dd-mm-yyyy (eventueel met een tijd U:MM[:SS])");
    expect(expectedNl("7 fields, as in the header")).toBe("7 velden, zoals in de kopregel");
    expect(expectedNl("something else")).toBe("something else");
  });
});

describe("glossary in English", () => {
  it("names the same metrics in English with the data set's settings", () => {
    expect(term("aov", undefined, "en")!.name).toBe("Average order value");
    expect(term("lapsed_top.customers", { activeWindowMonths: 12, topShare: 0.1, lapsedDays: 60 }, "en")!.definition).toBe(
      "Top customers (the 10% with the most revenue) who bought nothing for 60 days or longer.",
    );
    expect(termName("customers.active", "x", { activeWindowMonths: 6, topShare: 0.2, lapsedDays: 90 }, "en")).toBe("Active customers (6 mo)");
  });

  it("has an English entry for every Dutch term, with a different name where the words differ", () => {
    const ids = ["revenue", "orders", "aov", "customers.active", "segment.aov", "experiment.chance"];
    for (const id of ids) expect(term(id, undefined, "en"), id).toBeDefined();
    expect(term("segment.aov", undefined, "en")!.name).not.toBe(term("aov", undefined, "en")!.name);
  });

  it("labels channels and reasons in English, and prefers the data description's own channel label", () => {
    expect(channelLabel("store", "en")).toBe("Store");
    expect(channelLabel("smart_tv", "en")).toBe("Smart TV");
    expect(channelLabel("store", "nl", { store: "Filiaal" })).toBe("Filiaal");
    expect(channelLabel("pop_up", "en")).toBe("Pop up");
    expect(reasonLabel("invalid_unit_price", "en")).toBe("Invalid unit price");
  });

  it("leaves the loaders' English 'expected' texts as they are in English, and renders them in Dutch", () => {
    const text = 'a number with decimal "," and thousands "."';
    expect(expectedText(text, "en")).toBe(text);
    expect(expectedText(text, "nl")).toBe('een getal met decimaalteken "," en duizendtalscheiding "."');
    expect(toneWords("en").bad).toBe("unfavourable");
    expect(toneWords("nl").bad).toBe("ongunstig");
  });
});

describe("expected texts of every export's cells in Dutch", () => {
  // A decimal-comma export, as the sample's.
  const format = FormatSchema.parse({ delimiter: ";", decimal: ",", thousands: ".", date: "dd-mm-yyyy" });
  const rules = [
    ...Object.values(experimentCells(format, "Europe/Amsterdam")),
    ...Object.values(journeyCells(format, "Europe/Amsterdam", "day")),
    ...Object.values(journeyCells(format, "Europe/Amsterdam", "month")),
    ...Object.values(offerCells(format, "Europe/Amsterdam")),
    ...Object.values(productCells(format)),
    ...Object.values(signalCells({ format, typeMap: {} }, "Europe/Amsterdam")),
  ] as { expected: string }[];

  it("leaves no English words in any of them", () => {
    expect(rules.length).toBeGreaterThan(15);
    const english = /\b(a|an|or|blank|whole|number|share|fraction|month|whether|visitors|conversions|name|customer|revenue|price|category|tier|signal|mapped|characters|decimal)\b/;
    for (const rule of rules) expect(expectedText(rule.expected, "nl"), rule.expected).not.toMatch(english);
  });

  it("words them as written by hand", () => {
    expect(expectedText(countCell(format, "invalid_visitors", "visitors").expected, "nl")).toBe('bezoekers: een geheel getal ≥ 0 (een getal met decimaalteken "," en duizendtalscheiding ".")');
    expect(expectedText(flagCell("invalid_accepted", "whether the offer was accepted").expected, "nl")).toBe("of het aanbod is aangenomen: 1/0, true/false, ja/nee, yes/no of x/leeg");
    expect(expectedText(textCell("missing_experiment", "an experiment name").expected, "nl")).toBe("een experimentnaam (niet leeg, hooguit 100 tekens)");
    expect(expectedText(amountCell(format, "invalid_price", "a list price", true).expected, "nl")).toBe('een catalogusprijs: een getal met decimaalteken "," en duizendtalscheiding ".", ≥ 0, of leeg');
    // English readers get the loaders' own words.
    expect(expectedText(flagCell("invalid_accepted", "whether the offer was accepted").expected, "en")).toBe("whether the offer was accepted: 1/0, true/false, ja/nee, yes/no or x/blank");
  });
});
