/**
 * Validation messages of the data description and the goals file in Dutch and in English: for
 * representative mistakes the whole message, written by hand, in each language (file, line,
 * column and what was expected), and no phrase of the other language's catalogue in either.
 */
import { describe, expect, it } from "vitest";
import { type Language, messages } from "../../loaders/i18n/index.ts";
import { issueText } from "../../loaders/lib/issue-text.ts";
import { LoadError } from "../../loaders/model/load-error.ts";
import { TriggerSettingsSchema } from "../../loaders/schemas/triggers.ts";
import { parseGoals } from "../../loaders/sources/goals-file.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import { dataDir } from "../sources/helpers.ts";

const SOURCE = `sources:
  - name: shop
    kind: transactions
    files: "*.csv"
    columns: { date: d, amount: a }
`;

const RULE = (id: string, when: string) => `    - id: ${id}\n      nameNl: x\n      nameEn: y\n      action: x\n      when: ${when}\n`;

/** The error of reading `yaml` as the data description. */
async function configError(yaml: string): Promise<LoadError> {
  const error = await readConfig(await dataDir({ "klantbeeld.yaml": yaml })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LoadError);
  return error as LoadError;
}

/** The error of reading `yaml` as the goals file. */
function goalsError(yaml: string): LoadError {
  try {
    parseGoals(yaml);
  } catch (error) {
    expect(error).toBeInstanceOf(LoadError);
    return error as LoadError;
  }
  throw new Error("the goals file was accepted");
}

/** Lines by hand: the file's line and column of each key or value (columns count from 1). */
const CASES: { name: string; error: () => Promise<LoadError> | LoadError; nl: string; en: string }[] = [
  {
    name: "a wrong type and an impossible date",
    error: () => configError(`version: 1\nrejectThreshold: "veel"\nasOf: 2026-02-30\n${SOURCE}`),
    nl: "data/klantbeeld.yaml is niet geldig:\n  data/klantbeeld.yaml:2:18 rejectThreshold: verwacht een getal (gevonden: tekst)\n  data/klantbeeld.yaml:3:7 asOf: verwacht een bestaande datum als jjjj-mm-dd",
    en: "data/klantbeeld.yaml is not valid:\n  data/klantbeeld.yaml:2:18 rejectThreshold: expected a number (found: text)\n  data/klantbeeld.yaml:3:7 asOf: expected a real calendar date as yyyy-mm-dd",
  },
  {
    name: "an unknown key with did-you-mean, a number out of range",
    error: () => configError(`version: 1\nrejectTreshold: 0.5\n${SOURCE}repurchase: { horizonMonths: 0 }\n`),
    nl: 'data/klantbeeld.yaml is niet geldig:\n  data/klantbeeld.yaml:2:1 rejectTreshold: onbekende sleutel; bedoel je "rejectThreshold"?\n  data/klantbeeld.yaml:8:30 repurchase.horizonMonths: verwacht een getal van minstens 1',
    en: 'data/klantbeeld.yaml is not valid:\n  data/klantbeeld.yaml:2:1 rejectTreshold: unknown key; did you mean "rejectThreshold"?\n  data/klantbeeld.yaml:8:30 repurchase.horizonMonths: expected a number of at least 1',
  },
  {
    name: "bad triggers: a misspelt rule, a usage threshold above 3, a zero silence",
    error: () => configError(`version: 1\n${SOURCE}triggers:\n  rules:\n${RULE("a", "{ rule: thresold, signal: usage, atLeast: 0.8 }")}${RULE("b", "{ rule: threshold, signal: usage, atLeast: 5 }")}${RULE("b", "{ rule: silence, days: 0 }")}`),
    nl:
      "data/klantbeeld.yaml is niet geldig:\n" +
      '  data/klantbeeld.yaml:13:21 triggers.rules[0].when.rule: verwacht één van "threshold", "rising", "count", "silence" of "overdue"; bedoel je "threshold"?\n' +
      "  data/klantbeeld.yaml:18:56 triggers.rules[1].when.atLeast: een gebruiksdrempel is een aandeel van de bundel: boven 0 en hooguit 3 (0,8 = 80 %)\n" +
      "  data/klantbeeld.yaml:23:36 triggers.rules[2].when.days: verwacht minstens 1 dag",
    en:
      "data/klantbeeld.yaml is not valid:\n" +
      '  data/klantbeeld.yaml:13:21 triggers.rules[0].when.rule: expected one of "threshold", "rising", "count", "silence" or "overdue"; did you mean "threshold"?\n' +
      "  data/klantbeeld.yaml:18:56 triggers.rules[1].when.atLeast: a usage threshold is a share of the bundle: above 0 and at most 3 (0.8 = 80 %)\n" +
      "  data/klantbeeld.yaml:23:36 triggers.rules[2].when.days: expected at least 1 day",
  },
  {
    name: "a bad goal: a kebab-case id, an impossible month, a missing field, a version",
    error: () =>
      goalsError(
        "version: 2\ngoals:\n  - id: Fout\n    title: t\n    description: d\n    metric: revenue\n    baseline: { month: 2026-01 }\n    target: { change: 0.1 }\n    owner: o\n    agreedBy: a\n    start: 2026-13\n    deadline: 2026-12\n",
      ),
    nl:
      "Het doelenbestand is niet geldig:\n" +
      "  data/goals.yaml:1:10 version: verwacht 1\n" +
      '  data/goals.yaml:3:9 doel "Fout" (goals[0]).id: verwacht een id in kebab-case, zoals digitaal-aandeel-omzet\n' +
      '  data/goals.yaml:3:5 doel "Fout" (goals[0]).rationale: ontbreekt; verwacht tekst\n' +
      '  data/goals.yaml:11:12 doel "Fout" (goals[0]).start: verwacht een maand als jjjj-mm, bijv. 2026-12',
    en:
      "The goals file is not valid:\n" +
      "  data/goals.yaml:1:10 version: expected 1\n" +
      '  data/goals.yaml:3:9 goal "Fout" (goals[0]).id: expected a kebab-case id such as digitaal-aandeel-omzet\n' +
      '  data/goals.yaml:3:5 goal "Fout" (goals[0]).rationale: missing; expected text\n' +
      '  data/goals.yaml:11:12 goal "Fout" (goals[0]).start: expected a month as yyyy-mm, e.g. 2026-12',
  },
];

/**
 * The fixed phrases (two words or more) of an area of a catalogue: its texts, and its functions
 * called with a placeholder, split at the placeholder.
 */
function phrases(value: unknown): string[] {
  if (typeof value === "string") return value.split(/[§"()\n]|\d+/).map((p) => p.trim()).filter((p) => /\p{L}{2,}\s+\p{L}{2,}/u.test(p));
  if (typeof value === "function") {
    for (const args of [["§", "§", "§", "§", "§"], ["§", ["§"], "§", "§"], [{ id: "§", max: "§", values: ["§"] }]]) {
      try {
        return phrases(value(...args));
      } catch {}
    }
    return [];
  }
  if (Array.isArray(value)) return value.flatMap(phrases);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(phrases);
  return [];
}

/** The phrases of `language`'s schema and load messages that the other language does not share. */
function own(language: Language): string[] {
  const other = language === "nl" ? "en" : "nl";
  const theirs = new Set([...phrases(messages(other).schema), ...phrases(messages(other).load)]);
  return [...new Set([...phrases(messages(language).schema), ...phrases(messages(language).load)])].filter((p) => !theirs.has(p));
}

describe("validation messages in both languages", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const error = await c.error();
      expect(error.text("nl")).toBe(c.nl);
      expect(error.text("en")).toBe(c.en);
      // The English text is also the error's message (logs and tests read it).
      expect(error.message).toBe(c.en);
    });
  }

  it("has no phrase of the other language's catalogue in either", () => {
    const english = own("en");
    const dutch = own("nl");
    // The check can fail: each list holds the phrases the expected texts are made of.
    expect(english).toContain("expected a number of at least");
    expect(dutch).toContain("verwacht een getal van minstens");
    for (const c of CASES) {
      for (const phrase of english) expect(c.nl, phrase).not.toContain(phrase);
      for (const phrase of dutch) expect(c.en, phrase).not.toContain(phrase);
    }
  });
});

describe("issueText", () => {
  it("writes a custom check by its code with its params, and zod's own issues from their fields", () => {
    const result = TriggerSettingsSchema.safeParse({ rules: [], offerWithinDays: 400, silentDays: "x" }, { reportInput: true });
    expect(result.success).toBe(false);
    const texts = (language: Language) => result.error!.issues.map((i) => `${i.path.join(".")}: ${issueText(i, messages(language))}`);
    expect(texts("nl")).toEqual(["offerWithinDays: verwacht een getal van hooguit 365", "silentDays: verwacht een getal (gevonden: tekst)"]);
    expect(texts("en")).toEqual(["offerWithinDays: expected a number of at most 365", "silentDays: expected a number (found: text)"]);
  });

  it("names a duplicate id from the check's params in each language", () => {
    const rule = { id: "a", nameNl: "x", nameEn: "y", action: "x", when: { rule: "overdue" } };
    const result = TriggerSettingsSchema.safeParse({ rules: [rule, rule] }, { reportInput: true });
    const issue = result.error!.issues[0]!;
    expect(issueText(issue, messages("nl"))).toBe('het id "a" komt twee keer voor; geef elke trigger een eigen id');
    expect(issueText(issue, messages("en"))).toBe('the id "a" is used twice; give each trigger its own id');
  });
});
