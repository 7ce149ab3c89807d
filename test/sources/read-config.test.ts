/**
 * The whole data description is validated once, strictly: every mistake with its YAML path and
 * line, a "did you mean" for a misspelt key, and the committed JSON Schema kept current.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configJsonSchemaText, JSON_SCHEMA_FILE } from "../../loaders/schemas/json-schema.ts";
import { didYouMean, editDistance } from "../../loaders/lib/config-issues.ts";
import { LoadError } from "../../loaders/model/load-error.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import { dataDir } from "./helpers.ts";

const SOURCE = `sources:
  - name: shop
    kind: transactions
    files: "*.csv"
    columns: { date: d, amount: a }
`;

async function configError(yaml: string): Promise<string> {
  const dir = await dataDir({ "klantbeeld.yaml": yaml });
  const error = await readConfig(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LoadError);
  return (error as Error).message;
}

describe("readConfig", () => {
  it("refuses a misspelt top-level key with its line and the key it is closest to", async () => {
    const message = await configError(`version: 1\nrejectTreshold: 0.5\n${SOURCE}`);
    expect(message).toBe('data/klantbeeld.yaml is not valid:\n  data/klantbeeld.yaml:2:1 rejectTreshold: unknown key; did you mean "rejectThreshold"?');
  });

  it("validates the rfm, repurchase, business and source blocks at once, each mistake on its line", async () => {
    const yaml = `version: 1
${SOURCE}    format: { delimter: ";" }
rfm:
  windowMonth: 12
repurchase: { horizonMonths: 0 }
business: { grossMargin: 2 }
`;
    // Lines by hand: 7 format, 8 rfm, 9 windowMonth, 10 repurchase, 11 business (columns count from 1); in file order.
    expect((await configError(yaml)).split("\n").slice(1)).toEqual([
      '  data/klantbeeld.yaml:7:15 sources[0].format.delimter: unknown key; did you mean "delimiter"?',
      '  data/klantbeeld.yaml:9:3 rfm.windowMonth: unknown key; did you mean "windowMonths"?',
      "  data/klantbeeld.yaml:10:30 repurchase.horizonMonths: expected a number of at least 1",
      "  data/klantbeeld.yaml:11:26 business.grossMargin: expected a number of at most 1",
    ]);
  });

  it("checks an engine source against the engine variant: its own mistakes, with did-you-mean, not both variants'", async () => {
    const engine = "  - name: kassa\n    kind: transactions\n    engine: duckdb\n    tabel: bonnen\n    columns: { date: d, amount: a }\n";
    // Lines by hand: the source's map starts at 3:5, tabel at 6:5; the plain-files variant would also complain of "engine" and a missing "files".
    expect((await configError(`version: 1\nsources:\n${engine}`)).split("\n").slice(1)).toEqual([
      "  data/klantbeeld.yaml:3:5 sources[0]: give exactly one of files, table or query",
      '  data/klantbeeld.yaml:6:5 sources[0].tabel: unknown key; did you mean "table"?',
    ]);
    const wrongEngine = await configError(`version: 1\nsources:\n${engine.replace("duckdb", "duckbd").replace("tabel", "table")}`);
    expect(wrongEngine.split("\n")[1]).toMatch(/^ {2}data\/klantbeeld\.yaml:5:13 sources\[0\]\.engine: expected one of "duckdb" or "clickhouse"; did you mean "duckdb"\?$/);
    const plain = await configError(`version: 1\n${SOURCE}    fils: x\n`);
    expect(plain.split("\n").slice(1)).toEqual(['  data/klantbeeld.yaml:7:5 sources[0].fils: unknown key; did you mean "files"?']);
  });

  it("suggests the nearest allowed value for a misspelt one", async () => {
    const message = await configError(`version: 1\n${SOURCE}    format: { encoding: utf8 }\n`);
    expect(message.split("\n")[1]).toMatch(/^ {2}data\/klantbeeld\.yaml:7:25 sources\[0\]\.format\.encoding: expected one of "utf-8", .* or "utf-16be"; did you mean "utf-8"\?$/);
  });

  it("names the line of a YAML syntax error", async () => {
    expect(await configError("version: 1\nsources: [\n")).toMatch(/^data\/klantbeeld\.yaml:3:1 is not valid YAML: /);
  });

  it("accepts the new source options", async () => {
    const dir = await dataDir({
      "klantbeeld.yaml": `version: 1
sources:
  - name: retail
    kind: transactions
    files: "*.csv"
    format: { delimiter: whitespace, date: m/d/yyyy, encoding: utf-16le }
    columns: { orderId: o, customerId: c, date: d, amount: a }
    returns: { orderIdPrefix: C }
    customerIdFormat: integer
`,
    });
    const config = await readConfig(dir);
    expect(config.sources[0]).toMatchObject({ returns: { orderIdPrefix: "C" }, customerIdFormat: "integer", format: { delimiter: "whitespace", date: "m/d/yyyy", encoding: "utf-16le" } });
  });
});

describe("did you mean", () => {
  it("counts edits by hand", () => {
    expect(editDistance("rejectTreshold", "rejectThreshold")).toBe(1); // one insertion
    expect(editDistance("dleimiter", "delimiter")).toBe(1); // one swap
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("suggests only near misses", () => {
    expect(didYouMean("minGroupsize", ["minGroupSize", "locale"])).toBe("minGroupSize");
    expect(didYouMean("colour", ["version", "locale"])).toBeNull();
  });
});

describe("JSON Schema", () => {
  it("is committed and up to date (regenerate: node loaders/schemas/json-schema.ts)", () => {
    expect(readFileSync(JSON_SCHEMA_FILE, "utf8")).toBe(configJsonSchemaText());
  });

  it("is referenced by data/klantbeeld.yaml for editors", () => {
    expect(readFileSync("data/klantbeeld.yaml", "utf8").split("\n")[0]).toBe("# yaml-language-server: $schema=../docs/klantbeeld.schema.json");
  });
});
