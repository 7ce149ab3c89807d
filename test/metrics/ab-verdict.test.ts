import { describe, expect, it } from "vitest";
import { chanceText } from "../../loaders/metrics/ab-verdict.ts";

describe("chanceText", () => {
  it.each([
    [0.5, "50%"],
    [0.994, "99%"],
    // Rounding to a whole percent would claim certainty: one decimal, rounded towards 50 %.
    [0.9988, "99,8%"],
    [0.995, "99,5%"],
    [0.9995, "meer dan 99,9%"],
    [0.0012, "0,2%"],
    [0.0004, "minder dan 0,1%"],
  ])("%d → %s", (chance, text) => expect(chanceText(chance)).toBe(text));
});
