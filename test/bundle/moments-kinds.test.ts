/**
 * The moment sections with only some of the kinds: profiles alone give a Klantprofiel without
 * signals, signals without offers give no "Moment van de waarheid", and none of the kinds gives
 * neither section — the rest of the bundle builds as before; the row accounts are always there.
 */
import { describe, expect, it } from "vitest";
import { buildBundle } from "../../loaders/bundle/build-bundle.ts";
import { momentSectionBuilders, type ProfileSection } from "../../loaders/bundle/moments.ts";
import { loadSources } from "../../loaders/sources/load-sources.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import { dataDir } from "../sources/helpers.ts";
import { loadFurtherSources } from "../../loaders/sources/load-further.ts";

const ORDERS = `  - { name: kassa, kind: transactions, files: kassa.csv, format: { delimiter: ",", date: yyyy-mm-dd }, columns: { customerId: klant, date: datum, amount: bedrag }, channel: store }`;
const PROFILES = `  - { name: profielen, kind: profiles, files: p.csv, format: { delimiter: ",", date: yyyy-mm-dd }, columns: { customerId: klant, date: datum }, fields: { email: { column: mail, name: E-mail } } }`;
const SIGNALS = `  - { name: signalen, kind: signals, files: s.csv, format: { delimiter: ",", date: yyyy-mm-dd }, columns: { customerId: klant, date: datum, type: soort } }`;
const FILES = {
  "kassa.csv": "klant,datum,bedrag\nA,2026-01-05,10\nB,2026-02-28,20\n", // data as of 28 February
  "p.csv": "klant,datum,mail\nA,2026-01-31,a@x.invalid\nB,2026-01-31,\nA,2026-02-28,a@x.invalid\nB,2026-02-28,b@x.invalid\n",
  "s.csv": "klant,datum,soort\nA,2026-02-01,web_visit\n",
  "kassa-early.csv": "klant,datum,bedrag\nA,2026-01-05,10\nB,2026-02-05,20\n",
};

async function build(sources: string[]) {
  const dir = await dataDir({ "klantbeeld.yaml": `version: 1\ntimeZone: UTC\nminGroupSize: 1\nsources:\n${sources.join("\n")}\n`, ...FILES });
  const loaded = await loadSources(await readConfig(dir), dir);
  return buildBundle(loaded, await loadFurtherSources(loaded.config, dir), momentSectionBuilders());
}

describe("moment sections by the kinds present", () => {
  it("profiles alone: Klantprofiel with completeness 50 % → 100 %, no moments section", async () => {
    const b = await build([ORDERS, PROFILES]);
    expect(b.sections["moments"]).toBeUndefined();
    const p = b.sections["profile"] as ProfileSection;
    expect(p.months).toEqual(["2026-01", "2026-02"]);
    expect(p.completeness.overall).toEqual([0.5, 1]);
    expect(p.completeness.fields[0]!.share).toEqual([0.5, 1]);
    expect(b.series.find((s) => s.id === "profile.completeness")!.values).toEqual([0.5, 1]);
    expect(b.accounts.map((a) => [a.file, a.rowsRead])).toContainEqual(["p.csv", 4]);
    // A snapshot after the as-of day is not used.
    const early = await build([ORDERS.replace("kassa.csv", "kassa-early.csv"), PROFILES]);
    expect((early.sections["profile"] as ProfileSection).completeness.overall).toEqual([0.5, 0.5]);
  });
  it("signals without offers: Klantprofiel only; nothing of either without the kinds", async () => {
    const b = await build([ORDERS, SIGNALS]);
    expect(b.sections["moments"]).toBeUndefined();
    // The page's months start with the first signal (February).
    const p = b.sections["profile"] as ProfileSection;
    expect(p.months).toEqual(["2026-02"]);
    expect(p.signals.types.find((t) => t.id === "web_visit")!.customers).toEqual([1]);
    expect(p.completeness.overall).toEqual([null]);
    const none = await build([ORDERS]);
    expect(Object.keys(none.sections)).toEqual([]);
    expect(none.series.some((s) => s.id.startsWith("trigger.") || s.id.startsWith("profile."))).toBe(false);
  });
});
