/**
 * Test support: every document in specs/ loaded into one Ajv (JSON Schema 2020-12) instance, keyed by a base
 * URI under which the documents' relative `$ref`s (`./messages/conversation.yaml#/$defs/...`) resolve, so any
 * schema anywhere in any document can be compiled by its JSON pointer.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";

export const specsDir = join(import.meta.dirname, "..");
export const baseUri = "https://schemas.ccaas.dev/";

export const openApiFiles = [
  "partner-api.yaml",
  "voice-adapter.yaml",
  "voice-api.yaml",
  "sandbox.yaml",
] as const;
export const messageFiles = readdirSync(join(specsDir, "messages"))
  .filter((file) => file.endsWith(".yaml"))
  .map((file) => `messages/${file}`);
export const allFiles = [...openApiFiles, "asyncapi.yaml", ...messageFiles];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function loadDocument(file: string): JsonObject {
  return parse(readFileSync(join(specsDir, file), "utf8")) as JsonObject;
}

export function createSpecAjv(): Ajv2020 {
  // strict: false because OpenAPI and AsyncAPI documents carry keywords Ajv does not know (paths, x-*, ...).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const file of allFiles) {
    const document = loadDocument(file);
    const { $id: _ownId, ...rest } = document;
    ajv.addSchema(rest, `${baseUri}${file}`);
  }
  return ajv;
}

export function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

export function pointerOf(path: readonly string[]): string {
  return `#/${path.map(escapePointer).join("/")}`;
}

const compiled = new Map<string, ValidateFunction>();

/** Compiles (once) the schema at `pointer` inside `file`. */
export function validatorAt(ajv: Ajv2020, file: string, pointer: string): ValidateFunction {
  const ref = `${baseUri}${file}${pointer}`;
  let validate = compiled.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    compiled.set(ref, validate);
  }
  return validate;
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`).join("; ");
}
