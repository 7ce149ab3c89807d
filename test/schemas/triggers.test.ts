/**
 * The `triggers:` rule table: valid rules parse with their defaults; unknown signal types,
 * impossible thresholds and repeated ids stop the load with the field named; the sample's table
 * is the one the generator plants its offers against.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SAMPLE_TRIGGERS } from "../../loaders/sample/moments.ts";
import { parseConfig, readConfig } from "../../loaders/sources/read-config.ts";
import { TriggerSettingsSchema } from "../../loaders/schemas/triggers.ts";

const base = { version: 1, sources: [{ name: "x", kind: "transactions", files: "x.csv" }] };
const rule = (when: object, id = "r") => ({ id, nameNl: "Regel", nameEn: "Rule", action: "Doe iets", when });
/** The error message of a config with these triggers. */
function problem(triggers: object): string {
  try {
    parseConfig({ ...base, triggers });
  } catch (error) {
    return (error as Error).message;
  }
  return "";
}

describe("triggers: rule table", () => {
  it("parses every rule kind and fills the defaults", () => {
    const s = TriggerSettingsSchema.parse({ rules: [rule({ rule: "rising", signal: "usage", factor: 1.5 }), rule({ rule: "overdue" }, "o")] });
    expect(s.offerWithinDays).toBe(14);
    expect(s.silentDays).toBe(90);
    expect(s.rules[0]!.when).toEqual({ rule: "rising", signal: "usage", factor: 1.5, baselineDays: 90, minReadings: 3 });
  });

  it.each([
    [{ rule: "threshold", signal: "bundle", atLeast: 0.8 }, "rules[0].when.signal", "a signal type of the vocabulary"],
    [{ rule: "threshold", signal: "usage", atLeast: 80 }, "rules[0].when.atLeast", "a usage threshold is a share of the bundle"],
    [{ rule: "threshold", signal: "usage", atLeast: 0 }, "rules[0].when.atLeast", "a threshold above 0"],
    [{ rule: "rising", signal: "usage", factor: 0.9 }, "rules[0].when.factor", "a factor above 1"],
    [{ rule: "count", signal: "service_contact", atLeast: 0, withinDays: 30 }, "rules[0].when.atLeast", "at least 1 signal"],
    [{ rule: "count", signal: "service_contact", atLeast: 2, withinDays: 0 }, "rules[0].when.withinDays", "a window of at least 1 day"],
    [{ rule: "silence", days: -5 }, "rules[0].when.days", "at least 1 day"],
    [{ rule: "sometimes" }, "rules[0].when.rule", ""],
  ])("rejects %j at %s", (when, path, words) => {
    const message = problem({ rules: [rule(when)] });
    expect(message).toContain("data/klantbeeld.yaml is not valid");
    expect(message).toContain(`triggers.${path}`);
    expect(message).toContain(words);
  });

  it("rejects a repeated id and a negative N", () => {
    expect(problem({ rules: [rule({ rule: "overdue" }, "a"), rule({ rule: "overdue" }, "a")] })).toContain('triggers.rules[1].id: the id "a" is used twice');
    expect(problem({ offerWithinDays: -1, rules: [] })).toContain("triggers.offerWithinDays");
  });

  it("the sample's data/klantbeeld.yaml holds exactly the table the generator plants its offers against", async () => {
    const config = await readConfig("data");
    expect(config.triggers).toEqual(SAMPLE_TRIGGERS);
    // And the YAML spells it out in full (no defaults hide a difference).
    const raw = parse(await readFile("data/klantbeeld.yaml", "utf8")) as { triggers: unknown };
    expect(TriggerSettingsSchema.parse(raw.triggers)).toEqual(SAMPLE_TRIGGERS);
  });
});
