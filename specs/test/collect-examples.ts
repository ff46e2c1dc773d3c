/**
 * Finds every example in a spec document together with the pointer of the schema it must satisfy:
 * OpenAPI media types, parameters and headers (`example` / `examples.*.value` beside `schema`), JSON Schema
 * `examples` arrays on any schema, and AsyncAPI messages (`examples[].payload` beside `payload`).
 */
import { type Json, type JsonObject, pointerOf } from "./spec-validator.ts";

export interface FoundExample {
  /** Where the example sits, for the failure message. */
  where: string;
  /** JSON pointer of the schema the example must satisfy. */
  schemaPointer: string;
  value: Json;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function examplesBesideSchema(node: JsonObject, path: string[], found: FoundExample[]): void {
  const schemaPointer = pointerOf([...path, "schema"]);
  if ("example" in node)
    found.push({ where: pointerOf([...path, "example"]), schemaPointer, value: node.example ?? null });
  const examples = node.examples;
  if (!isObject(examples)) return;
  for (const [name, example] of Object.entries(examples)) {
    if (isObject(example) && "value" in example) {
      found.push({
        where: pointerOf([...path, "examples", name]),
        schemaPointer,
        value: example.value ?? null,
      });
    }
  }
}

function walk(node: Json, path: string[], found: FoundExample[], inSchema: boolean): void {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) walk(item, [...path, String(index)], found, inSchema);
    return;
  }
  if (!isObject(node)) return;
  if (isObject(node.schema) && !inSchema) examplesBesideSchema(node, path, found);
  if (isObject(node.payload) && Array.isArray(node.examples)) {
    node.examples.forEach((example, index) => {
      if (isObject(example) && "payload" in example) {
        const where = pointerOf([...path, "examples", String(index)]);
        found.push({ where, schemaPointer: pointerOf([...path, "payload"]), value: example.payload ?? null });
      }
    });
  }
  const looksLikeSchema = "type" in node || "properties" in node || "oneOf" in node || "$defs" in node;
  if (looksLikeSchema && Array.isArray(node.examples)) {
    node.examples.forEach((value, index) => {
      found.push({
        where: pointerOf([...path, "examples", String(index)]),
        schemaPointer: pointerOf(path),
        value,
      });
    });
  }
  for (const [key, child] of Object.entries(node)) {
    // Example values are data, not schemas: do not look for examples inside them.
    if (key === "examples" || key === "example") continue;
    const childInSchema =
      inSchema || key === "schema" || key === "payload" || key === "$defs" || key === "properties";
    walk(child, [...path, key], found, childInSchema);
  }
}

export function collectExamples(document: JsonObject): FoundExample[] {
  const found: FoundExample[] = [];
  walk(document, [], found, false);
  return found;
}
