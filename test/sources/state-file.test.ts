/** State entries: read back as written, a miss when absent or altered, older versions removed on write. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readStateEntry, writeStateEntry } from "../../loaders/sources/state-file.ts";

const dir = mkdtempSync(join(tmpdir(), "klantbeeld-state-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("state entries", () => {
  it("round-trip, miss when absent or altered, and replace an older version", async () => {
    expect(await readStateEntry(dir, "months-a")).toBeNull();
    await writeStateEntry(dir, "months-a", "{\"x\":1} ë", "months-");
    expect(await readStateEntry(dir, "months-a")).toBe("{\"x\":1} ë");
    writeFileSync(join(dir, "other.kbc"), "parsed file");
    await writeStateEntry(dir, "months-b", "second", "months-");
    expect(readdirSync(dir).sort()).toEqual(["months-b.kbs", "other.kbc"]);
    const path = join(dir, "months-b.kbs");
    const bytes = readFileSync(path);
    bytes[bytes.length - 1]! ^= 1;
    writeFileSync(path, bytes);
    expect(await readStateEntry(dir, "months-b")).toBeNull();
  });
});
