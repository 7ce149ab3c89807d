import { describe, expect, it } from "vitest";
import type { FileAccount, Rejection } from "../../loaders/bundle/types.ts";
import { accountTable, loadErrorAnnotations, plainTable, rejectionAnnotations, rejectionsHtml } from "../../loaders/cli/validate-report.ts";

const rej = (file: string, line: number): Rejection => ({ file, line, column: "datum", reason: "invalid_date", expected: "a date as dd-mm-yyyy" });
const account = (file: string, read: number, rejected: number): FileAccount => ({
  file,
  source: "kassa",
  kind: "transactions",
  sha256: "",
  bytes: 0,
  rowsRead: read,
  rowsAccepted: read - rejected,
  rowsRejected: rejected,
  reasons: rejected ? { invalid_date: rejected } : {},
  rejections: Array.from({ length: Math.min(rejected, 200) }, (_, i) => rej(file, i + 2)),
  warnings: [],
});

describe("rejectionAnnotations", () => {
  it("annotates every row when within the limit: warning within the threshold, error above it", () => {
    const a = rejectionAnnotations([account("a.csv", 100, 2), account("b.csv", 10, 3)], 0.05);
    expect(a.map((x) => [x.level, x.file, x.startLine])).toEqual([
      ["error", "data/b.csv", 2],
      ["error", "data/b.csv", 3],
      ["error", "data/b.csv", 4],
      ["warning", "data/a.csv", 2],
      ["warning", "data/a.csv", 3],
    ]);
    // Dutch by default (an "expected" text the glossary does not know stays as the loaders wrote it); English on request.
    expect(a[0]!.message).toBe('kolom "datum": verwacht a date as dd-mm-yyyy (Ongeldige datum)');
    const en = rejectionAnnotations([account("b.csv", 10, 3)], 0.05, undefined, "en");
    expect([en[0]!.title, en[0]!.message]).toEqual(["Row rejected", 'column "datum": expected a date as dd-mm-yyyy (invalid_date)']);
  });
  it("keeps to 10 per level: 9 rows and one count of the other 491", () => {
    const a = rejectionAnnotations([account("big.csv", 1000, 500)], 0.05);
    expect(a).toHaveLength(10);
    expect(a.slice(0, 9).map((x) => x.startLine)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(a[9]).toEqual({ level: "error", title: "Meer afgewezen rijen", message: "nog 491 afgewezen rijen in data/big.csv: zie de samenvatting van de job voor de volledige verantwoording" });
    expect(rejectionAnnotations([account("big.csv", 1000, 500)], 0.05, undefined, "en")[9]).toEqual({ level: "error", title: "More rejected rows", message: "491 more rejected rows in data/big.csv: see the job summary for the full account" });
  });
  it("emits exactly 10 when there are exactly 10", () => {
    expect(rejectionAnnotations([account("ten.csv", 1000, 10)], 0.05).every((x) => x.file === "data/ten.csv")).toBe(true);
  });
});

describe("loadErrorAnnotations", () => {
  it("places lines that start with data/file:line:column", () => {
    const message = 'The goals file is not valid:\n  data/goals.yaml:12:24 goal "g" (goals[0]).baseline.month: no value\n  data/goals.yaml:20:5 goals[1].owner: required';
    expect(loadErrorAnnotations(message)).toEqual([
      { level: "error", title: "Ongeldige data", file: "data/goals.yaml", startLine: 12, startColumn: 24, message: 'goal "g" (goals[0]).baseline.month: no value' },
      { level: "error", title: "Ongeldige data", file: "data/goals.yaml", startLine: 20, startColumn: 5, message: "goals[1].owner: required" },
    ]);
  });
  it("falls back to one general error", () => {
    expect(loadErrorAnnotations("source x: no file matches")).toEqual([{ level: "error", title: "Laden mislukt", message: "source x: no file matches" }]);
  });
});

describe("accountTable", () => {
  it("lists counts, share and reasons", () => {
    const rows = accountTable([account("a.csv", 8, 1)]);
    expect(rows[0]![0]).toBe("Bestand");
    expect(rows[1]).toEqual(["data/a.csv", "kassa", "8", "7", "1", "12,50 %", "Ongeldige datum (1)"]);
    expect(accountTable([account("a.csv", 8, 1)], "en")[1]).toEqual(["data/a.csv", "kassa", "8", "7", "1", "12.50 %", "invalid_date (1)"]);
    expect(plainTable([["a", "bb"], ["ccc", "d"]])).toBe("a    bb\nccc  d");
  });
  it("escapes column names in the HTML detail (the library does not)", () => {
    const a = account("a.csv", 2, 1);
    a.rejections[0]!.column = "<img src=x onerror=alert(1)>";
    expect(rejectionsHtml(a)).toContain("<td>&lt;img src=x onerror=alert(1)&gt;</td>");
    expect(rejectionsHtml(a)).not.toContain("<img");
  });
});
