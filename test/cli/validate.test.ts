import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const CLI = new URL("../../loaders/cli/validate.ts", import.meta.url).pathname;
const CSV = "bon;klant;datum;bedrag;kanaal\n1;K1;01-10-2026;12,50;store\n2;;02-10-2026;abc;store\n3;K2;31-02-2026;5,00;web\n4;K3;03-10-2026;7,00;web\n";

/** A data folder with CSV; `locale` (default none: nl-NL) decides the messages' language. */
function dataDir(threshold: number, goals?: string, locale?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "klantbeeld-validate-"));
  writeFileSync(
    join(dir, "klantbeeld.yaml"),
    `version: 1\n${locale ? `locale: ${locale}\n` : ""}rejectThreshold: ${threshold}\nsources:\n  - name: kassa\n    kind: transactions\n    files: "kassa-*.csv"\n    format: { delimiter: ";", decimal: ",", date: dd-mm-yyyy }\n    columns: { orderId: bon, customerId: klant, date: datum, amount: bedrag, channel: kanaal }\n`,
  );
  writeFileSync(join(dir, "kassa-2026.csv"), CSV);
  if (goals !== undefined) writeFileSync(join(dir, "goals.yaml"), goals);
  return dir;
}

async function validate(dir: string, env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GITHUB_") && k !== "KLANTBEELD_LANGUAGE"));
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, "--data", dir], { env: { ...clean, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run validate", () => {
  it("outside Actions: prints a plain table, warnings per row, exit 0 within the threshold (Dutch by default)", async () => {
    const r = await validate(dataDir(0.6), {});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Bestand\s+Bron\s+Rijen\s+Geaccepteerd\s+Afgewezen\s+Aandeel afgewezen\s+Redenen/);
    expect(r.stdout).toMatch(/data\/kassa-2026\.csv\s+kassa\s+4\s+2\s+2\s+50,00 %\s+Ongeldig bedrag \(1\), Ongeldige datum \(1\)/);
    expect(r.stdout).toContain("Data in orde.");
    expect(r.stderr).toContain('waarschuwing: data/kassa-2026.csv:3: kolom "bedrag": verwacht een getal met decimaalteken "," (Ongeldig bedrag)\n');
    expect(r.stderr).toContain('waarschuwing: data/kassa-2026.csv:4: kolom "datum": verwacht een bestaande datum als dd-mm-yyyy (eventueel met een tijd U:MM[:SS]) (Ongeldige datum)\n');
    expect(r.stderr).not.toContain("abc"); // never the cell's value
  });

  it("with locale: en-GB the same check speaks English", async () => {
    const r = await validate(dataDir(0.6, undefined, "en-GB"), {});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/data\/kassa-2026\.csv\s+kassa\s+4\s+2\s+2\s+50\.00 %\s+invalid_amount \(1\), invalid_date \(1\)/);
    expect(r.stdout).toContain("Data OK.");
    expect(r.stderr).toContain('warning: data/kassa-2026.csv:3: column "bedrag": expected a number with decimal "," (invalid_amount)\n');
  });

  it("in Actions: error annotations on file and line, escaped job summary, exit 1 above the threshold", async () => {
    const dir = dataDir(0.1);
    const summary = join(dir, "summary.html");
    writeFileSync(summary, "");
    const r = await validate(dir, { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=Rij afgewezen,file=data/kassa-2026.csv,line=3::kolom "bedrag": verwacht een getal met decimaalteken "," (Ongeldig bedrag)\n');
    expect(r.stdout).toContain("::error title=Rij afgewezen,file=data/kassa-2026.csv,line=4::kolom \"datum\"");
    const html = readFileSync(summary, "utf8");
    expect(html).toContain("<td>data/kassa-2026.csv</td>");
    // 2 of 4 rows (50,0 %) above 10,0 %; the commonest reason first (a tie: by code), the first rejection's place.
    expect(html).toContain(
      "Te veel afgewezen rijen (grens 10,0 % per bestand, rejectThreshold in data/klantbeeld.yaml):\n" +
        '  data/kassa-2026.csv: 2 van 4 rijen afgewezen (50,0 %), vooral ongeldig bedrag; eerste op regel 3, kolom &quot;bedrag&quot;: verwacht een getal met decimaalteken &quot;,&quot;',
    );
    expect(html).not.toMatch(/\n\s+at /);
  });

  it("annotates goals errors at their line and fails", async () => {
    const dir = dataDir(0.6, "version: 1\ngoals:\n  - id: Fout\n");
    const r = await validate(dir, { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: join(dir, "missing", "s.html") });
    // A summary file that cannot be written falls back to the plain table (and a warning).
    expect(r.stdout).toMatch(/::warning::samenvatting van de job niet geschreven/);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error title=Ongeldige data,file=data\/goals.yaml,line=3,col=\d+::doel "Fout" \(goals\[0\]\)\.id: verwacht een id in kebab-case, zoals digitaal-aandeel-omzet$/m);
    expect(r.stdout).toContain("Het doelenbestand is niet geldig:");
  });

  it("reports a broken config in one message without a stack", async () => {
    const dir = dataDir(0.6);
    writeFileSync(join(dir, "klantbeeld.yaml"), "version: 2\n");
    const r = await validate(dir, {});
    expect(r.code).toBe(1);
    // An invalid description cannot say its language: Dutch, or KLANTBEELD_LANGUAGE.
    expect(r.stdout).toContain("data/klantbeeld.yaml is niet geldig:");
    const en = await validate(dir, { KLANTBEELD_LANGUAGE: "en" });
    expect(en.stdout).toContain("data/klantbeeld.yaml is not valid:");
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints a replaced-byte warning with file and line, an annotation in Actions, never the cell", async () => {
    const dir = dataDir(0.6);
    // Line 2's channel cell "st\xe9re" is Latin-1 in a UTF-8 file: the row is kept, with a warning.
    writeFileSync(join(dir, "kassa-2026.csv"), Buffer.concat([Buffer.from("bon;klant;datum;bedrag;kanaal\n1;K1;01-10-2026;12,50;st"), Buffer.from([0xe9]), Buffer.from("re\n")]));
    const plain = await validate(dir, {});
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('waarschuwing: data/kassa-2026.csv:2: bytes that are not valid utf-8 were replaced in column "kanaal" on line 2; the rows were kept.');
    const actions = await validate(dir, { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: join(dir, "s.html") });
    expect(actions.stdout).toContain("::warning title=Let op,file=data/kassa-2026.csv,line=2::bytes that are not valid utf-8");
    expect(plain.stdout + plain.stderr + actions.stdout).not.toContain("st\uFFFDre");
  });
});
