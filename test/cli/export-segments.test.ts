import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportSegments, realTarget } from "../../loaders/cli/export-segments.ts";

// A tiny data folder: ids a spreadsheet would run as formulas, a refund (negative Monetary), an
// unregistered sale. The newest order is on 2024-06-25, so the export scores as of that day (as the dashboard does).
const IDS = ["=cmd|' /C calc'!A0", "+31612345678", "-5", "@alice", "plain", "refund"];
const CSV = [
  "customer_id,date,amount",
  "=cmd|' /C calc'!A0,2024-06-01,10.50",
  "+31612345678,2024-06-02,20",
  "-5,2024-06-03,30",
  "@alice,2024-06-04,40",
  "plain,2024-06-05,50",
  "plain,2024-06-25,5",
  "refund,2024-06-10,20",
  "refund,2024-06-20,-50",
  ",2024-06-21,99",
].join("\n");
const YAML = `version: 1
currency: EUR
timeZone: UTC
sources:
  - name: shop
    kind: transactions
    files: orders.csv
    format: { delimiter: ",", decimal: ".", date: yyyy-mm-dd }
    columns: { customerId: customer_id, date: date, amount: amount }
    channel: web
repurchase: { dueFactor: 1, overdueFactor: 2 }
`;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "klantbeeld-export-"));
  made.push(dir);
  writeFileSync(join(dir, "orders.csv"), CSV);
  writeFileSync(join(dir, "klantbeeld.yaml"), YAML);
  return dir;
}

const readAll = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")]));

describe("exportSegments", () => {
  const data = dataDir();

  it("writes one CSV per segment with every scored customer once, and nothing else", async () => {
    const out = join(data, "out");
    const result = await exportSegments({ dataDir: data, outDir: out });
    expect([result.month, result.asOf]).toEqual(["2024-06", "2024-06-25"]);
    expect(result.files).toHaveLength(11);
    expect(result.files.reduce((a, f) => a + f.customers, 0)).toBe(6);
    expect(readdirSync(out).sort()).toEqual(result.files.map((f) => f.file).sort()); // no temp files left
    const lines = Object.values(readAll(out)).flatMap((text) => text.trimEnd().split("\n").slice(1));
    expect(lines).toHaveLength(6);
  });

  it("neutralises formula-like ids and keeps numbers as numbers (a negative Monetary too)", async () => {
    const out = join(data, "safe");
    await exportSegments({ dataDir: data, outDir: out });
    const rows = Object.values(readAll(out)).flatMap((text) => text.trimEnd().split("\n").slice(1));
    // Each id a spreadsheet would run (= + - @) starts with an apostrophe; the values after it are
    // plain numbers: recency (days to 06-25), frequency, Monetary — −30 for the refund stays −30.
    expect(rows.some((r) => r.startsWith("'=cmd|' /C calc'!A0,24,1,10.5,"))).toBe(true);
    expect(rows.some((r) => r.startsWith("'+31612345678,23,1,20,"))).toBe(true);
    expect(rows.some((r) => r.startsWith("'-5,22,1,30,"))).toBe(true);
    expect(rows.some((r) => r.startsWith("'@alice,21,1,40,"))).toBe(true);
    expect(rows.some((r) => r.startsWith("refund,15,1,-30,"))).toBe(true);
    // plain: 06-05 and 06-25 → interval 20 days, 0 days since → not due.
    expect(rows.some((r) => r.startsWith("plain,0,2,55,") && r.endsWith(",20,not-due,Nog niet aan de beurt"))).toBe(true);
    for (const r of rows) expect(r[0]).not.toMatch(/[=+\-@\t\r]/);
  });

  it("writes byte-identical files on a second run", async () => {
    const out1 = join(data, "run1");
    const out2 = join(data, "run2");
    await exportSegments({ dataDir: data, outDir: out1 });
    await exportSegments({ dataDir: data, outDir: out2 });
    expect(readAll(out2)).toEqual(readAll(out1));
  });

  it("writes Dutch Excel CSV on request", async () => {
    const out = join(data, "excel");
    await exportSegments({ dataDir: data, outDir: out, dialect: "excel-nl" });
    const all = Object.values(readAll(out)).join("");
    expect(all.startsWith("\uFEFF")).toBe(true);
    expect(all).toContain(";-30;");
  });

  it("refuses an output folder inside the site", async () => {
    await expect(exportSegments({ dataDir: data, outDir: "dist/segments" })).rejects.toThrow(/leads into dist\//);
    await expect(exportSegments({ dataDir: data, outDir: "public" })).rejects.toThrow(/leads into public\//);
    await expect(exportSegments({ dataDir: data, outDir: ".klantbeeld/publish/x" })).rejects.toThrow(/leads into \.klantbeeld\/publish\//);
  });

  it("follows symbolic links before refusing: a link into dist/ or src/ is refused, and nothing is written there", async () => {
    const links = mkdtempSync(join(tmpdir(), "klantbeeld-links-"));
    made.push(links);
    symlinkSync(resolve("dist"), join(links, "innocent"));
    symlinkSync(resolve("src"), join(links, "lists"));
    await expect(exportSegments({ dataDir: data, outDir: join(links, "innocent", "segments") })).rejects.toThrow(/^--out .* leads into dist\/ \(symbolic links followed\)/);
    await expect(exportSegments({ dataDir: data, outDir: join(links, "lists") })).rejects.toThrow(/leads into src\//);
    expect(existsSync(resolve("dist", "segments"))).toBe(false);
    expect(await realTarget(join(links, "innocent", "a", "b"))).toBe(join(realpathSync(resolve("dist")), "a", "b"));
  });

  it("prints counts per file and never a customer id", () => {
    const out = join(data, "cli");
    const stdout = execFileSync(process.execPath, ["loaders/cli/export-segments.ts", "--data", data, "--out", out], { encoding: "utf8" });
    expect(stdout).toMatch(/champions\.csv: (1 klant|\d+ klanten)\n/);
    expect(stdout).toMatch(/totaal: 6 klanten/);
    for (const id of IDS) expect(stdout).not.toContain(id);
  });

  it("exits 1 with the config problem, without a stack trace", () => {
    const broken = dataDir();
    writeFileSync(join(broken, "klantbeeld.yaml"), YAML.replace("dueFactor: 1, overdueFactor: 2", "dueFactor: 3, overdueFactor: 2"));
    let stderr = "";
    let status = 0;
    try {
      execFileSync(process.execPath, ["loaders/cli/export-segments.ts", "--data", broken, "--out", join(broken, "out")], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      stderr = String((error as { stderr: string }).stderr);
      status = (error as { status: number }).status;
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/repurchase[\s\S]*overdueFactor/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
