import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { astroParts, checkImports, importsOf } from "../../tools/import-rules.ts";

const check = (files: Record<string, string>) => checkImports(new Map(Object.entries(files))).map((v) => `${v.file}:${v.line} ${v.specifier}`);

describe("checkImports", () => {
  it("accepts imports along the flow and within a folder", () => {
    expect(
      check({
        "loaders/metrics/rfm.ts": 'import type { Store } from "../model/store.ts";\nimport { months } from "../lib/months.ts";\nimport { x } from "./rfm-segments.ts";\n',
        "loaders/bundle/rfm.ts": 'import { rfm } from "../metrics/rfm.ts";\nimport { createHash } from "node:crypto";\n',
        "loaders/cli/load.ts": 'import { loadBundle } from "../load-bundle.ts";\n',
        "src/pages/index.astro": '---\nimport { bundle } from "../lib/bundle.ts";\nimport { formatValue } from "../../loaders/browser.ts";\nimport type { Bundle } from "../../loaders/index.ts";\n---\n<p>x</p>\n',
      }),
    ).toEqual([]);
  });

  it("rejects each back-edge the issue named, with its line", () => {
    expect(
      check({
        "loaders/sources/journeys.ts": 'import { a } from "./x.ts";\nimport type { FileAccount } from "../bundle/types.ts";\n',
        "loaders/schemas/rfm.ts": 'import { SEGMENT_IDS } from "../metrics/rfm-segments.ts";\n',
        "loaders/metrics/ab-test.ts": '\n\nimport { experimentProblems } from "../sources/experiments.ts";\n',
        "loaders/lib/customer-window.ts": 'export type { Store } from "../sources/orders.ts";\n',
      }),
    ).toEqual(["loaders/lib/customer-window.ts:1 ../sources/orders.ts", "loaders/metrics/ab-test.ts:3 ../sources/experiments.ts", "loaders/schemas/rfm.ts:1 ../metrics/rfm-segments.ts", "loaders/sources/journeys.ts:2 ../bundle/types.ts"]);
  });

  it("rejects file access in metrics and the bundle", () => {
    const [v] = checkImports(new Map([["loaders/bundle/goals.ts", 'import { readFile } from "node:fs/promises";\n']]));
    expect(v).toMatchObject({ line: 1, specifier: "node:fs/promises", rule: expect.stringContaining("pure") });
  });

  it("rejects src/ imports that bypass the barrels", () => {
    expect(
      check({
        "src/lib/goals.ts": 'import type { GoalStatus } from "../../loaders/metrics/goal-tracking.ts";\n',
        "src/pages/kanalen.astro": '---\nimport Base from "../layouts/Base.astro";\nimport { formatValue } from "../../loaders/lib/format.ts";\n---\n',
      }),
    ).toEqual(["src/lib/goals.ts:1 ../../loaders/metrics/goal-tracking.ts", "src/pages/kanalen.astro:3 ../../loaders/lib/format.ts"]);
  });

  it("rejects index.ts in browser code: a client script and the src/ modules it loads", () => {
    const component = '---\nimport { x } from "../../loaders/index.ts";\n---\n<form></form>\n<script>\n  import { outcome } from "../lib/form.ts";\n  import { formatValue } from "../../loaders/browser.ts";\n</script>\n';
    expect(
      check({
        "src/components/Calc.astro": component,
        "src/lib/form.ts": 'import { sampleSize } from "../../loaders/index.ts";\nimport type { Bundle } from "../../loaders/index.ts";\n',
      }),
    ).toEqual(["src/lib/form.ts:1 ../../loaders/index.ts"]);
    expect(check({ "src/components/Calc.astro": '<script>\nimport { readBundle } from "../../loaders/index.ts";\n</script>\n' })).toEqual(["src/components/Calc.astro:2 ../../loaders/index.ts"]);
  });
});

describe("importsOf / astroParts", () => {
  it("finds imports, re-exports and dynamic imports with their lines", () => {
    expect(importsOf('import a from "./a.ts";\nexport { b } from "./b.ts";\nconst c = await import("./c.ts");\nimport type { D } from "./d.ts";\n')).toEqual([
      { specifier: "./a.ts", line: 1, typeOnly: false },
      { specifier: "./b.ts", line: 2, typeOnly: false },
      { specifier: "./c.ts", line: 3, typeOnly: false },
      { specifier: "./d.ts", line: 4, typeOnly: true },
    ]);
  });

  it("skips inline and JSON scripts", () => {
    expect(astroParts('<script is:inline>import "x";</script><script type="application/ld+json">{}</script><script>import "y";</script>').scripts.map((s) => s.text)).toEqual(['import "y";']);
  });

  it("finds nothing broken in this repository's loaders/ and src/", () => {
    const root = new URL("../../", import.meta.url);
    const files = new Map<string, string>();
    for (const dir of ["loaders", "src"]) {
      for (const name of readdirSync(new URL(dir, root), { recursive: true, encoding: "utf8" })) {
        if (/\.(ts|astro)$/.test(name)) files.set(`${dir}/${name}`, readFileSync(new URL(`${dir}/${name}`, root), "utf8"));
      }
    }
    expect(files.size).toBeGreaterThan(250);
    expect(checkImports(files)).toEqual([]);
  });
});
