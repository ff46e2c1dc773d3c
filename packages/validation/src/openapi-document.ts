/**
 * Reads what validation needs out of a bundled OpenAPI 3.1 document: each operation with the JSON pointers of
 * its parameter, request body and response schemas. Only local `$ref`s exist in a bundled document.
 */
import type { JsonDocument } from "@ccaas/types/specs";

export type ParameterLocation = "path" | "query" | "header" | "cookie";

export interface ParameterInfo {
  name: string;
  in: ParameterLocation;
  required: boolean;
  /** JSON pointer (without `#`) of the parameter's schema. */
  schemaPointer: string;
}

export interface OperationInfo {
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** The path template (`/partners/{partnerId}/voiceproviders`), or the webhook name for webhooks. */
  path: string;
  kind: "operation" | "webhook";
  parameters: ParameterInfo[];
  requestBody?: { required: boolean; schemaPointer?: string };
  /** Status (`200`, `4XX`, `default`) -> pointer of the JSON schema, or undefined for a response without a body. */
  responses: Map<string, string | undefined>;
}

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

type Node = { readonly [key: string]: unknown };

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

function at(document: JsonDocument, pointer: string): unknown {
  let node: unknown = document;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(node)) node = node[Number(segment)];
    else node = isNode(node) ? node[segment] : undefined;
  }
  return node;
}

/** Follows local `$ref`s; returns the node and the pointer where it really lives. */
function resolve(document: JsonDocument, pointer: string): { node: Node; pointer: string } | undefined {
  let current = pointer;
  for (let hops = 0; hops < 20; hops += 1) {
    const node = at(document, current);
    if (!isNode(node)) return undefined;
    const ref = node.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#")) return { node, pointer: current };
    current = ref.slice(1);
  }
  throw new Error(`Too many $ref hops from ${pointer}`);
}

function jsonSchemaPointer(document: JsonDocument, contentPointer: string): string | undefined {
  const content = at(document, contentPointer);
  if (!isNode(content)) return undefined;
  const mediaType = Object.keys(content).find(
    (type) => type === "application/json" || type.endsWith("+json"),
  );
  if (mediaType === undefined) return undefined;
  const pointer = `${contentPointer}/${escapePointer(mediaType)}/schema`;
  return at(document, pointer) === undefined ? undefined : pointer;
}

function readParameters(document: JsonDocument, pointers: string[]): ParameterInfo[] {
  const byKey = new Map<string, ParameterInfo>();
  for (const pointer of pointers) {
    const list = at(document, pointer);
    if (!Array.isArray(list)) continue;
    list.forEach((_, index) => {
      const resolved = resolve(document, `${pointer}/${index}`);
      if (!resolved) return;
      const { node } = resolved;
      const location = node.in as ParameterLocation;
      const name = location === "header" ? String(node.name).toLowerCase() : String(node.name);
      // Operation-level parameters override path-level ones with the same name and location.
      byKey.set(`${location}:${name}`, {
        name,
        in: location,
        required: node.required === true || location === "path",
        schemaPointer: `${resolved.pointer}/schema`,
      });
    });
  }
  return [...byKey.values()];
}

function readOperation(
  document: JsonDocument,
  itemPointer: string,
  method: (typeof methods)[number],
  path: string,
  kind: OperationInfo["kind"],
): OperationInfo | undefined {
  const pointer = `${itemPointer}/${method}`;
  const operation = at(document, pointer);
  if (!isNode(operation) || typeof operation.operationId !== "string") return undefined;
  const info: OperationInfo = {
    operationId: operation.operationId,
    method: method.toUpperCase(),
    path,
    kind,
    parameters: readParameters(document, [`${itemPointer}/parameters`, `${pointer}/parameters`]),
    responses: new Map(),
  };
  const body = resolve(document, `${pointer}/requestBody`);
  if (body) {
    const schemaPointer = jsonSchemaPointer(document, `${body.pointer}/content`);
    info.requestBody = { required: body.node.required === true, ...(schemaPointer ? { schemaPointer } : {}) };
  }
  const responses = at(document, `${pointer}/responses`);
  for (const status of isNode(responses) ? Object.keys(responses) : []) {
    const response = resolve(document, `${pointer}/responses/${escapePointer(status)}`);
    info.responses.set(
      status.toUpperCase(),
      response && jsonSchemaPointer(document, `${response.pointer}/content`),
    );
  }
  return info;
}

export function readOperations(document: JsonDocument): OperationInfo[] {
  const operations: OperationInfo[] = [];
  for (const [section, kind] of [
    ["paths", "operation"],
    ["webhooks", "webhook"],
  ] as const) {
    const items = document[section];
    if (!isNode(items)) continue;
    for (const path of Object.keys(items)) {
      const itemPointer = `/${section}/${escapePointer(path)}`;
      for (const method of methods) {
        const operation = readOperation(document, itemPointer, method, path, kind);
        if (operation) operations.push(operation);
      }
    }
  }
  return operations;
}
