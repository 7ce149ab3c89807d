/** Small readers of a parsed workflow, shared by the workflow rules (`workflow-rules.ts`, `workflow-pages-rules.ts`). */

/** A YAML mapping. */
export type Obj = Record<string, unknown>;
/** A path into the workflow document. */
export type Path = (string | number)[];
/** What a rule sees: the file, the workflow, and how to report a finding at a path. */
export interface Context {
  file: string;
  wf: Obj;
  report(path: Path, rule: string, message: string): void;
  comment(path: Path): string;
}

/** Whether a value is a mapping. */
export const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
/** The jobs, by name. */
export const jobsOf = (wf: Obj): [string, Obj][] => (isObj(wf.jobs) ? Object.entries(wf.jobs).filter((e): e is [string, Obj] => isObj(e[1])) : []);
/** A job's steps. */
export const stepsOf = (job: Obj): Obj[] => (Array.isArray(job.steps) ? job.steps.filter(isObj) : []);
/** `owner/repo[/path]` of a `uses:` value, lower case. */
export const usesName = (uses: unknown) => (typeof uses === "string" ? uses.split("@")[0]!.toLowerCase() : "");
/** Whether a job has a step using `action`. */
export const jobUses = (job: Obj, action: string) => stepsOf(job).some((s) => usesName(s.uses) === action);
/** A permissions value as a mapping of scopes. */
export const scopes = (p: unknown): Obj => (isObj(p) ? p : {});
/** The jobs a job needs. */
export const needsOf = (job: Obj): string[] => (typeof job.needs === "string" ? [job.needs] : Array.isArray(job.needs) ? job.needs.filter((n): n is string => typeof n === "string") : []);
/** Whether one of a job's `run:` scripts matches. */
export const runs = (job: Obj, pattern: RegExp) => stepsOf(job).some((s) => typeof s.run === "string" && pattern.test(s.run));
