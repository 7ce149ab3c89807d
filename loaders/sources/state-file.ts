/**
 * Month-level state of incremental builds on disk: one text entry per name in the cache folder,
 * sealed like a parsed-file entry (magic + SHA-256 of the payload, checked on every read: an
 * unreadable or altered entry is a miss) and written atomically. The payload is opaque here; the
 * bundle layer encodes and decodes it.
 */
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { writeAtomic } from "../lib/write-atomic.ts";
import { openEntry, sealEntry } from "./cache.ts";

const EXT = ".kbs";

/** The text of state entry `name`, or null on a miss (absent, unreadable, or failing its checksum). */
export async function readStateEntry(cacheDir: string, name: string): Promise<string | null> {
  return (await readStateBytes(cacheDir, name))?.toString("utf8") ?? null;
}

/** The bytes of state entry `name`, or null on a miss (absent, unreadable, or failing its checksum). */
export async function readStateBytes(cacheDir: string, name: string): Promise<Buffer | null> {
  try {
    return openEntry(await readFile(join(cacheDir, name + EXT)));
  } catch {
    return null;
  }
}

/** Writes state entry `name` (text or bytes) atomically and removes the other entries starting with `prefix` (an older code version's). */
export async function writeStateEntry(cacheDir: string, name: string, content: string | Buffer, prefix: string): Promise<void> {
  await writeAtomic(join(cacheDir, name + EXT), sealEntry(typeof content === "string" ? Buffer.from(content, "utf8") : content));
  for (const other of await readdir(cacheDir)) {
    if (other.startsWith(prefix) && other.endsWith(EXT) && other !== name + EXT) await rm(join(cacheDir, other), { force: true });
  }
}
