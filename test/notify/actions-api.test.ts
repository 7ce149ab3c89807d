import { afterEach, describe, expect, it } from "vitest";
import { BASELINE_ARTIFACT, failedJob, findBaselineRun, findFailure, firstErrorLine, pickBaseline } from "../../loaders/notify/actions-api.ts";
import { digest } from "../../loaders/notify/digest.ts";
import { currentBundle, previousBundle } from "./fixtures.ts";
import { reply, startServer } from "./server.ts";

let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** A job log as GitHub serves it: timestamps, groups, our CLI's error line, the runner's closing error. */
const LOG = [
  "2026-12-02T05:18:01.0000000Z ##[group]Run npm run build",
  "2026-12-02T05:18:01.0000000Z npm run build",
  "2026-12-02T05:18:02.0000000Z ##[endgroup]",
  "2026-12-02T05:18:09.0000000Z ##[warning]De nieuwste transactie is 50 dagen oud",
  "2026-12-02T05:18:10.0000000Z error: data/winkels/winkels-2026-11.csv: 7.5 % of 812 rows rejected, more than rejectThreshold 5 %",
  "2026-12-02T05:18:10.0000000Z npm error code 1",
  "2026-12-02T05:18:10.5000000Z ##[error]Process completed with exit code 1.",
].join("\n");

describe("firstErrorLine", () => {
  it("finds our CLI's error line, not the warning or npm's echo", () => {
    expect(firstErrorLine(LOG)).toBe("error: data/winkels/winkels-2026-11.csv: 7.5 % of 812 rows rejected, more than rejectThreshold 5 %");
  });
  it("takes an action's own ##[error] annotation, and falls back to the exit code line", () => {
    expect(firstErrorLine("2026-12-02T05:20:00Z ##[error]Failed to create deployment (status: 404)\n##[error]Process completed with exit code 1.")).toBe("Failed to create deployment (status: 404)");
    expect(firstErrorLine("x\n2026-12-02T05:20:00Z ##[error]Process completed with exit code 2.")).toBe("Process completed with exit code 2.");
    expect(firstErrorLine("all fine\n")).toBeNull();
  });
});

describe("findFailure", () => {
  it("asks the API for the failed job and step, and reads the step's first error line from the job's log (following the redirect)", async () => {
    const api = await startServer((req, res) => {
      if (req.url.startsWith("/repos/acme/klantbeeld/actions/runs/4242/jobs")) {
        return reply(res, 200, {
          jobs: [
            { id: 76, name: "build", conclusion: "success", steps: [] },
            { id: 77, name: "deploy", conclusion: "failure", steps: [{ name: "Set up job", conclusion: "success" }, { name: "Deploy to GitHub Pages", conclusion: "failure" }] },
          ],
        });
      }
      if (req.url === "/repos/acme/klantbeeld/actions/jobs/77/logs") return void res.writeHead(302, { location: `${api.base}/blob/77.txt` }).end();
      if (req.url === "/blob/77.txt") {
        expect(req.headers.authorization).toBeUndefined(); // the token never goes to the storage host
        return void res.writeHead(200, { "content-type": "text/plain" }).end("2026-12-02T05:20:00Z ##[error]Failed to create deployment (status: 404)\n");
      }
      reply(res, 404);
    });
    servers.push(api);
    expect(await findFailure({ token: "ghs_x", repository: "acme/klantbeeld", apiUrl: api.base }, "4242")).toEqual({
      job: "deploy",
      step: "Deploy to GitHub Pages",
      reason: "Failed to create deployment (status: 404)",
    });
    expect(api.requests[0]!.headers.authorization).toBe("Bearer ghs_x");
  });

  it("failedJob: null when nothing failed", () => {
    expect(failedJob([{ id: 1, name: "build", conclusion: "success" }])).toBeNull();
  });
});

describe("the digest baseline", () => {
  const artifacts = [
    { name: BASELINE_ARTIFACT, expired: true, created_at: "2026-10-02T05:20:00Z", workflow_run: { id: 90, head_branch: "main" } },
    { name: BASELINE_ARTIFACT, expired: false, created_at: "2026-11-02T05:21:00Z", workflow_run: { id: 100, head_branch: "main" } },
    { name: BASELINE_ARTIFACT, expired: false, created_at: "2026-11-10T09:00:00Z", workflow_run: { id: 99, head_branch: "experiment" } },
    { name: "klantbeeld-bundle", expired: false, created_at: "2026-11-20T14:03:00Z", workflow_run: { id: 101, head_branch: "main" } },
  ];

  it("is the newest unexpired baseline of the branch; other artifacts never count", () => {
    expect(pickBaseline(artifacts)).toBe(100);
    expect(pickBaseline(artifacts, "experiment")).toBe(99);
    expect(pickBaseline(artifacts.slice(2))).toBeNull();
  });

  it("push-deploy, then the scheduled run: the digest still compares with the last reported month", async () => {
    // Run 100 (schedule, 2 Nov) reported September and kept its bundle as the baseline artifact.
    // Run 101 (data push, 20 Nov) deployed the bundle with October: it keeps no baseline.
    // Run 102 (schedule, 2 Dec) looks up the baseline:
    const api = await startServer((req, res) => reply(res, 200, req.url.startsWith("/repos/acme/klantbeeld/actions/artifacts?name=klantbeeld-digest-baseline") ? { artifacts } : {}));
    servers.push(api);
    const run = await findBaselineRun({ token: "t", repository: "acme/klantbeeld", apiUrl: api.base });
    expect(run).toBe(100);
    const baselineOfRun = new Map([[100, previousBundle()], [101, currentBundle()]]);
    const d = digest(currentBundle(), baselineOfRun.get(run!)!, { siteUrl: null, today: "2026-12-02" });
    expect(d.month).toBe("2026-10");
    expect(d.goals.filter((g) => g.changed).map((g) => [g.id, g.previousStatus, g.status])).toEqual([["digitaal", "on-track", "at-risk"]]);
    expect(d.warnings.map((w) => w.code)).not.toContain("no_new_month");
    // What the old set-up did (previous = the live site, i.e. the push's bundle): a month compared with itself.
    const old = digest(currentBundle(), currentBundle(), { siteUrl: null, today: "2026-12-02" });
    expect(old.goals.filter((g) => g.changed)).toEqual([]);
    expect(old.warnings.map((w) => w.code)).toContain("no_new_month");
  });
});
