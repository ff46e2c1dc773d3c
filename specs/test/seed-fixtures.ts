/**
 * Loads test/seeds/*.yaml: the seed documents' own example bodies, each naming the schema it must satisfy,
 * and resolves that schema's pointer and its (dereferenced) top-level definition.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { parse } from "yaml";
import { type Json, type JsonObject, loadDocument, pointerOf } from "./spec-validator.ts";

export interface SeedFixture {
  name: string;
  document: string;
  operationId?: string;
  /** `request` or `response:<status>` for OpenAPI operations. */
  part?: string;
  /** A `$defs` entry, for message schemas. */
  def?: string;
  body: Json;
}

export interface ResolvedFixture extends SeedFixture {
  schemaPointer: string;
  schema: JsonObject;
  isRequest: boolean;
}

const seedsDir = join(import.meta.dirname, "seeds");

export function loadSeedFixtures(): SeedFixture[] {
  return readdirSync(seedsDir)
    .filter((file) => file.endsWith(".yaml"))
    .sort()
    .flatMap((file) => parse(readFileSync(join(seedsDir, file), "utf8")) as SeedFixture[]);
}

function at(document: JsonObject, pointer: string): Json | undefined {
  const segments = pointer.replace(/^#\/?/, "").split("/").filter(Boolean);
  let node: Json | undefined = document;
  for (const raw of segments) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (typeof node !== "object" || node === null) return undefined;
    node = Array.isArray(node) ? node[Number(segment)] : node[segment];
  }
  return node;
}

/** Follows `$ref`s (local or relative-file) until a node that is not a reference. */
export function deref(file: string, node: Json | undefined): { file: string; node: JsonObject } {
  if (typeof node !== "object" || node === null || Array.isArray(node)) {
    throw new Error(`expected an object in ${file}, got ${JSON.stringify(node)}`);
  }
  const ref = node.$ref;
  if (typeof ref !== "string") return { file, node };
  const [target = "", pointer = ""] = ref.split("#");
  const targetFile = target === "" ? file : posix.normalize(posix.join(dirname(file), target));
  return deref(targetFile, at(loadDocument(targetFile), `#${pointer}`));
}

function findOperation(document: JsonObject, operationId: string): string[] {
  for (const section of ["paths", "webhooks"] as const) {
    const items = document[section];
    if (typeof items !== "object" || items === null || Array.isArray(items)) continue;
    for (const [path, item] of Object.entries(items)) {
      if (typeof item !== "object" || item === null || Array.isArray(item)) continue;
      for (const [method, operation] of Object.entries(item)) {
        if (typeof operation === "object" && operation !== null && !Array.isArray(operation)) {
          if (operation.operationId === operationId) return [section, path, method];
        }
      }
    }
  }
  throw new Error(`operationId ${operationId} not found`);
}

function openApiSchemaPointer(fixture: SeedFixture): string {
  const document = loadDocument(fixture.document);
  const operationPath = findOperation(document, fixture.operationId ?? "");
  const [kind, status] = (fixture.part ?? "request").split(":");
  const containerPath =
    kind === "request" ? [...operationPath, "requestBody"] : [...operationPath, "responses", status ?? "200"];
  // The request body or response may itself be a $ref into components.
  let container = at(document, pointerOf(containerPath));
  let pointer = pointerOf(containerPath);
  while (
    typeof container === "object" &&
    container !== null &&
    !Array.isArray(container) &&
    typeof container.$ref === "string"
  ) {
    pointer = container.$ref;
    container = at(document, pointer);
  }
  return `${pointer}/content/application~1json/schema`;
}

export function resolveFixture(fixture: SeedFixture): ResolvedFixture {
  const schemaPointer = fixture.def ? `#/$defs/${fixture.def}` : openApiSchemaPointer(fixture);
  const { node } = deref(fixture.document, at(loadDocument(fixture.document), schemaPointer));
  const isRequest = fixture.part === "request" || /Request$/.test(fixture.def ?? "");
  return { ...fixture, schemaPointer, schema: node, isRequest };
}
