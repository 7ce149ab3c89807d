/**
 * The two questions the workflow asks GitHub's Actions API (with the job's own token):
 * which job and step of this run failed and with what first error line (for the failure notice,
 * needs `actions: read`), and which earlier digest run holds the baseline bundle (see
 * `BASELINE_ARTIFACT`). Parsing is kept in pure functions so the tests can feed recorded answers.
 */
import { ChannelError, requestJson, type RequestOptions } from "./post-json.ts";

/** The artifact the digest job keeps: the bundle it reported on, the next digest's baseline. */
export const BASELINE_ARTIFACT = "klantbeeld-digest-baseline";

/** Repository and token. */
export interface ApiTarget {
  token: string;
  /** `owner/name`. */
  repository: string;
  /** REST API root (GITHUB_API_URL); default `https://api.github.com`. */
  apiUrl?: string;
}

const headers = (token: string) => ({ accept: "application/vnd.github+json", authorization: `Bearer ${token}`, "x-github-api-version": "2022-11-28", "user-agent": "klantbeeld-notify" });
const root = (t: ApiTarget) => {
  if (!/^[\w.-]+\/[\w.-]+$/.test(t.repository)) throw new ChannelError("GITHUB_REPOSITORY is not owner/name");
  return `${(t.apiUrl ?? "https://api.github.com").replace(/\/$/, "")}/repos/${t.repository}`;
};

/** One job of a run as the API lists it (the fields used). */
export interface ApiJob {
  id: number;
  name: string;
  conclusion: string | null;
  steps?: { name: string; conclusion: string | null }[];
}

/** The first failed job and its first failed step. */
export function failedJob(jobs: readonly ApiJob[]): { job: ApiJob; step: string | null } | null {
  const job = jobs.find((j) => j.conclusion === "failure");
  return job ? { job, step: job.steps?.find((s) => s.conclusion === "failure")?.name ?? null } : null;
}

/**
 * The first error line of a job's log: a line starting `error:`/`Error:`/`[ERROR]`, or a
 * runner `##[error]` annotation other than the closing "Process completed with exit code";
 * that closing line when nothing better is there. Timestamps are removed.
 */
export function firstErrorLine(log: string): string | null {
  let fallback: string | null = null;
  for (const raw of log.split(/\r?\n/)) {
    const line = raw.replace(/^\uFEFF?\d{4}-\d\d-\d\dT[\d:.]+Z ?/, "");
    if (/^##\[error\]Process completed with exit code/.test(line)) {
      fallback ??= line.slice("##[error]".length);
      continue;
    }
    if (/^##\[error\]\S/.test(line)) return line.slice("##[error]".length);
    if (/^(error|Error|ERROR)\b[:\s]|^\s*\[ERROR\]/.test(line)) return line.trim();
  }
  return fallback;
}

/** A job's plain-text log: the API answers with a redirect to storage, fetched without the token. */
async function jobLog(t: ApiTarget, jobId: number, options: RequestOptions): Promise<string> {
  const doFetch = options.fetch ?? fetch;
  const signal = () => AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const first = await doFetch(`${root(t)}/actions/jobs/${jobId}/logs`, { headers: headers(t.token), redirect: "manual", signal: signal() });
  const location = first.headers.get("location");
  const response = first.status >= 300 && first.status < 400 && location ? await doFetch(location, { signal: signal() }) : first;
  if (!response.ok) throw new ChannelError(`HTTP ${response.status}`);
  return response.text();
}

/** Which job and step of run `runId` failed, and the step's first error line (null when none failed). */
export async function findFailure(t: ApiTarget, runId: string, options: RequestOptions = {}): Promise<{ job: string; step: string | null; reason: string | null } | null> {
  const answer = (await requestJson(`${root(t)}/actions/runs/${encodeURIComponent(runId)}/jobs?filter=latest&per_page=100`, undefined, { ...options, method: "GET", headers: headers(t.token) })) as { jobs?: ApiJob[] } | null;
  const failed = failedJob(answer?.jobs ?? []);
  if (!failed) return null;
  let reason: string | null = null;
  try {
    reason = firstErrorLine(await jobLog(t, failed.job.id, options));
  } catch {
    reason = null; // the notice still goes out, with the step and the run link
  }
  return { job: failed.job.name, step: failed.step, reason };
}

/** One artifact as the API lists it (the fields used). */
export interface ApiArtifact {
  name: string;
  expired: boolean;
  created_at: string;
  workflow_run?: { id: number; head_branch?: string };
}

/** The newest unexpired baseline artifact's run id, or null. */
export function pickBaseline(artifacts: readonly ApiArtifact[], branch = "main"): number | null {
  const usable = artifacts.filter((a) => a.name === BASELINE_ARTIFACT && !a.expired && a.workflow_run && (a.workflow_run.head_branch ?? branch) === branch);
  usable.sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));
  return usable[0]?.workflow_run?.id ?? null;
}

/** The run that holds the last digest's baseline (needs `actions: read`), or null when there is none yet. */
export async function findBaselineRun(t: ApiTarget, branch = "main", options: RequestOptions = {}): Promise<number | null> {
  const answer = (await requestJson(`${root(t)}/actions/artifacts?name=${BASELINE_ARTIFACT}&per_page=100`, undefined, { ...options, method: "GET", headers: headers(t.token) })) as { artifacts?: ApiArtifact[] } | null;
  return pickBaseline(answer?.artifacts ?? [], branch);
}
