import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { sections } from "../../loaders/bundle/sections.ts";
import { loadEngineBundle } from "../../loaders/engines/load-engine.ts";
import { loadBundle } from "../../loaders/load-bundle.ts";
import { LoadError } from "../../loaders/model/load-error.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import type { SectionBuilder } from "../../loaders/bundle/build-bundle.ts";
import { goalsBuilder } from "../../loaders/bundle/goals.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A data folder with `files` and a klantbeeld.yaml holding one DuckDB source (`source` YAML lines). */
function folder(files: Record<string, string>, source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "klantbeeld-duckdb-test-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, "klantbeeld.yaml"), `version: 1\nminGroupSize: 1\nsources:\n  - name: kassa\n    kind: transactions\n    engine: duckdb\n${source}`);
  return dir;
}

const DUTCH = `    format: { delimiter: ";", decimal: ",", thousands: ".", date: dd-mm-yyyy }
    columns: { orderId: Bon, customerId: Klant, date: Datum, amount: Bedrag }
    channel: store
`;

// sep= line, a BOM, and lines DuckDB would read leniently: a US-formatted amount, a trailing extra field, a short line.
const EXPORT = "\uFEFFsep=;\nBon;Klant;Datum;Bedrag\nB1;K1;03-01-2025;1.234,56\nB2;K2;04-01-2025;1,234.56\nB3;K1;05-01-2025;12,5\nB4;K3;06-01-2025;7,00;\nB5;K3;07-01-2025\nB6;;31-01-2025;-2,50\n";
// The same export ending on 8 January: a partial last month.
const PARTIAL = EXPORT.replace("31-01-2025", "08-01-2025");

async function load(dir: string) {
  return await loadEngineBundle(await readConfig(dir), dir, { sections: [] });
}

describe("engine: duckdb reading CSV files", () => {
  it("guards the locale trap and counts every line: 1,234.56 in a Dutch export is rejected, not read as 1.23", async () => {
    const { bundle } = await load(folder({ "kassa.csv": EXPORT }, `    files: kassa.csv\n${DUTCH}`));
    const [account] = bundle.accounts;
    expect(account).toMatchObject({ file: "kassa.csv", source: "kassa", rowsRead: 6, rowsAccepted: 3, rowsRejected: 3 });
    expect(account!.reasons).toEqual({ invalid_amount: 1, wrong_column_count: 2 });
    expect(account!.rejections.find((r) => r.reason === "invalid_amount")).toMatchObject({ key: "B2" });
    // B1 1234.56 + B3 12.50 + B6 −2.50, all in January 2025.
    expect(bundle.series.find((s) => s.id === "revenue")!.values).toEqual([1244.56]);
    expect(bundle.series.find((s) => s.id === "orders")!.values).toEqual([2]);
    expect(bundle.series.find((s) => s.id === "returns")!.values).toEqual([1]);
  });

  it("counts a partial last month up to its newest day, and a pinned asOf cuts the later orders off (as docs/metrics.md)", async () => {
    const { bundle } = await load(folder({ "kassa.csv": PARTIAL }, `    files: kassa.csv\n${DUTCH}`));
    expect(bundle.period).toMatchObject({ asOf: "2025-01-08", pinned: false, partial: { month: "2025-01", throughDay: "2025-01-08", days: 8, daysInMonth: 31 } });
    // B1 1234.56 + B3 12.50 + B6 −2.50; no month before the data, so no same-days comparison.
    const revenue = bundle.series.find((s) => s.id === "revenue")!;
    expect(revenue.values).toEqual([1244.56]);
    expect(revenue.sameDays).toEqual({ previous: null, yearAgo: null });
    // K1 (K3's lines are rejected); the 12-month window is not full, so "active" stays empty.
    expect(bundle.series.find((s) => s.id === "customers.known")!.values).toEqual([1]);
    expect(bundle.series.find((s) => s.id === "customers.active")!.values).toEqual([null]);

    const dir = folder({ "kassa.csv": EXPORT }, `    files: kassa.csv\n${DUTCH}`);
    writeFileSync(join(dir, "klantbeeld.yaml"), readFileSync(join(dir, "klantbeeld.yaml"), "utf8").replace("version: 1\n", "version: 1\nasOf: 2025-01-05\n"));
    const pinned = (await load(dir)).bundle;
    // B6 on 31 January lies after the pin: left out and counted (no category column, so no lines).
    expect(pinned.period).toMatchObject({ asOf: "2025-01-05", dataLastDay: "2025-01-31", pinned: true, excluded: { orders: 1, lines: 0 } });
    expect(pinned.series.find((s) => s.id === "revenue")!.values).toEqual([1247.06]);
    expect(pinned.series.find((s) => s.id === "returns")!.values).toEqual([0]);
    expect(pinned.warnings.map((w) => w.code)).toEqual(["as_of_pinned"]);
  });

  it("builds goals from the pushed-down series, and leaves them out (named) when one tracks a series of a section left out", async () => {
    const goal = (metric: string) => `version: 1\ngoals:\n  - id: doel\n    title: Doel\n    description: Een doel.\n    metric: ${metric}\n    baseline: { month: 2025-01 }
    target: { change: 0.1 }\n    owner: Iemand\n    agreedBy: MT\n    rationale: Omdat.\n    start: 2025-02\n    deadline: 2025-12\n`;
    const built = await loadEngineBundle(await readConfig(folder({ "kassa.csv": EXPORT, "goals.yaml": goal("revenue") }, `    files: kassa.csv\n${DUTCH}`)), dirs.at(-1)!, { sections: sections() });
    const goals = built.bundle.sections.goals as { goals: { metric: string; baseline: { value: number } }[] };
    // The baseline is January's net revenue: 1234.56 + 12.50 − 2.50.
    expect(goals.goals[0]).toMatchObject({ metric: "revenue", baseline: { value: 1244.56 } });
    expect(built.unsupported).not.toContain("goals");
    // An export without categories has no cross-/upsell series: a goal on one fails as in the stream load.
    await expect(loadBundle(folder({ "kassa.csv": EXPORT, "goals.yaml": goal("cross_sell.orders") }, `    files: kassa.csv\n${DUTCH}`))).rejects.toThrow(/series "cross_sell.orders" is not in the data/);
    // A section that reaches for the orders (none of the standard ones does any more) is left out and named,
    // and so are goals that track a series only such a section would give.
    const reader: SectionBuilder = { name: "journeys", build: ({ loaded }) => ({ section: { orders: loaded.store.orders.length } as never }) };
    const dir = folder({ "kassa.csv": EXPORT, "goals.yaml": goal("cross_sell.orders") }, `    files: kassa.csv\n${DUTCH}`);
    const left = await loadEngineBundle(await readConfig(dir), dir, { sections: [reader, goalsBuilder] });
    expect(left.unsupported).toEqual(["journeys", "goals"]);
    expect(left.bundle.sections.goals).toBeUndefined();
  });

  it("reads a table of a .duckdb file", async () => {
    const dir = folder({}, `    database: kassa.duckdb\n    table: bonnen\n${DUTCH}`);
    const db = await DuckDBInstance.create(join(dir, "kassa.duckdb"));
    const c = await db.connect();
    await c.run("CREATE TABLE bonnen (Bon VARCHAR, Klant VARCHAR, Datum DATE, Bedrag DECIMAL(10, 2))");
    await c.run("INSERT INTO bonnen VALUES ('B1', 'K1', DATE '2025-01-03', 10.25), ('B1', 'K1', DATE '2025-01-03', 5.00), ('B2', NULL, DATE '2025-02-28', 3.10)");
    c.closeSync();
    db.closeSync();
    // Typed columns are read as their text: dates as yyyy-mm-dd, so the format must say so.
    writeFileSync(join(dir, "klantbeeld.yaml"), readFileSync(join(dir, "klantbeeld.yaml"), "utf8").replace("dd-mm-yyyy", "yyyy-mm-dd").replace('decimal: ",", thousands: "."', 'decimal: "."'));
    const { bundle } = await load(dir);
    expect(bundle.months).toEqual(["2025-01", "2025-02"]);
    expect(bundle.series.find((s) => s.id === "revenue")!.values).toEqual([15.25, 3.1]);
    expect(bundle.series.find((s) => s.id === "orders.unregistered")!.values).toEqual([0, 1]);
  });

  it("stops with one message naming the source and the missing column or table", async () => {
    const missing = await load(folder({ "kassa.csv": EXPORT }, `    files: kassa.csv\n${DUTCH.replace("amount: Bedrag", "amount: Totaal")}`)).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(LoadError);
    expect((missing as Error).message).toBe('source "kassa": column "Totaal" (amount) is not in data/kassa.csv; it has "Bon", "Klant", "Datum", "Bedrag". Check columns in data/klantbeeld.yaml.');
    const noFile = await load(folder({}, `    files: kassa-*.csv\n${DUTCH}`)).catch((e: unknown) => e);
    expect((noFile as Error).message).toBe('source "kassa": no file in data/ matches "kassa-*.csv"');
    // The same messages for a Dutch reader (what `npm run load` prints with locale nl-NL).
    expect((missing as LoadError).text("nl")).toBe('bron "kassa": kolom "Totaal" (amount) staat niet in data/kassa.csv; die heeft "Bon", "Klant", "Datum", "Bedrag". Controleer columns in data/klantbeeld.yaml.');
    expect((noFile as LoadError).text("nl")).toBe('bron "kassa": geen bestand in data/ past bij "kassa-*.csv"');
    const dir = folder({}, `    database: leeg.duckdb\n    table: bonnen\n${DUTCH}`);
    const db = await DuckDBInstance.create(join(dir, "leeg.duckdb"));
    db.closeSync();
    const noTable = await load(dir).catch((e: unknown) => e);
    expect(noTable).toBeInstanceOf(LoadError);
    expect((noTable as Error).message).toMatch(/^source "kassa": DuckDB cannot read table bonnen in data\/leeg\.duckdb \(Catalog Error: Table with name bonnen does not exist!\); check table\/query in data\/klantbeeld\.yaml$/);
    expect((noTable as LoadError).text("nl")).toMatch(/^bron "kassa": DuckDB kan tabel bonnen in data\/leeg\.duckdb niet lezen \(Catalog Error: Table with name bonnen does not exist!\); controleer table\/query in data\/klantbeeld\.yaml$/);
  });
});
