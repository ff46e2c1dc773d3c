/**
 * What the specs declare, read straight from the YAML with no help from the renderer, so the tests
 * compare the site against the source rather than against itself.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parse } from "yaml";

type Node = Record<string, unknown>;

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readYaml(file: string): Node {
  const parsed: unknown = parse(readFileSync(file, "utf8"));
  if (!isNode(parsed)) throw new Error(`${file} is not a YAML mapping`);
  return parsed;
}

/** Follows a `$ref` (local or `./file.yaml#/pointer`) far enough to list what a path item holds. */
function deref(node: unknown, file: string): { node: unknown; file: string } {
  let current = { node, file };
  while (isNode(current.node) && typeof current.node.$ref === "string") {
    const [path = "", pointer = ""] = current.node.$ref.split("#");
    const target = path ? resolve(dirname(current.file), path) : current.file;
    let found: unknown = readYaml(target);
    for (const segment of pointer.split("/").filter(Boolean)) {
      const key = decodeURIComponent(segment).replaceAll("~1", "/").replaceAll("~0", "~");
      found = isNode(found) ? found[key] : undefined;
    }
    current = { node: found, file: target };
  }
  return current;
}

/** Every operationId under `paths` and `webhooks`. */
export function declaredOperationIds(file: string): string[] {
  const doc = readYaml(file);
  const pathItems = [
    ...Object.values(isNode(doc.paths) ? doc.paths : {}),
    ...Object.values(isNode(doc.webhooks) ? doc.webhooks : {}),
  ];
  return pathItems.flatMap((item) => {
    const { node } = deref(item, file);
    if (!isNode(node)) return [];
    return METHODS.flatMap((method) => {
      const operation = node[method];
      return isNode(operation) && typeof operation.operationId === "string" ? [operation.operationId] : [];
    });
  });
}

/** Every message name: the keys under components/messages and inline channel messages, and their `name`s. */
export function declaredMessageNames(file: string): string[] {
  const doc = readYaml(file);
  const names = new Set<string>();
  const addMessages = (messages: unknown) => {
    if (!isNode(messages)) return;
    for (const [key, message] of Object.entries(messages)) {
      if (isNode(message) && typeof message.$ref === "string") continue; // named where it is defined
      names.add(key);
      if (isNode(message) && typeof message.name === "string") names.add(message.name);
    }
  };
  addMessages(isNode(doc.components) ? doc.components.messages : undefined);
  for (const channel of Object.values(isNode(doc.channels) ? doc.channels : {})) {
    addMessages(isNode(channel) ? channel.messages : undefined);
  }
  return [...names];
}
