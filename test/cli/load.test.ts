/**
 * `npm run load` on a bad file speaks the data description's language: with `locale: en-GB` an
 * English message, with `nl-NL` a Dutch one — each naming the file, the line, the column and what
 * was expected, never the cell's value and without a stack trace.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const CLI = new URL("../../loaders/cli/load.ts", import.meta.url).pathname;
// Line 3 holds an impossible date (31 February), the cell a customer would not want printed.
const CSV = "bon;klant;datum;bedrag;kanaal\n1;K1;01-10-2026;12,50;store\n2;K2;31-02-2026;5,00;store\n";

function dataDir(locale: string, csv = CSV): string {
  const dir = mkdtempSync(join(tmpdir(), "klantbeeld-load-"));
  writeFileSync(
    join(dir, "klantbeeld.yaml"),
    `version: 1\nlocale: ${locale}\nrejectThreshold: 0.1\nsources:\n  - name: kassa\n    kind: transactions\n    files: "kassa.csv"\n` +
      `    format: { delimiter: ";", decimal: ",", date: dd-mm-yyyy }\n    columns: { orderId: bon, customerId: klant, date: datum, amount: bedrag, channel: kanaal }\n`,
  );
  writeFileSync(join(dir, "kassa.csv"), csv);
  return dir;
}

async function load(dir: string, env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GITHUB_") && k !== "KLANTBEELD_LANGUAGE"));
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, "--data", dir, "--out", join(dir, "bundle.json"), "--no-cache"], { env: { ...clean, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run load on a bad file", () => {
  it("locale: en-GB → an English message with file, line, column and what was expected", async () => {
    const r = await load(dataDir("en-GB"));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "error: Too many rejected rows (threshold 10.0 % per file, rejectThreshold in data/klantbeeld.yaml):\n" +
        '  data/kassa.csv: 1 of 2 rows rejected (50.0 %), mostly invalid_date; first at line 3, column "datum": expected a real calendar date as dd-mm-yyyy (optionally followed by a time H:MM[:SS])\n',
    );
  });

  it("locale: nl-NL → the same message in Dutch", async () => {
    const r = await load(dataDir("nl-NL"));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "error: Te veel afgewezen rijen (grens 10,0 % per bestand, rejectThreshold in data/klantbeeld.yaml):\n" +
        '  data/kassa.csv: 1 van 2 rijen afgewezen (50,0 %), vooral ongeldige datum; eerste op regel 3, kolom "datum": verwacht een bestaande datum als dd-mm-yyyy (eventueel met een tijd U:MM[:SS])\n',
    );
    expect(r.stderr).not.toContain("31-02-2026");
  });

  it("a header without a configured column: file and line, in each language", async () => {
    const csv = "bon;klant;dag;bedrag;kanaal\n1;K1;01-10-2026;12,50;store\n";
    const en = await load(dataDir("en-GB", csv));
    expect(en.stderr).toBe(
      'error: data/kassa.csv:1 column "datum" (date) is not in the header; the header has 5 columns. Check the column names and the delimiter in data/klantbeeld.yaml (source "kassa").\n',
    );
    const nl = await load(dataDir("nl-NL", csv));
    expect(nl.stderr).toBe(
      'error: data/kassa.csv:1 kolom "datum" (date) staat niet in de kopregel; de kopregel heeft 5 kolommen. Controleer de kolomnamen en het scheidingsteken in data/klantbeeld.yaml (bron "kassa").\n',
    );
  });

  it("a good load reports in the description's language, and KLANTBEELD_LANGUAGE overrides it", async () => {
    const ok = "bon;klant;datum;bedrag;kanaal\n1;K1;01-10-2026;12,50;store\n";
    const nl = await load(dataDir("nl-NL", ok), { KLANTBEELD_TODAY: "2026-10-02" });
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/^bestand\s+gelezen\s+geaccepteerd\s+afgewezen\s+redenen\nkassa\.csv\s+1\s+1\s+0\ntotaal\s+1\s+1\s+0\n/);
    expect(nl.stdout).toMatch(/ geschreven: 1 maand \(2026-10 \.\. 2026-10\), \d+ reeksen, data tot en met 2026-10-01 \(\d+\.\d s\)\n$/);
    const en = await load(dataDir("nl-NL", ok), { KLANTBEELD_TODAY: "2026-10-02", KLANTBEELD_LANGUAGE: "en" });
    expect(en.stdout).toMatch(/^file\s+read\s+accepted\s+rejected\s+reasons\n/);
    expect(en.stdout).toMatch(/\nwrote .*: 1 month \(2026-10 \.\. 2026-10\), \d+ series, data as of 2026-10-01/);
  });
});
