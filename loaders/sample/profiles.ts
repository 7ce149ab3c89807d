/**
 * The customer-profile snapshots of the sample, `profiles/profielen-YYYY-MM.csv`: a CRM export in
 * Dutch Excel style (`;`, dd-mm-yyyy) every quarter and at the last month's end, with e-mail,
 * phone, birth date, household size, postcode and two consent flags. Profiles grow more
 * complete over time — listened to, not asked — and faster for engaged customers. All values
 * are fictitious (`.invalid` e-mail domain, made-up numbers).
 */
import { monthEnd } from "../lib/months.ts";
import { LAST_MONTH } from "./calendar.ts";
import { csvRow, dutchDate } from "./format.ts";
import type { Random } from "./random.ts";
import { MOMENT_FIRST_MONTH, type PanelMember } from "./signals.ts";

/** Header of the profiles export. */
export const PROFILES_HEADER = "Klantnummer;Peildatum;E-mail;Telefoon;Geboortedatum;Huishouden;Postcode;Toestemming e-mail;Toestemming bellen";

/** Snapshot months: every third month from the first, and the last month. */
export const SNAPSHOT_MONTHS: readonly number[] = [MOMENT_FIRST_MONTH, MOMENT_FIRST_MONTH + 3, MOMENT_FIRST_MONTH + 6, MOMENT_FIRST_MONTH + 9, LAST_MONTH];

/** Chance a field is filled at the first snapshot, and what each later snapshot adds. */
const FIELDS: readonly { start: number; gain: number }[] = [
  { start: 0.7, gain: 0.05 }, // e-mail
  { start: 0.45, gain: 0.06 }, // phone
  { start: 0.25, gain: 0.05 }, // birth date
  { start: 0.1, gain: 0.06 }, // household
  { start: 0.55, gain: 0.05 }, // postcode
  { start: 0.35, gain: 0.07 }, // consent e-mail
  { start: 0.15, gain: 0.05 }, // consent phone
];

/** The value written for a filled field (fictitious). */
function value(rng: Random, field: number, id: string): string {
  switch (field) {
    case 0:
      return `${id.toLowerCase()}@voorbeeld.invalid`;
    case 1:
      return `06-${String(rng.int(10_000_000, 99_999_999))}`;
    case 2:
      return dutchDate(rng.int(-7300, 12_000));
    case 3:
      return String(rng.int(1, 5));
    case 4:
      return `${rng.int(1000, 9999)} ${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`;
    default:
      return rng.chance(0.8) ? "ja" : "nee";
  }
}

/** The profile files by path relative to `data/`: UTF-8 with BOM (Excel), CRLF line ends. */
export function profileFiles(rng: Random, panel: readonly PanelMember[]): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  // Once filled, a field stays filled; its value is drawn once.
  const held = panel.map(() => new Array<string | null>(FIELDS.length).fill(null));
  SNAPSHOT_MONTHS.forEach((month, s) => {
    const day = monthEnd(month);
    const lines = panel.map((m, i) => {
      FIELDS.forEach((f, k) => {
        const p = Math.min(0.97, (f.start + f.gain * s) * (0.6 + 0.5 * Math.min(1.6, m.engagement)));
        if (held[i]![k] === null && rng.chance(s === 0 ? p : f.gain * (0.6 + 0.5 * m.engagement) * 1.5)) held[i]![k] = value(rng, k, m.id);
      });
      return csvRow([m.id, dutchDate(day), ...held[i]!.map((v) => v ?? "")], ";");
    });
    const key = dutchDate(day);
    files.set(`profiles/profielen-${key.slice(6)}-${key.slice(3, 5)}.csv`, Buffer.from(`\ufeff${[PROFILES_HEADER, ...lines].join("\r\n")}\r\n`, "utf8"));
  });
  return files;
}
