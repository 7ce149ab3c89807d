/** The site's formatting module: one sign style, one percent style, ticks that never repeat, deltas that read right. */
import { describe, expect, it } from "vitest";
import { deltaView, formatChance, formatChange, formatDay, formatMonth, formatPercent, formatValue, prosePercent, tickFormat } from "../../loaders/lib/format.ts";

const nl = { locale: "nl-NL", currency: "EUR" };
const NNBSP = "\u202F";
const MINUS = "\u2212";
/** Intl puts a no-break space after the euro sign and before "mln."; compare with plain spaces. */
const plain = (text: string) => text.replace(/\u00A0/g, " ");

describe("formatValue and formatChange", () => {
  it.each([
    [-336640, "currency", `${MINUS}€ 336.640`],
    [552.47, "currency", "€ 552,47"],
    [4286.4, "currency", "€ 4.286"],
    [0.807, "percent", `80,7${NNBSP}%`],
    [-0.0004, "count", "0"],
    [1234.5, "count", "1.235"],
    [null, "count", "–"],
  ] as const)("formatValue(%s, %s) is %s", (value, unit, text) => {
    expect(plain(formatValue(value, unit, nl))).toBe(text);
  });

  it("puts the sign before the money symbol, with a real minus", () => {
    expect(plain(formatChange(465830, "currency", nl))).toBe("+€ 465.830");
    expect(plain(formatChange(-336640, "currency", nl))).toBe(`${MINUS}€ 336.640`);
    expect(formatChange(0.024, "percent", nl)).toBe("+2,4 pp");
    expect(plain(formatChange(0.2, "currency", nl))).toBe("+€ 0,20");
  });

  it("writes percentages one way, also inside sentences from elsewhere", () => {
    expect(formatPercent(0.2, nl, 0)).toBe(`20${NNBSP}%`);
    expect(prosePercent("Kans 99,8% en 12 % en 7 %")).toBe(`Kans 99,8${NNBSP}% en 12${NNBSP}% en 7${NNBSP}%`);
  });

  it("keeps a chance off 0 and 100 % and rounds it towards 50 % like the verdict sentences", () => {
    expect(formatChance(0.9988, nl)).toBe(`99,8${NNBSP}%`);
    expect(formatChance(0.9995, nl)).toBe(`> 99,9${NNBSP}%`);
    expect(formatChance(0.0004, nl)).toBe(`< 0,1${NNBSP}%`);
    expect(formatChance(0.8739, nl)).toBe(`87,3${NNBSP}%`);
    expect(formatChance(0.1261, nl)).toBe(`12,7${NNBSP}%`);
  });
});

describe("tickFormat", () => {
  const labels = (unit: Parameters<typeof tickFormat>[0], ticks: number[]) => {
    const format = tickFormat(unit, nl);
    return ticks.map((t, i) => plain(format(t, i, ticks)));
  };

  it("adds decimals until no two ticks read the same (the Doelen axis 12K, 12K, 11K …)", () => {
    expect(labels("count", [10000, 10500, 11000, 11500, 12000])).toEqual(["10,0K", "10,5K", "11,0K", "11,5K", "12,0K"]);
    expect(labels("currency", [1e6, 1.2e6, 1.4e6])).toEqual(["€ 1,0 mln.", "€ 1,2 mln.", "€ 1,4 mln."]);
    expect(labels("count", [1000, 1500, 2000, 2500, 3000])).toEqual(["1,0K", "1,5K", "2,0K", "2,5K", "3,0K"]);
  });

  it("stays whole where whole numbers are enough", () => {
    expect(labels("count", [0, 2000, 4000])).toEqual(["0", "2K", "4K"]);
    expect(labels("percent", [0, 0.25, 0.5])).toEqual([`0${NNBSP}%`, `25${NNBSP}%`, `50${NNBSP}%`]);
    expect(labels("percent", [0.031, 0.032, 0.033])).toEqual([`3,1${NNBSP}%`, `3,2${NNBSP}%`, `3,3${NNBSP}%`]);
    expect(labels("currency", [-200000, 0, 200000])).toEqual([`${MINUS}€ 200K`, "€ 0", "€ 200K"]);
  });
});

describe("deltaView", () => {
  const d = (base: number, value: number) => ({ base, absolute: value - base, relative: (value - base) / Math.abs(base) });

  it("points the arrow the way the number moves and colours it by the metric's direction", () => {
    // Lapsed top customers (down is good): 61 → 60 is −1,6 %, down and good news.
    expect(deltaView(d(61, 60), "count", "down", nl)).toEqual({ text: `${MINUS}1,6${NNBSP}%`, direction: "down", tone: "good" });
    // 55 → 59 is +7,3 %: up, and bad news for a down-is-good metric.
    expect(deltaView(d(55, 59), "count", "down", nl)).toEqual({ text: `+7,3${NNBSP}%`, direction: "up", tone: "bad" });
    expect(deltaView(d(100, 104), "currency", "up", nl)).toEqual({ text: `+4${NNBSP}%`, direction: "up", tone: "good" });
  });

  it("shows a change that rounds to zero as flat and grey, and keeps tiny changes grey", () => {
    // Orders per active customer 3,541 → 3,540: −0,03 % rounds to 0 %.
    expect(deltaView(d(3.541, 3.54), "ratio", "up", nl)).toEqual({ text: `0${NNBSP}%`, direction: "flat", tone: "neutral" });
    // −0,4 % is shown with its arrow, but inside the neutral band (0,5 %) it is not judged.
    expect(deltaView(d(1000, 996), "count", "up", nl)).toEqual({ text: `${MINUS}0,4${NNBSP}%`, direction: "down", tone: "neutral" });
    expect(deltaView({ base: 0.5, absolute: 0.00004, relative: 0.00008 }, "percent", "up", nl)).toEqual({ text: "0 pp", direction: "flat", tone: "neutral" });
  });

  it("does not judge a change a test calls chance, nor a metric without a direction", () => {
    expect(deltaView({ base: 0.05, absolute: 0.004, relative: 0.08 }, "percent", "up", nl, false)).toEqual({ text: "+0,4 pp", direction: "up", tone: "neutral" });
    expect(deltaView({ base: 0.05, absolute: 0.004, relative: 0.08 }, "percent", "up", nl, true).tone).toBe("good");
    expect(deltaView(d(10, 12), "count", "none", nl).tone).toBe("neutral");
    expect(deltaView(null, "count", "up", nl)).toEqual({ text: "–", direction: "flat", tone: "neutral" });
  });
});

describe("English formats (en-GB)", () => {
  const en = { locale: "en-GB", currency: "EUR" };
  const gbp = { locale: "en-GB", currency: "GBP" };

  it("writes money, counts and percentages the British way", () => {
    expect(formatValue(1234.56, "currency", en)).toBe("€1,235");
    expect(formatValue(552.47, "currency", en)).toBe("€552.47");
    expect(formatValue(552.47, "currency", gbp)).toBe("£552.47");
    expect(formatValue(-336640, "currency", gbp)).toBe(`${MINUS}£336,640`);
    expect(formatValue(1234.5, "count", en)).toBe("1,235");
    expect(formatValue(0.123, "percent", en)).toBe("12.3%");
    expect(formatPercent(0.2, en, 0)).toBe("20%");
    expect(formatChance(0.9995, en)).toBe("> 99.9%");
    expect(prosePercent("Chance 99,8 % and 12%", "en-GB")).toBe("Chance 99,8% and 12%");
  });

  it("signs changes and deltas the same way, without the Dutch space before %", () => {
    expect(formatChange(465830, "currency", en)).toBe("+€465,830");
    expect(formatChange(0.024, "percent", en)).toBe("+2.4 pp");
    expect(deltaView({ base: 61, absolute: -1, relative: -1 / 61 }, "count", "down", en)).toEqual({ text: `${MINUS}1.6%`, direction: "down", tone: "good" });
  });

  it("writes dates and months in English", () => {
    expect(formatDay("2026-12-31", "en-GB")).toBe("31 December 2026");
    expect(formatDay("2026-12-31", "en-GB", true)).toBe("31 Dec 2026");
    expect(formatMonth("2026-10", "en-GB")).toBe("October 2026");
    expect(formatMonth("2026-10", "en-GB", true)).toBe("Oct 2026");
    expect(formatDay("2026-10-31", "nl-NL")).toBe("31 oktober 2026");
  });

  it("compacts and repeats no ticks in English", () => {
    const ticks = [1e6, 1.2e6, 1.4e6];
    const format = tickFormat("currency", en);
    expect(ticks.map((t, i) => format(t, i, ticks))).toEqual(["€1.0m", "€1.2m", "€1.4m"]);
    const pct = [0.031, 0.032, 0.033];
    const formatPct = tickFormat("percent", en);
    expect(pct.map((t, i) => formatPct(t, i, pct))).toEqual(["3.1%", "3.2%", "3.3%"]);
  });
});
