/**
 * The workflow rules about publishing (see the table in `workflow-rules.ts`): the Pages token's
 * permission, the concurrency that protects the monthly run, the triggers, the failure notice,
 * and where customer-level lists and the digest's baseline may be made.
 */
import { type Context, isObj, jobsOf, jobUses, needsOf, type Obj, runs, scopes, stepsOf, usesName } from "./workflow-yaml.ts";

/** Paths whose change must redeploy the dashboard. */
export const DEPLOY_PATHS = ["data/**", "src/**", "loaders/**", "package-lock.json", "astro.config.mjs"] as const;

/** Events the customer-level export and the digest baseline may run on. */
const REPORT_EVENTS = new Set(["schedule", "workflow_dispatch"]);

const isPagesWorkflow = (c: Context) => jobsOf(c.wf).some(([, job]) => jobUses(job, "actions/deploy-pages"));

/** pages-read: configure-pages needs `pages: read` on its job. */
export function pagesRead(c: Context): void {
  for (const [name, job] of jobsOf(c.wf)) {
    if (!jobUses(job, "actions/configure-pages")) continue;
    const level = scopes(job.permissions).pages;
    if (level !== "read" && level !== "write") c.report(["jobs", name], "pages-read", `job "${name}": actions/configure-pages needs "permissions: pages: read" (a private repository answers "Resource not accessible by integration" without it)`);
  }
}

/** report-queue: pushes never cancel the monthly run; deployments never overlap. */
export function reportQueue(c: Context): void {
  if (!isPagesWorkflow(c)) return;
  const concurrency = c.wf.concurrency;
  const group = isObj(concurrency) ? concurrency.group : concurrency;
  if (typeof group !== "string" || !/github\.event_name/.test(group)) {
    c.report(["concurrency"], "report-queue", "make the concurrency group depend on github.event_name, so a data push (which replaces a waiting run of its group) can never cancel the monthly run");
  }
  for (const [name, job] of jobsOf(c.wf)) {
    if (!jobUses(job, "actions/deploy-pages")) continue;
    if (!isObj(job.concurrency) || job.concurrency["cancel-in-progress"] !== false) {
      c.report(["jobs", name], "report-queue", `job "${name}": give the deploy job its own \`concurrency\` with \`cancel-in-progress: false\` so deployments never overlap`);
    }
  }
}

/** deploy-triggers: data and code changes both redeploy. */
export function deployTriggers(c: Context): void {
  if (!isPagesWorkflow(c)) return;
  const on = isObj(c.wf.on) ? c.wf.on : {};
  const push = on.push;
  if (push === undefined) return;
  const paths = isObj(push) && Array.isArray(push.paths) ? push.paths : null;
  if (paths === null) return; // every push deploys
  const missing = DEPLOY_PATHS.filter((p) => !paths.includes(p));
  if (missing.length > 0) c.report(["on", "push", "paths"], "deploy-triggers", `push paths miss ${missing.join(", ")}: a change there would never redeploy`);
}

/** failure-notice: a job reports any failure. */
export function failureNotice(c: Context): void {
  if (!isPagesWorkflow(c)) return;
  const jobs = jobsOf(c.wf);
  const notifier = jobs.find(([, job]) => typeof job.if === "string" && /\bfailure\(\)/.test(job.if) && runs(job, /npm run notify -- --failure\b/));
  if (!notifier) return c.report(["jobs"], "failure-notice", "add a job with `if: failure()` that runs `npm run notify -- --failure`: a failed load, build or deploy must be reported");
  const [name, job] = notifier;
  const missing = jobs.map(([n]) => n).filter((n) => n !== name && !needsOf(job).includes(n));
  if (missing.length > 0) c.report(["jobs", name, "needs"], "failure-notice", `job "${name}" must need every other job to hear of its failure; missing: ${missing.join(", ")}`);
}

/** Whether a job's `if:` lets it run only on the report events (schedule, manual). */
function reportOnly(job: Obj): boolean {
  if (typeof job.if !== "string") return false;
  const events = [...job.if.matchAll(/github\.event_name\s*==\s*'([\w-]+)'/g)].map((m) => m[1]!);
  return events.length > 0 && events.every((e) => REPORT_EVENTS.has(e)) && !/!=|pull_request|\bpush\b/.test(job.if.replace(/github\.event_name/g, ""));
}

/** reports-only: customer lists, the monthly report and the digest baseline only on schedule/dispatch, after the deploy. */
export function reportsOnly(c: Context): void {
  const jobs = jobsOf(c.wf);
  const deployers = jobs.filter(([, job]) => jobUses(job, "actions/deploy-pages")).map(([n]) => n);
  for (const [name, job] of jobs) {
    const exports = runs(job, /export:segments/);
    const report = runs(job, /npm run report\b/);
    const baseline = stepsOf(job).some((s) => usesName(s.uses) === "actions/upload-artifact" && isObj(s.with) && s.with.name === "klantbeeld-digest-baseline");
    if (!exports && !report && !baseline) continue;
    const what = exports ? "the campaign export" : report ? "the monthly report" : "the digest baseline";
    if (!reportOnly(job)) c.report(["jobs", name], "reports-only", `job "${name}": ${what} may run only on schedule or workflow_dispatch (if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch')`);
    if (jobUses(job, "actions/upload-pages-artifact") || (deployers.length > 0 && !deployers.some((d) => needsOf(job).includes(d)))) {
      c.report(["jobs", name, "needs"], "reports-only", `job "${name}": run ${what} in its own job after the deploy, never next to the site upload`);
    }
  }
}
