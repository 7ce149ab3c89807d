/**
 * The JSON Schema of `data/klantbeeld.yaml`, generated from the zod schema, so editors complete
 * and check the file (`# yaml-language-server: $schema=../docs/klantbeeld.schema.json`).
 * Regenerate after changing a schema: `node loaders/schemas/json-schema.ts` (a test checks it is current).
 */
import { writeFileSync } from "node:fs";
import { z } from "zod";
import { ConfigSchema, EngineSourceSchema, TransactionSourceSchema, TransactionsSourceSchema } from "./config.ts";

/** Where the generated schema is committed, relative to the repository. */
export const JSON_SCHEMA_FILE = "docs/klantbeeld.schema.json";

/** The JSON Schema (draft 2020-12) of what an analyst may write: defaults make keys optional. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigSchema, {
    io: "input",
    unrepresentable: "any",
    // The transactions member checks `kind` and then parses as one of two variants: the file shows both.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema !== TransactionsSourceSchema) return;
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
      const variants = [TransactionSourceSchema, EngineSourceSchema].map((v) => {
        const { $schema: _, ...rest } = z.toJSONSchema(v, { io: "input", unrepresentable: "any" });
        return rest;
      });
      Object.assign(jsonSchema, { anyOf: variants });
    },
  }) as Record<string, unknown>;
  return { ...schema, title: "Klantbeeld data description (data/klantbeeld.yaml)" };
}

/** The committed file's text. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

if (import.meta.main) writeFileSync(JSON_SCHEMA_FILE, configJsonSchemaText());
