import type { ValidationIssue } from "@ccaas/types";
import type { JsonDocument } from "@ccaas/types/specs";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { createAjv } from "./create-ajv";
import { toIssues } from "./issues";

export interface MessageValidator {
  /**
   * Validates `value` against a message schema named by file and optional definition, as in the specs:
   * `"softphone-signaling.yaml"` (any message of the file) or `"softphone-signaling.yaml#/$defs/ProposeMessage"`.
   */
  validate(schema: string, value: unknown): ValidationIssue[];
}

const base = "https://schemas.ccaas.dev/messages/";

/** Compiles (lazily, once each) the JSON Schemas of specs/messages, resolving their cross-file `$ref`s by `$id`. */
export function createMessageValidator(schemas: readonly JsonDocument[]): MessageValidator {
  const ajv = createAjv();
  for (const schema of schemas) ajv.addSchema(schema);
  const cache = new Map<string, ValidateFunction>();
  return {
    validate(schema, value) {
      let validate = cache.get(schema);
      if (!validate) {
        const ref = `${base}${schema}`;
        if (!ajv.getSchema(ref.split("#")[0] ?? ref)) {
          throw new Error(
            `Unknown message schema "${schema}": expected a file of specs/messages such as "participant-events.yaml".`,
          );
        }
        validate = ajv.compile({ $ref: ref });
        cache.set(schema, validate);
      }
      return validate(value) ? [] : toIssues(validate.errors);
    },
  };
}
