import { beforeAll, describe, expect, it } from "vitest";
import type { Bundle } from "../../loaders/bundle/types.ts";
import { stableJson } from "../../loaders/lib/stable-json.ts";
import { loadBundle } from "../../loaders/load-bundle.ts";
import { parseBundle } from "../../loaders/read-bundle.ts";

const SECTIONS = ["crossUpsell", "digitalShare", "journeys", "experiments", "rfm", "repurchase", "moments", "profile", "business", "goals"] as const;

let sample: Bundle;
beforeAll(async () => {
  sample = await loadBundle("data");
});

/** The bundle as the file holds it, read back through the schema, as the file's text again. */
function roundTrip(bundle: Bundle): string {
  return stableJson(parseBundle(JSON.parse(stableJson(bundle)), "bundle.json"));
}

/** A deep copy of the sample bundle as plain JSON, changed by `edit`. */
// biome-ignore lint/suspicious/noExplicitAny: the test breaks the bundle's JSON on purpose, field by field
function edited(edit: (sections: any) => void): unknown {
  const raw = JSON.parse(stableJson(sample));
  edit(raw.sections);
  return raw;
}

describe("BundleSchema on real bundles", () => {
  it("reads the sample bundle (every section present) back byte-identical", () => {
    expect(Object.keys(sample.sections)).toEqual(SECTIONS);
    expect(roundTrip(sample)).toBe(stableJson(sample));
  });

  it("reads the fixture bundles back byte-identical", async () => {
    for (const dir of ["test/fixtures/kpi", "test/fixtures/partial-month"]) {
      const bundle = await loadBundle(dir);
      expect(roundTrip(bundle), dir).toBe(stableJson(bundle));
    }
  });
});

/**
 * Per section: a wrong type deep inside, a missing required field and an extra key in a strict
 * object, each with the first line the error must show (path: zod's message).
 */
// biome-ignore lint/suspicious/noExplicitAny: the edits break the bundle's JSON on purpose
const BREAKS: Record<(typeof SECTIONS)[number], [string, (s: any) => void, string][]> = {
  rfm: [
    ["wrong type", (s) => (s.rfm.segments[2].nameNl = 5), "sections.rfm.segments.2.nameNl: Invalid input: expected string, received number"],
    ["missing field", (s) => delete s.rfm.migrations[3].previous.counts, "sections.rfm.migrations.3.previous.counts: Invalid input: expected array, received undefined"],
    ["extra key", (s) => (s.rfm.table[0].extra = 1), 'sections.rfm.table.0: Unrecognized key: "extra"'],
    ["unknown segment id", (s) => (s.rfm.rules[1].segment = "vip"), "sections.rfm.rules.1.segment: Invalid option: expected one of"],
  ],
  repurchase: [
    ["wrong type", (s) => (s.repurchase.groups[0].moment[1] = "3"), "sections.repurchase.groups.0.moment.1: Invalid input: expected number, received string"],
    ["missing field", (s) => delete s.repurchase.settings.holdoutMonths, "sections.repurchase.settings.holdoutMonths: Invalid input: expected number, received undefined"],
    ["extra key", (s) => (s.repurchase.fits.bgNbd.extra = true), 'sections.repurchase.fits.bgNbd: Unrecognized key: "extra"'],
    ["wrong tuple", (s) => (s.repurchase.momentStatuses[2] = "late"), 'sections.repurchase.momentStatuses.2: Invalid input: expected "due"'],
  ],
  crossUpsell: [
    ["wrong type", (s) => (s.crossUpsell.classes.upsell.revenue[0] = "12"), "sections.crossUpsell.classes.upsell.revenue.0: Invalid input: expected number, received string"],
    ["missing field", (s) => delete s.crossUpsell.products.matched, "sections.crossUpsell.products.matched: Invalid input: expected number, received undefined"],
    ["extra key", (s) => (s.crossUpsell.pairs.items[4].extra = 1), 'sections.crossUpsell.pairs.items.4: Unrecognized key: "extra"'],
  ],
  digitalShare: [
    ["wrong type", (s) => (s.digitalShare.channels[1].group = "online"), "sections.digitalShare.channels.1.group: Invalid option: expected one of"],
    ["missing field", (s) => delete s.digitalShare.trend.months, "sections.digitalShare.trend.months: Invalid input: expected number, received undefined"],
    ["extra key", (s) => (s.digitalShare.unknown.extra = []), 'sections.digitalShare.unknown: Unrecognized key: "extra"'],
  ],
  journeys: [
    ["wrong type", (s) => (s.journeys.planning[2].perVariant = "many"), "sections.journeys.planning.2.perVariant: Invalid input: expected number, received string"],
    ["missing field", (s) => delete s.journeys.sampleSize.power, "sections.journeys.sampleSize.power: Invalid input: expected number, received undefined"],
    ["extra key", (s) => (s.journeys.entries[7].extra = null), 'sections.journeys.entries.7: Unrecognized key: "extra"'],
  ],
  experiments: [
    ["wrong type", (s) => (s.experiments.results[0].variants[1].visitors = "100"), "sections.experiments.results.0.variants.1.visitors: Invalid input: expected number, received string"],
    ["missing field", (s) => delete s.experiments.results[5].verdict.code, "sections.experiments.results.5.verdict.code: Invalid option: expected one of"],
    ["extra key", (s) => (s.experiments.results[3].srm.extra = 0), 'sections.experiments.results.3.srm: Unrecognized key: "extra"'],
  ],
  moments: [
    ["wrong type", (s) => (s.moments.triggers[4].months.coverage[0] = true), "sections.moments.triggers.4.months.coverage.0: Invalid input: expected number, received boolean"],
    ["missing field", (s) => delete s.moments.window.never, "sections.moments.window.never: Invalid input: expected number, received undefined"],
    ["extra key", (s) => (s.moments.bySegment[11].extra = 1), 'sections.moments.bySegment.11: Unrecognized key: "extra"'],
  ],
  profile: [
    ["wrong type", (s) => (s.profile.completeness.fields[0].share = 0.5), "sections.profile.completeness.fields.0.share: Invalid input: expected array, received number"],
    ["missing field", (s) => delete s.profile.signals.types[9].nameNl, "sections.profile.signals.types.9.nameNl: Invalid input: expected string, received undefined"],
    ["extra key", (s) => (s.profile.fieldValue[6].with.extra = 1), 'sections.profile.fieldValue.6.with: Unrecognized key: "extra"'],
  ],
  business: [
    ["wrong type", (s) => (s.business.defaultResult.totals[1].difference.profit = "1"), "sections.business.defaultResult.totals.1.difference.profit: Invalid input: expected number, received string"],
    ["missing field", (s) => delete s.business.baseline.grossMargin, "sections.business.baseline.grossMargin: Invalid input: expected number, received undefined"],
    ["extra key", (s) => (s.business.defaultScenario.levers.extra = 1), 'sections.business.defaultScenario.levers: Unrecognized key: "extra"'],
  ],
  goals: [
    ["wrong type", (s) => (s.goals.goals[4].rows[12].status = "great"), "sections.goals.goals.4.rows.12.status: Invalid option: expected one of"],
    ["missing field", (s) => delete s.goals.goals[0].target.kind, "sections.goals.goals.0.target.kind: Invalid option: expected one of"],
    ["extra key", (s) => (s.goals.rules.extra = 1), 'sections.goals.rules: Unrecognized key: "extra"'],
    ["missing status count", (s) => delete s.goals.counts.pending, "sections.goals.counts.pending: Invalid input: expected number, received undefined"],
  ],
};

describe("BundleSchema rejects a broken section, naming the path", () => {
  for (const name of SECTIONS) {
    for (const [what, edit, line] of BREAKS[name]) {
      it(`${name}: ${what}`, () => {
        let message = "";
        try {
          parseBundle(edited(edit), "x.json");
        } catch (e) {
          message = (e as Error).message;
        }
        const lines = message.split("\n");
        expect(lines[0]).toBe("x.json does not match the bundle's schema:");
        expect(lines[1]!.startsWith(`  ${line}`), lines[1]).toBe(true);
        expect(lines).toHaveLength(3);
      });
    }
  }

  it("leaves the unbroken sample alone (the edits above are what fails)", () => {
    expect(() => parseBundle(edited(() => {}), "x.json")).not.toThrow();
  });
});
