/** The profiles export through the real loader: only whether a field is filled is kept, as bits in field order. */
import { describe, expect, it } from "vitest";
import { day } from "./commercial-helpers.ts";
import { loadMoments } from "./moment-helpers.ts";

const SOURCE = `  - name: profielen
    kind: profiles
    files: profiles/*.csv
    format: { delimiter: ";", date: dd-mm-yyyy, encoding: windows-1252 }
    columns: { customerId: Klantnummer, date: Peildatum }
    fields:
      email: { column: E-mail, name: E-mailadres }
      phone: { column: Telefoon }
      consent: { column: Toestemming }`;
const HEAD = "Klantnummer;Peildatum;E-mail;Telefoon;Toestemming";

describe("profiles export", () => {
  it("keeps filled flags only (blank and 'onbekend' are not filled) and the declared names", async () => {
    const text = [HEAD, "K1;31-01-2026;a@b.invalid;;ja", "K2;31-01-2026;  ;onbekend;nee", "K1;28-02-2026;a@b.invalid;0612345678;-"].join("\r\n");
    const { data, accounts } = await loadMoments(SOURCE, { "profiles/p.csv": Buffer.from(text, "latin1") });
    expect(data.profileFields).toEqual([
      { id: "email", name: "E-mailadres" },
      { id: "phone", name: "phone" },
      { id: "consent", name: "consent" },
    ]);
    expect(data.profiles).toEqual([
      { customer: 0, day: day("2026-01-31"), filled: 0b101 },
      { customer: 1, day: day("2026-01-31"), filled: 0b100 },
      { customer: 0, day: day("2026-02-28"), filled: 0b011 },
    ]);
    expect(accounts[0]).toMatchObject({ rowsRead: 3, rowsAccepted: 3 });
    // No value of a profile field reaches anything the loader returns.
    expect(JSON.stringify(data)).not.toContain("0612345678");
  });

  it("rejects a second snapshot of a customer on the same day and a bad date, with line and column", async () => {
    const text = [HEAD, "K1;31-01-2026;x;;", "K1;31-01-2026;x;y;", "K2;31-13-2026;x;;"].join("\n");
    const { accounts } = await loadMoments(SOURCE, { "profiles/p.csv": text });
    expect(accounts[0]!.rejections.map((r) => [r.line, r.column, r.reason])).toEqual([
      [3, "Peildatum", "duplicate_snapshot"],
      [4, "Peildatum", "invalid_date"],
    ]);
    expect(accounts[0]).toMatchObject({ rowsRead: 3, rowsAccepted: 1, rowsRejected: 2 });
  });

  it("stops on a declared field missing from the header, naming file, line and column", async () => {
    await expect(loadMoments(SOURCE, { "profiles/p.csv": "Klantnummer;Peildatum;E-mail;Telefoon\n" })).rejects.toThrow(
      /data\/profiles\/p\.csv:1 column "Toestemming" \(field:consent\) is not in the header/,
    );
  });
});
