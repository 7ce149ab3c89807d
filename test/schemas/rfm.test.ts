import { describe, expect, it } from "vitest";
import { RfmSettingsSchema } from "../../loaders/schemas/rfm.ts";

describe("RfmSettingsSchema", () => {
  it("fills the defaults: 12 months, no overrides, valuable customers slipping away", () => {
    expect(RfmSettingsSchema.parse({})).toEqual({
      windowMonths: 12,
      actions: {},
      alertMoves: [{ from: ["champions", "loyal", "cant-lose-them"], to: ["at-risk", "lost", "hibernating"] }],
    });
  });

  it("does not share the default alert list between parses", () => {
    const first = RfmSettingsSchema.parse({});
    first.alertMoves[0]!.from.push("promising");
    expect(RfmSettingsSchema.parse({}).alertMoves[0]!.from).toEqual(["champions", "loyal", "cant-lose-them"]);
  });

  it("accepts a window, action overrides for some segments and custom alert moves", () => {
    const parsed = RfmSettingsSchema.parse({
      windowMonths: 24,
      actions: { lost: "Niet meer mailen" },
      alertMoves: [{ from: ["new-customers"], to: ["lost"] }],
    });
    expect(parsed.windowMonths).toBe(24);
    expect(parsed.actions).toEqual({ lost: "Niet meer mailen" });
    expect(parsed.alertMoves).toEqual([{ from: ["new-customers"], to: ["lost"] }]);
  });

  it.each([
    ["a window of 0 months", { windowMonths: 0 }],
    ["a fractional window", { windowMonths: 1.5 }],
    ["an unknown segment in actions", { actions: { vip: "Bellen" } }],
    ["an unknown segment in a move", { alertMoves: [{ from: ["champions"], to: ["gone"] }] }],
    ["an empty from list", { alertMoves: [{ from: [], to: ["lost"] }] }],
    ["an unknown key", { window: 12 }],
  ])("rejects %s", (_, input) => {
    expect(RfmSettingsSchema.safeParse(input).success).toBe(false);
  });
});
