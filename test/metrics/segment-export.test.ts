import { describe, expect, it } from "vitest";
import { parseMonthKey } from "../../loaders/lib/months.ts";
import { rfm } from "../../loaders/metrics/rfm.ts";
import { csvNumber, csvText, segmentExportCsv, segmentExportRows } from "../../loaders/metrics/segment-export.ts";
import { momentOfTruth } from "../../loaders/metrics/moment-of-truth.ts";
import { purchaseDays } from "../../loaders/metrics/repeat-summary.ts";
import { isoDay, storeOf } from "./rfm-store.ts";

// Three customers, all bought on 2024-06-30 (R 0 → R score 1 for all, F 1 → 1).
// M: 'a,"b"' 20 - 50 = -30 → 1; '=1+2' 10 → 1+⌊5/3⌋ = 2; 'plain' 30 → 1+⌊10/3⌋ = 4.
// FM: ⌊(1+1+1)/2⌋ = 1 lost; ⌊(1+2+1)/2⌋ = 2 hibernating; ⌊(1+4+1)/2⌋ = 3 at-risk (R1).
const store = storeOf([
  ["plain", "2024-06-30", 30],
  ["=1+2", "2024-06-30", 10],
  ['a,"b"', "2024-06-30", 20],
  ['a,"b"', "2024-06-30", -50],
  ["gone", "2023-01-01", 99], // not scored: not exported
]);
const scores = rfm(store, parseMonthKey("2024-06"));

describe("segmentExportRows", () => {
  it("gives scored customers only, sorted by id in code-unit order ('=' < 'a' < 'p')", () => {
    const rows = segmentExportRows(scores, store.customerIds);
    expect(rows.map((r) => [r.customerId, r.recencyDays, r.frequency, r.monetary, r.r, r.f, r.m, r.fm, r.segment])).toEqual([
      ["=1+2", 0, 1, 10, 1, 1, 2, 2, "hibernating"],
      ['a,"b"', 0, 1, -30, 1, 1, 1, 1, "lost"],
      ["plain", 0, 1, 30, 1, 1, 4, 3, "at-risk"],
    ]);
  });

  it("filters segments and applies action overrides", () => {
    const rows = segmentExportRows(scores, store.customerIds, { segments: ["lost", "at-risk"], actions: { lost: "Niet meer mailen" } });
    expect(rows.map((r) => [r.customerId, r.segmentName, r.action])).toEqual([
      ['a,"b"', "Vertrokken", "Niet meer mailen"],
      ["plain", "Dreigt te vertrekken", "Persoonlijk contact opnemen"],
    ]);
  });

  it("refuses an id list of the wrong length", () => {
    expect(() => segmentExportRows(scores, ["x"])).toThrow(/expected 4 customer ids/);
  });
});

describe("segmentExportRows with the moment of truth", () => {
  it("adds the usual interval and the due/overdue status of each customer", () => {
    // As of 2024-06-30: "regular" bought 05-01, 05-31 (gap 30) and 06-30 → not due; "late" 04-01, 04-11 (gap 10),
    // 80 days since → overdue (≥ 20); "once" one purchase → no interval.
    const s = storeOf([
      ["regular", "2024-05-01", 10],
      ["regular", "2024-05-31", 10],
      ["regular", "2024-06-30", 10],
      ["late", "2024-04-01", 10],
      ["late", "2024-04-11", 10],
      ["once", "2024-06-01", 10],
    ]);
    const asOf = isoDay("2024-06-30");
    const moment = momentOfTruth(purchaseDays(s.orders.customer, s.orders.day, s.orders.amount, s.customerCount, asOf), asOf);
    const rows = segmentExportRows(rfm(s, parseMonthKey("2024-06")), s.customerIds, { moment });
    expect(rows.map((r) => [r.customerId, r.intervalDays, r.dueStatus, r.dueStatusName])).toEqual([
      ["late", 10, "overdue", "Over tijd"],
      ["once", null, "none", "Geen vast interval"],
      ["regular", 30, "not-due", "Nog niet aan de beurt"],
    ]);
    const lines = segmentExportCsv(rows).split("\n");
    expect(lines[1]!.endsWith(",10,overdue,Over tijd")).toBe(true);
    expect(lines[2]!.endsWith(",,none,Geen vast interval")).toBe(true);
  });
});

describe("segmentExportCsv", () => {
  const rows = segmentExportRows(scores, store.customerIds);

  it("writes numbers as numbers and neutralises formula-like text", () => {
    expect(segmentExportCsv(rows)).toBe(
      [
        "customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,fm_score,segment,segment_name,action,interval_days,due_status,due_status_name",
        "'=1+2,0,1,10,1,1,2,2,hibernating,Winterslaap,Heractiveren met relevante producten en een speciale korting,,,",
        '"a,""b""",0,1,-30,1,1,1,1,lost,Vertrokken,Alleen nog een sterke actie; anders niet meer benaderen,,,',
        "plain,0,1,30,1,1,4,3,at-risk,Dreigt te vertrekken,Persoonlijk contact opnemen,,,",
        "",
      ].join("\n"),
    );
  });

  it("writes Dutch Excel CSV: ';' delimiter, decimal comma, BOM; the ';' in an action is quoted", () => {
    const csv = segmentExportCsv([{ ...rows[1]!, monetary: -12.5 }], { delimiter: ";", decimalComma: true, bom: true });
    expect(csv).toBe(
      "\uFEFFcustomer_id;recency_days;frequency;monetary;r_score;f_score;m_score;fm_score;segment;segment_name;action;interval_days;due_status;due_status_name\n" +
        '"a,""b""";0;1;-12,5;1;1;1;1;lost;Vertrokken;"Alleen nog een sterke actie; anders niet meer benaderen";;;\n',
    );
  });

  it("refuses a decimal comma with a comma delimiter", () => {
    expect(() => segmentExportCsv(rows, { decimalComma: true })).toThrow(/delimiter ";"/);
  });
});

describe("csvText and csvNumber", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+31 6 1234", "'+31 6 1234"],
    ["-12.5", "'-12.5"], // text that looks like a number is still text
    ["@user", "'@user"],
    ["\tx", "'\tx"],
    ["\rx", '"\'\rx"'], // neutralised, then quoted for the CR
    ["a=b", "a=b"],
    ["", ""],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
  ])("text %j → %j", (input, want) => expect(csvText(input, ",")).toBe(want));

  it("keeps numbers as numbers, negative ones included", () => {
    expect(csvNumber(-12.5)).toBe("-12.5");
    expect(csvNumber(-12.5, true)).toBe("-12,5");
    expect(csvNumber(0)).toBe("0");
    expect(() => csvNumber(Number.NaN)).toThrow(/finite number/);
  });
});
