/**
 * The repository's own rules for its GitHub Actions workflows, as pure checks over the parsed
 * YAML (`yaml` keeps line numbers and the `# vX.Y.Z` comments). `test/workflows` runs them on
 * every file in `.github/workflows/` and on small bad examples, one per rule.
 *
 * | rule                 | what it demands                                                                      |
 * |----------------------|--------------------------------------------------------------------------------------|
 * | top-permissions      | top-level `permissions:` present and read-only (`contents: read` or less)              |
 * | job-permissions      | write scopes only on jobs that need them: `pages`/`id-token` with deploy-pages,       |
 * |                      | `issues` with a step given the GitHub token; never `write-all` or `contents: write`   |
 * | pinned-actions       | every remote `uses:` pinned to a 40-hex commit SHA with a `# vX.Y.Z` comment         |
 * | no-expressions-in-run| no `${{ … }}` inside `run:` scripts: values go through `env:` (script injection)     |
 * | secrets-in-step-env  | `secrets.*` only in a step's `env:`, and only the allowed names                       |
 * | safe-triggers        | no `pull_request_target` / `workflow_run` (they run with secrets on untrusted code)   |
 * | checkout-credentials | `actions/checkout` with `persist-credentials: false`                                  |
 * | job-timeout          | every job has `timeout-minutes`                                                       |
 * | pages-shape          | a deploy-pages job needs the job that uploads the Pages artifact, and the workflow has |
 * |                      | `concurrency` with `cancel-in-progress: false`                                        |
 * | pages-read           | a job running `actions/configure-pages` has `pages: read` (private repositories)       |
 * | report-queue         | a Pages workflow's concurrency group depends on `github.event_name` (a push never      |
 * |                      | cancels the monthly run) and its deploy job has its own non-cancelling concurrency      |
 * | deploy-triggers      | a Pages workflow's push trigger watches data/**, src/**, loaders/**, package-lock.json, |
 * |                      | astro.config.mjs: new data and new code both redeploy                                  |
 * | failure-notice       | a Pages workflow has a job with `if: failure()` that needs every other job and runs    |
 * |                      | `npm run notify -- --failure`                                                         |
 * | reports-only         | the campaign export, the monthly report and the digest baseline upload run only on     |
 * |                      | schedule/dispatch (never on pull requests or pushes), in jobs after the deploy, never  |
 * |                      | in the upload job                                                                      |
 */
import { LineCounter, type Node, parseDocument } from "yaml";
import { deployTriggers, failureNotice, pagesRead, reportQueue, reportsOnly } from "./workflow-pages-rules.ts";
import { type Context, isObj, jobsOf, jobUses, type Path, scopes, stepsOf, usesName } from "./workflow-yaml.ts";

/** One broken rule at a place in a workflow file. */
export interface Finding {
  file: string;
  line: number;
  rule: string;
  message: string;
}

/** Secrets a workflow may reference (webhooks, the GitHub token and the site key of `npm run protect`). */
export const ALLOWED_SECRETS = ["TEAMS_WEBHOOK_URL", "SLACK_WEBHOOK_URL", "GITHUB_TOKEN", "KLANTBEELD_ACCESS_KEY"] as const;

function topPermissions(c: Context): void {
  const p = c.wf.permissions;
  if (p === undefined) return c.report([], "top-permissions", "set top-level `permissions: contents: read` (the default token is too broad)");
  if (!isObj(p) || Object.values(p).some((v) => v !== "read" && v !== "none")) {
    c.report(["permissions"], "top-permissions", "top-level permissions must list read-only scopes (contents: read); give write scopes to the job that needs them");
  }
}

function jobPermissions(c: Context): void {
  for (const [name, job] of jobsOf(c.wf)) {
    const p = job.permissions;
    if (p === "write-all") {
      c.report(["jobs", name, "permissions"], "job-permissions", `job "${name}": write-all is never needed; list the scopes`);
      continue;
    }
    const usesToken = stepsOf(job).some((s) => /\b(secrets\.GITHUB_TOKEN|github\.token)\b/.test(JSON.stringify(s.env ?? {})));
    for (const [scope, level] of Object.entries(scopes(p))) {
      if (level !== "write") continue;
      const ok =
        scope === "pages" || scope === "id-token" ? jobUses(job, "actions/deploy-pages") : scope === "issues" ? usesToken : false;
      if (!ok) c.report(["jobs", name, "permissions", scope], "job-permissions", `job "${name}": "${scope}: write" is not needed by its steps`);
    }
  }
}

function eachUses(c: Context, visit: (uses: string, path: Path) => void): void {
  for (const [name, job] of jobsOf(c.wf)) {
    if (typeof job.uses === "string") visit(job.uses, ["jobs", name, "uses"]);
    stepsOf(job).forEach((step, i) => {
      if (typeof step.uses === "string") visit(step.uses, ["jobs", name, "steps", i, "uses"]);
    });
  }
}

function pinnedActions(c: Context): void {
  eachUses(c, (uses, path) => {
    if (uses.startsWith("./")) return;
    if (uses.startsWith("docker://")) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses)) c.report(path, "pinned-actions", `"${uses}": pin a docker image by digest`);
      return;
    }
    if (!/^[\w.-]+\/[\w.\-/]+@[0-9a-f]{40}$/.test(uses)) {
      return c.report(path, "pinned-actions", `"${uses}": pin to a full 40-character commit SHA`);
    }
    if (!/^\s*v\d+\.\d+\.\d+\b/.test(c.comment(path))) c.report(path, "pinned-actions", `"${uses}": add the version as a comment, e.g. "# v4.2.2"`);
  });
}

function noExpressionsInRun(c: Context): void {
  for (const [name, job] of jobsOf(c.wf)) {
    stepsOf(job).forEach((step, i) => {
      if (typeof step.run === "string" && step.run.includes("${{")) {
        c.report(["jobs", name, "steps", i, "run"], "no-expressions-in-run", `job "${name}", step ${i + 1}: move \${{ … }} out of run: into env: and use "$NAME"`);
      }
    });
  }
}

function secretsInStepEnv(c: Context): void {
  const allowed = new Set<string>(ALLOWED_SECRETS);
  const walk = (value: unknown, path: Path, inStepEnv: boolean): void => {
    if (typeof value === "string") {
      for (const match of value.matchAll(/secrets\.([A-Za-z_][A-Za-z0-9_]*)|secrets\[/g)) {
        const name = match[1];
        if (!inStepEnv) c.report(path, "secrets-in-step-env", `secrets may only be passed in a step's env:, found "${match[0]}"`);
        else if (!name || !allowed.has(name)) c.report(path, "secrets-in-step-env", `secret "${name ?? match[0]}" is not one of ${[...allowed].join(", ")}`);
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => {
      walk(v, [...path, i], inStepEnv);
    });
    else if (isObj(value)) {
      for (const [k, v] of Object.entries(value)) {
        const stepEnv = path.length === 4 && path[0] === "jobs" && path[2] === "steps" && k === "env";
        walk(v, [...path, k], inStepEnv || stepEnv);
      }
    }
  };
  walk(c.wf, [], false);
}

function safeTriggers(c: Context): void {
  const on = c.wf.on;
  const events = typeof on === "string" ? [on] : Array.isArray(on) ? on : isObj(on) ? Object.keys(on) : [];
  for (const event of ["pull_request_target", "workflow_run"]) {
    if (events.includes(event)) c.report(["on"], "safe-triggers", `"${event}" runs with secrets on untrusted code; use pull_request`);
  }
}

function checkoutCredentials(c: Context): void {
  for (const [name, job] of jobsOf(c.wf)) {
    stepsOf(job).forEach((step, i) => {
      if (usesName(step.uses) !== "actions/checkout") return;
      if (!isObj(step.with) || step.with["persist-credentials"] !== false) {
        c.report(["jobs", name, "steps", i, "uses"], "checkout-credentials", `job "${name}": set "persist-credentials: false" on actions/checkout`);
      }
    });
  }
}

function jobTimeout(c: Context): void {
  for (const [name, job] of jobsOf(c.wf)) {
    if (job["timeout-minutes"] === undefined && job.uses === undefined) c.report(["jobs", name], "job-timeout", `job "${name}": set timeout-minutes`);
  }
}

function pagesShape(c: Context): void {
  const jobs = jobsOf(c.wf);
  const deployers = jobs.filter(([, job]) => jobUses(job, "actions/deploy-pages"));
  if (deployers.length === 0) return;
  const builders = jobs.filter(([, job]) => jobUses(job, "actions/upload-pages-artifact")).map(([name]) => name);
  for (const [name, job] of deployers) {
    const needs = typeof job.needs === "string" ? [job.needs] : Array.isArray(job.needs) ? job.needs : [];
    if (builders.includes(name) || !builders.some((b) => needs.includes(b))) {
      c.report(["jobs", name], "pages-shape", `job "${name}": deploy in its own job that needs the job uploading the Pages artifact`);
    }
  }
  const concurrency = c.wf.concurrency;
  if (!isObj(concurrency) || concurrency["cancel-in-progress"] !== false) {
    c.report(["concurrency"], "pages-shape", "set `concurrency: { group: pages, cancel-in-progress: false }` so a running deployment is never cancelled");
  }
}

/** Every rule, in the order of the table above. */
export const RULES = {
  "top-permissions": topPermissions,
  "job-permissions": jobPermissions,
  "pinned-actions": pinnedActions,
  "no-expressions-in-run": noExpressionsInRun,
  "secrets-in-step-env": secretsInStepEnv,
  "safe-triggers": safeTriggers,
  "checkout-credentials": checkoutCredentials,
  "job-timeout": jobTimeout,
  "pages-shape": pagesShape,
  "pages-read": pagesRead,
  "report-queue": reportQueue,
  "deploy-triggers": deployTriggers,
  "failure-notice": failureNotice,
  "reports-only": reportsOnly,
} as const;

/** Checks one workflow file's text against every rule; findings sorted by line, then rule. */
export function checkWorkflow(file: string, text: string): Finding[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length > 0) return [{ file, line: counter.linePos(doc.errors[0]!.pos[0]).line, rule: "yaml", message: doc.errors[0]!.message.split("\n")[0]! }];
  const wf = doc.toJS() as unknown;
  if (!isObj(wf)) return [{ file, line: 1, rule: "yaml", message: "a workflow must be a mapping" }];
  const findings: Finding[] = [];
  const nodeAt = (path: Path): Node | undefined => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
      if (node?.range) return node;
    }
    return undefined;
  };
  const context: Context = {
    file,
    wf,
    report(path, rule, message) {
      const node = nodeAt(path);
      findings.push({ file, line: node?.range ? counter.linePos(node.range[0]).line : 1, rule, message });
    },
    comment: (path) => (doc.getIn(path, true) as Node | undefined)?.comment ?? "",
  };
  for (const rule of Object.values(RULES)) rule(context);
  return findings.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
}
