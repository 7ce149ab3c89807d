import { describe, expect, it } from "vitest";
import { importGraph } from "../../loaders/sources/import-graph.ts";

const FILES: Record<string, string> = {
  "a.ts": 'import { b } from "./b.ts";\nimport type { T } from "./types.ts";\nexport { c } from "./dir/c.ts";\nimport Papa from "papaparse";\nimport { z } from "zod/v4";\nimport { readFileSync } from "node:fs";\n// import { gone } from "./commented.ts";\n/* import "./also-commented.ts"; */',
  "b.ts": 'import "./side-effect.ts";\nexport const b = () => import("./lazy.ts");\nimport { a } from "./a.ts"; // a cycle',
  "types.ts": "export type T = number;",
  "dir/c.ts": 'import iconv from "iconv-lite";\nimport { x } from "@scope/pkg/sub";\nimport { b } from "../b.ts";\nexport const c = 1;',
  "side-effect.ts": "",
  "lazy.ts": "",
};
const BASE = "file:///m/";
const read = (url: URL) => {
  const text = FILES[url.href.slice(BASE.length)];
  if (text === undefined) throw new Error(`read ${url.href}`);
  return text;
};

describe("importGraph", () => {
  it("follows static, type, re-export, side-effect and dynamic imports through cycles; skips comments and node: modules", () => {
    const g = importGraph([new URL("a.ts", BASE)], read);
    expect(g.modules.map((u) => u.href.slice(BASE.length))).toEqual(["a.ts", "b.ts", "dir/c.ts", "lazy.ts", "side-effect.ts", "types.ts"]);
    expect(g.packages).toEqual(["@scope/pkg", "iconv-lite", "papaparse", "zod"]);
  });
});
