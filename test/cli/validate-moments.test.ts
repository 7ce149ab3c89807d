/** `npm run validate` on the signals, profiles and offers kinds: annotations with file and line, never a value. */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const CLI = new URL("../../loaders/cli/validate.ts", import.meta.url).pathname;

// English messages (locale: en-GB): these kinds' "expected" texts are the loaders' own words.
const YAML = `version: 1
locale: en-GB
rejectThreshold: 0.6
sources:
  - { name: kassa, kind: transactions, files: kassa.csv, format: { delimiter: ",", date: yyyy-mm-dd }, columns: { customerId: klant, date: datum, amount: bedrag }, channel: store }
  - { name: signalen, kind: signals, files: signals/*.csv, format: { delimiter: ",", date: yyyy-mm-dd }, columns: { customerId: klant, date: datum, type: soort, value: waarde } }
  - name: profielen
    kind: profiles
    files: profielen.csv
    format: { delimiter: ";", date: dd-mm-yyyy }
    columns: { customerId: Klant, date: Peildatum }
    fields: { email: { column: E-mail } }
  - { name: aanbod, kind: offers, files: aanbod.csv, format: { delimiter: ",", date: yyyy-mm-dd }, columns: { customerId: klant, date: datum, offer: campagne, accepted: ja, acceptedDate: op } }
`;

describe("npm run validate: signals, profiles, offers", () => {
  it("annotates each bad row with its file and line and says what was expected, without the cell's value", async () => {
    const dir = mkdtempSync(join(tmpdir(), "klantbeeld-validate-moments-"));
    mkdirSync(join(dir, "signals"));
    writeFileSync(join(dir, "klantbeeld.yaml"), YAML);
    writeFileSync(join(dir, "kassa.csv"), "klant,datum,bedrag\nK1,2026-01-01,10\n");
    writeFileSync(join(dir, "signals/s.csv"), "klant,datum,soort,waarde\nK1,2026-01-02,web_visit,\nK1,2026-01-03,telepathie,\n");
    writeFileSync(join(dir, "profielen.csv"), "Klant;Peildatum;E-mail\nK1;31-01-2026;x@y.invalid\nK1;31-01-2026;zz@geheim.invalid\n");
    writeFileSync(join(dir, "aanbod.csv"), "klant,datum,campagne,ja,op\nK1,2026-02-01,A,ja,2026-01-15\nK1,2026-02-02,A,nee,\n");
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GITHUB_") && k !== "KLANTBEELD_LANGUAGE"));
    const { stdout } = await run(process.execPath, [CLI, "--data", dir], { env: { ...clean, GITHUB_ACTIONS: "true" } });
    expect(stdout).toContain('::warning title=Row rejected,file=data/signals/s.csv,line=3::column "soort": expected a signal type');
    expect(stdout).toContain('::warning title=Row rejected,file=data/profielen.csv,line=3::column "Peildatum": expected one snapshot per customer and day (duplicate_snapshot)');
    expect(stdout).toContain('::warning title=Row rejected,file=data/aanbod.csv,line=2::column "op": expected an acceptance date on or after the offer date (accepted_before_offer)');
    for (const value of ["telepathie", "geheim", "2026-01-15"]) expect(stdout).not.toContain(value);
  });
});
