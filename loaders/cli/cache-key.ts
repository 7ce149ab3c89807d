/**
 * `node loaders/cli/cache-key.ts`: prints the parse cache's code version (see
 * loaders/sources/cache.ts) as `code=<sha256>`, appended to GITHUB_OUTPUT in Actions. The deploy
 * workflow keys `actions/cache` on it, so only entries written by the same code are restored.
 */
import { appendFileSync } from "node:fs";
import { codeVersion } from "../sources/cache.ts";

const line = `code=${codeVersion()}`;
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `${line}\n`);
console.log(line);
