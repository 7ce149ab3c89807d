/**
 * The signals export through the real loader: UTC timestamps become Amsterdam days, the export's
 * own event names map to the vocabulary, `85%` and `0,85` read as 0.85; bad rows are rejected
 * with line, column and what was expected, never the cell's value.
 */
import { describe, expect, it } from "vitest";
import { day } from "./commercial-helpers.ts";
import { loadMoments } from "./moment-helpers.ts";

const SOURCE = `  - name: signalen
    kind: signals
    files: signals/*.csv
    format: { delimiter: ";", decimal: ",", date: dd-mm-yyyy }
    columns: { customerId: Klant, date: Tijdstip, type: Soort, value: Waarde }
    typeMap: { Klantcontact: service_contact, Verbruik: usage }`;
const HEAD = "Klant;Tijdstip;Soort;Waarde";

describe("signals export", () => {
  it("reads Dutch numbers, percentages, mapped and vocabulary types, and a blank value", async () => {
    const text = [HEAD, "K1;31-12-2025 23:30;Verbruik;0,85", "K1;01-01-2026;verbruik;85%", "K2;02-01-2026 10:00;klantcontact;", "K2;03-01-2026;web_visit;"].join("\r\n");
    const { data, accounts } = await loadMoments(SOURCE, { "signals/s.csv": `\uFEFF${text}\r\n` });
    expect(data.customerIds).toEqual(["K1", "K2"]);
    expect(data.signals).toEqual([
      { customer: 0, day: day("2025-12-31"), type: "usage", value: 0.85 },
      { customer: 0, day: day("2026-01-01"), type: "usage", value: 0.85 },
      { customer: 1, day: day("2026-01-02"), type: "service_contact", value: null },
      { customer: 1, day: day("2026-01-03"), type: "web_visit", value: null },
    ]);
    expect(accounts[0]).toMatchObject({ file: "signals/s.csv", kind: "signals", rowsRead: 4, rowsAccepted: 4, rowsRejected: 0 });
  });

  it("rejects an unknown type, a usage without value, a bad date, a negative value and a blank customer", async () => {
    const text = [
      HEAD,
      "K1;01-01-2026;telepathie;", // line 2: not in the vocabulary or the map
      "K1;01-01-2026;Verbruik;", // line 3: usage needs its share
      "K1;2026-01-01;web_visit;", // line 4: ISO date in a dd-mm-yyyy export
      "K1;01-01-2026;download;-1", // line 5: negative value
      ";01-01-2026;web_visit;", // line 6: no customer
      "K9;01-01-2026;Verbruik;3,5", // line 7: more than 3 bundles
      "K1;01-01-2026;web_visit;", // line 8: accepted
    ].join("\n");
    const { data, accounts } = await loadMoments(SOURCE, { "signals/s.csv": text });
    const a = accounts[0]!;
    expect(a).toMatchObject({ rowsRead: 7, rowsAccepted: 1, rowsRejected: 6 });
    expect(a.rejections.map((r) => [r.line, r.column, r.reason])).toEqual([
      [2, "Soort", "unknown_signal_type"],
      [3, "Waarde", "invalid_usage"],
      [4, "Tijdstip", "invalid_date"],
      [5, "Waarde", "invalid_value"],
      [6, "Klant", "missing_customer"],
      [7, "Waarde", "invalid_usage"],
    ]);
    // Rejected rows add no customer; messages carry no cell values.
    expect(data.customerIds).toEqual(["K1"]);
    const words = JSON.stringify(a.rejections);
    for (const value of ["telepathie", "2026-01-01", "-1", "K9", "3,5"]) expect(words).not.toContain(value);
    expect(a.rejections[0]!.expected).toContain("service_contact");
  });

  it("refuses a typeMap onto a word outside the vocabulary, naming its line and path", async () => {
    const bad = SOURCE.replace("Verbruik: usage", "Verbruik: data_used");
    await expect(loadMoments(bad, { "signals/s.csv": `${HEAD}\n` })).rejects.toThrow(/data\/klantbeeld\.yaml:\d+:\d+ sources\[0\]\.typeMap\.Verbruik: expected one of "web_visit", "registration", .* or "usage"$/);
  });
});
