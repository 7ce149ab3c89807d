/**
 * The journeys export through the real loader, with the config entry the sample data uses:
 * `;`, decimal comma, thousands dot, dd-mm-yyyy — plus bad rows and monthly exports.
 */
import { describe, expect, it } from "vitest";
import { LoadError } from "../../loaders/model/load-error.ts";
import { day, loadCommercial } from "./commercial-helpers.ts";

const SOURCE = `  - name: journeys
    kind: journeys
    files: journeys/journeys-*.csv
    format: { delimiter: ";", decimal: ",", thousands: ".", date: dd-mm-yyyy }
    columns: { date: Datum, journey: Journey, segment: Klanttype, visitors: Bezoekers, conversions: Conversies }`;
const HEAD = "Datum;Journey;Klanttype;Bezoekers;Conversies";

describe("journeys export", () => {
  it("reads a BOM, sep=; line, 1.234 visitors, dd-mm-yyyy and blank customer types over several files", async () => {
    const { journeys, accounts } = await loadCommercial(SOURCE, {
      "journeys/journeys-2025.csv": `\uFEFFsep=;\r\n${HEAD}\r\n31-12-2025;TV-pagina's;Bestaand mobiel;1.234;56\r\n31-12-2025;TV-pagina's;;10;0\r\n`,
      "journeys/journeys-2026.csv": `${HEAD}\n01-01-2026;Mobiel verlengen;Nieuw;2.000.000;1.999\n`,
      "journeys/other.csv": "not matched by the glob",
    });
    expect(journeys).toEqual([
      { day: day("2025-12-31"), journey: "TV-pagina's", segment: "Bestaand mobiel", visitors: 1234, conversions: 56 },
      { day: day("2025-12-31"), journey: "TV-pagina's", segment: null, visitors: 10, conversions: 0 },
      { day: day("2026-01-01"), journey: "Mobiel verlengen", segment: "Nieuw", visitors: 2_000_000, conversions: 1999 },
    ]);
    expect(accounts.map((a) => [a.file, a.rowsRead, a.rowsAccepted])).toEqual([
      ["journeys/journeys-2025.csv", 2, 2],
      ["journeys/journeys-2026.csv", 1, 1],
    ]);
  });

  it("rejects a bad date, a fraction, more conversions than visitors and a repeated row, with line and column", async () => {
    const text = [
      "sep=;",
      HEAD,
      "31-02-2026;A;x;10;1", // line 3: no 31 February
      "2026-02-01;A;x;10;1", // line 4: ISO date in a dd-mm-yyyy export
      "01-02-2026;A;x;10,5;1", // line 5: visitors must be whole
      "01-02-2026;A;x;10;11", // line 6: 11 conversions of 10 visitors
      "01-02-2026;A;x;10;1", // line 7: accepted
      "01-02-2026;A;x;12;2", // line 8: same day, journey and type again
      "01-02-2026;;x;12;2", // line 9: no journey
      "01-02-2026;A;y;-3;0", // line 10: negative visitors
    ].join("\r\n");
    const { journeys, accounts } = await loadCommercial(SOURCE, { "journeys/journeys-1.csv": text });
    const account = accounts[0]!;
    expect(journeys).toHaveLength(1);
    expect(account).toMatchObject({ rowsRead: 8, rowsAccepted: 1, rowsRejected: 7 });
    expect(account.rejections.map((r) => [r.line, r.column, r.reason])).toEqual([
      [3, "Datum", "invalid_date"],
      [4, "Datum", "invalid_date"],
      [5, "Bezoekers", "invalid_visitors"],
      [6, "Conversies", "conversions_exceed_visitors"],
      [8, "Datum", "duplicate_row"],
      [9, "Journey", "missing_journey"],
      [10, "Bezoekers", "invalid_visitors"],
    ]);
    expect(account.rejections[0]!.expected).toContain("dd-mm-yyyy");
    expect(JSON.stringify(account)).not.toMatch(/31-02-2026|10,5/);
  });

  it("reads a monthly export dated by month (mm-yyyy) or by a day in the month", async () => {
    const source = `${SOURCE.replace("journeys/journeys-*.csv", "m.csv")}\n    period: month`;
    const { journeys, accounts } = await loadCommercial(source, {
      "m.csv": `${HEAD}\n03-2026;A;;100;5\n15-04-2026;A;;80;4\n13-2026;A;;1;1\n15-03-2026;A;;1;1\n`,
    });
    expect(journeys.map((j) => j.day)).toEqual([day("2026-03-01"), day("2026-04-01")]);
    // 13-2026 is no month; 15-03-2026 repeats March.
    expect(accounts[0]!.rejections.map((r) => [r.line, r.reason])).toEqual([[4, "invalid_date"], [5, "duplicate_row"]]);
  });

  it("fails with file, line and column when a mapped column is missing", async () => {
    const error = await loadCommercial(SOURCE, { "journeys/journeys-1.csv": "sep=;\nDatum;Journey;Klanttype;Bezoekers;Conversie\n" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toMatch(/data\/journeys\/journeys-1\.csv:2 column "Conversies" \(conversions\) is not in the header/);
  });

  it("fails when the glob matches no file", async () => {
    const error = await loadCommercial(SOURCE, {}).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/source "journeys": no file in data\/ matches "journeys\/journeys-\*\.csv"/);
  });
});
