/**
 * Reads and checks `data/goals.yaml` (the SMART goals): YAML, then `GoalsFileSchema`, with errors
 * that name line, column, goal id and field. The bundle's `goals` section takes the result; it
 * keeps `locate` so problems found against the series are placed in the file too.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { Messages } from "../i18n/index.ts";
import { issueText } from "../lib/issue-text.ts";
import { type GoalsFile, GoalsFileSchema } from "../schemas/goals.ts";
import { LoadError } from "../model/load-error.ts";

/** The goals file's name inside the data folder (optional: no file, no goals section). */
export const GOALS_FILE = "goals.yaml";

/** The checked goals file and where each of its paths sits in it. */
export interface ParsedGoals {
  goals: GoalsFile;
  locate: Locate;
}

/** Where an issue sits in the goals file, in the reader's language: `data/goals.yaml:12:7 goal "x" (goals[2]).target`. */
export type Locate = (path: readonly PropertyKey[]) => (t: Messages) => string;

/** One problem of the goals file, written from the catalogue of the reader's language. */
export type GoalProblem = (t: Messages) => string;

function locator(file: string, raw: unknown, doc?: { getIn(path: unknown[], keepScalar: true): unknown }, counter?: LineCounter): Locate {
  return (path) => (t) => {
    let where = file;
    if (doc && counter) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true) as Node | undefined;
        if (node?.range) {
          const pos = counter.linePos(node.range[0]);
          where = `${file}:${pos.line}:${pos.col}`;
          break;
        }
      }
    }
    const [head, index, ...rest] = path;
    if (head === "goals" && typeof index === "number") {
      const id = (raw as { goals?: { id?: unknown }[] }).goals?.[index]?.id;
      const name = typeof id === "string" ? t.schema.goalPlace(id, index) : `goals[${index}]`;
      return `${where} ${name}${rest.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("")}`;
    }
    return `${where} ${path.map(String).join(".") || "(top level)"}`;
  };
}

/** Throws the `LoadError` that lists every problem of the goals file. */
export function goalsError(problems: readonly GoalProblem[]): never {
  throw new LoadError((t) => `${t.load.goalsInvalid}\n${problems.map((p) => `  ${p(t)}`).join("\n")}`);
}

/** Validates goals text (YAML) or an already parsed object; errors name line, column, goal id and field. */
export function parseGoals(input: string | unknown, file = `data/${GOALS_FILE}`): ParsedGoals {
  let raw: unknown = input;
  let locate: Locate = locator(file, input);
  if (typeof input === "string") {
    const counter = new LineCounter();
    const doc = parseDocument(input, { lineCounter: counter, prettyErrors: false });
    if (doc.errors.length > 0) {
      const [error] = doc.errors;
      const pos = counter.linePos(error!.pos[0]);
      goalsError([(t) => t.load.configNotYaml(`${file}:${pos.line}:${pos.col}`, error!.message.split("\n")[0]!)]);
    }
    raw = doc.toJS() ?? {};
    locate = locator(file, raw, isMap(doc.contents) || isSeq(doc.contents) ? doc : undefined, counter);
  }
  // reportInput: the found type of a wrong value ("found: text"); the value itself is never printed.
  const result = GoalsFileSchema.safeParse(raw, { reportInput: true });
  if (!result.success) goalsError(result.error.issues.map((issue) => (t) => `${locate(issue.path)(t)}: ${issueText(issue, t)}`));
  return { goals: result.data, locate };
}

/** The goals file of `dataDir`, checked, or null when there is none. */
export async function readGoals(dataDir: string): Promise<ParsedGoals | null> {
  const path = join(dataDir, GOALS_FILE);
  if (!existsSync(path)) return null;
  return parseGoals(await readFile(path, "utf8"));
}
