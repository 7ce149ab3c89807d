/** Words and badge tones for goal statuses in the reader's language, shared by the goals page and the overview. */
import { type GoalStatus, type Language, messages } from "../../loaders/index.ts";

/** Badge class per status. */
const TONES: Record<GoalStatus | "pending", "good" | "bad" | "warn" | ""> = { achieved: "good", "on-track": "good", "at-risk": "warn", "off-track": "bad", pending: "" };

/** Status → label (in `language`) and badge class. */
export function goalStatus(language: Language): Record<GoalStatus | "pending", { label: string; tone: "good" | "bad" | "warn" | "" }> {
  const labels = messages(language).goals.status;
  return Object.fromEntries(Object.entries(TONES).map(([status, tone]) => [status, { label: labels[status as GoalStatus | "pending"], tone }])) as Record<GoalStatus | "pending", { label: string; tone: "good" | "bad" | "warn" | "" }>;
}
