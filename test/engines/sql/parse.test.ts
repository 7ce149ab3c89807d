import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { duckdbDialect } from "../../../loaders/engines/dialects/duckdb.ts";
import { plainRows } from "../../../loaders/engines/rows.ts";
import { daysFromCivil, numberPattern } from "../../../loaders/engines/sql/parse.ts";
import { dayParser } from "../../../loaders/lib/dates.ts";
import { dayOf } from "../../../loaders/lib/months.ts";
import { quintileScores } from "../../../loaders/metrics/quintile-scores.ts";
import { DATE_CASES, evaluate, evaluateRanks, NUMBER_CASES, RANK_EXPECTED, RANK_VALUES } from "./cases.ts";

const db = await DuckDBInstance.create(":memory:");
const connection = await db.connect();
const query = async (text: string) => plainRows((await connection.runAndReadAll(text)).getRowObjectsJS());

describe("cell rules in SQL (DuckDB dialect)", () => {
  it("reads numbers only in the declared format: 1,234.56 is rejected in a Dutch export, never 1.23", async () => {
    const { numbers } = await evaluate(duckdbDialect, query);
    expect(numbers).toEqual(NUMBER_CASES.map((c) => c[2]));
  });

  it("reads dates strictly and moves timestamps to the reporting zone, as the stream reader does", async () => {
    const { days } = await evaluate(duckdbDialect, query);
    expect(days).toEqual(DATE_CASES.map((c) => c[3]));
    // The stream reader's parser agrees on every case.
    const js = DATE_CASES.map(([text, format, zone]) => {
      const d = dayParser(format, zone, "Europe/Amsterdam")(text);
      return Number.isNaN(d) ? null : d;
    });
    expect(days).toEqual(js);
  });

  it("counts days from civil dates exactly as lib/months over 1900–2200", async () => {
    const dates = [[1900, 1, 1], [1970, 1, 1], [2000, 2, 29], [2024, 12, 31], [2100, 3, 1], [2200, 12, 31]] as const;
    const rows = await query(`SELECT ${dates.map(([y, m, d], i) => `${daysFromCivil(duckdbDialect, String(y), String(m), String(d))} AS d${i}`).join(", ")}`);
    expect(Object.values(rows[0]!)).toEqual(dates.map(([y, m, d]) => dayOf(y, m, d)));
  });

  it("builds the number pattern of each format", () => {
    expect(numberPattern({ decimal: ",", thousands: "." })).toBe("^[-+]?(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,\\d+)?$");
    expect(numberPattern({ decimal: ".", thousands: "" })).toBe("^[-+]?\\d+(?:\\.\\d+)?$");
  });

  it("ranks by counting (values below, per snapshot), giving quintileScores' scores 1 + ⌊5 × below / total⌋", async () => {
    const { ranks, picked } = await evaluateRanks(duckdbDialect, query);
    expect(ranks).toEqual(RANK_EXPECTED);
    expect(picked).toBe(6);
    const values = RANK_VALUES[1]!;
    const bySql = values.map((v) => {
      const [, , below, total] = RANK_EXPECTED.find((r) => r[0] === 1 && r[1] === v)!;
      return 1 + Math.floor((5 * below) / total);
    });
    expect(bySql).toEqual(Array.from(quintileScores(Int32Array.from(values), "higher")));
    expect(bySql).toEqual([3, 1, 1, 5, 1, 1, 4]);
  });
});
