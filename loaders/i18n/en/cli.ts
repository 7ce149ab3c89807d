/** Messages of the command-line tools around the data (English). */
import type { cli as nl } from "../nl/cli.ts";
import { counted } from "../plural.ts";

export const cli: typeof nl = {
  error: "error",
  warning: "warning",
  notify: {
    failed: (detail) => `notify failed: ${detail}`,
    previousIgnored: (detail) => `previous bundle ignored: ${detail}`,
    summaryNotWritten: (detail) => `job summary not written: ${detail}`,
    notSentTo: (what, channels) => `${what} not sent to ${channels}; see the table in this job's summary.`,
    failureWhat: "Failure notice",
    digestWhat: "Monthly report",
    baselineNeedsToken: "--find-baseline needs GITHUB_TOKEN and GITHUB_REPOSITORY",
    baselineNotLookedUp: (detail) => `baseline not looked up (${detail}); the digest compares months within this bundle only`,
    noBaseline: "No baseline yet (first digest): the digest compares months within this bundle only.",
    baseline: (run) => `Baseline: the bundle of digest run ${run}.`,
    badToday: (value) => `--today must be yyyy-mm-dd, got "${value}"`,
    dryRun: "dry run: nothing sent",
    wouldSend: (channels) => ` (would send to: ${channels})`,
  },
  protect: {
    failed: (detail) => `protect: ${detail}`,
    encrypted: (pages) => `${pages} pages encrypted (one login for the whole site)`,
    public: "readable by anyone (access: public)",
    host: (access) => `readable, behind the host's login (access: ${access})`,
    done: (out, files, how) => `${out}: ${counted(files, "file", "files")}, ${how}; data/bundle.json left out.`,
    noKey: (key) => `access: password (data/klantbeeld.yaml) needs the site key in ${key}: add the repository secret ${key} (Settings → Secrets and variables → Actions), or set it in the environment; nothing was published`,
    shortKey: (key, length, min) => `${key} is too short (${counted(length, "character", "characters")}): use at least ${min}, e.g. a generated passphrase of 5 words; nothing was published`,
    noSite: (site) => `${site}/index.html is missing: run \`npm run build\` first`,
    outInside: (out, site) => `--out ${out} lies inside the site ${site}/; choose a folder outside it`,
    pagesLeft: (count, first) => `staticrypt left ${count} page(s) out (first: ${first}); nothing was published`,
    clearText: (kinds, list) => `readable ${kinds} text left after encryption in ${list}; nothing was published`,
  },
  exportSegments: {
    failed: (detail) => `export:segments failed: ${detail}`,
    badDialect: (value) => `export:segments: expected --dialect csv or excel-nl, got "${value}"`,
    heading: (asOf, month, out) => `Segments as of ${asOf} (month ${month}) → ${out}`,
    file: (file, customers) => `  ${file}: ${counted(customers, "customer", "customers")}`,
    total: (customers) => `  total: ${counted(customers, "customer", "customers")}`,
    trigger: (file, customers) => `  ${file}: ${counted(customers, "customer", "customers")} in the trigger without an offer`,
    insideSite: (out, folder) => `--out ${out} leads into ${folder}/ (symbolic links followed), which is part of the site; choose a folder outside it (default .klantbeeld/segments)`,
    noOrders: "the exports named in data/klantbeeld.yaml hold no orders: nothing to export",
  },
};
