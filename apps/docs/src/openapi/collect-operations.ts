/**
 * Lists every operation of an OpenAPI document (under `paths` and `webhooks`) in document order, with
 * the path-level parameters it inherits, grouped by its first tag the way readers navigate an API.
 */
import type { RefResolver } from "../ref-resolver.ts";
import type { OpenApiDocument, Operation, Parameter, PathItem, Referenced } from "../spec-model.ts";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface OperationEntry {
  kind: "path" | "webhook";
  /** The path (`/partners/{partnerId}/voiceproviders`) or the webhook's name. */
  key: string;
  method: HttpMethod;
  operation: Operation;
  pathParameters: readonly Referenced<Parameter>[];
  /** The anchor: the operationId, or a readable fallback when a spec forgot one. */
  anchor: string;
}

export interface TagGroup {
  name: string;
  description: string | undefined;
  entries: OperationEntry[];
}

const UNTAGGED = "Other operations";

function entriesOf(
  items: Record<string, Referenced<PathItem>> | undefined,
  kind: OperationEntry["kind"],
  resolver: RefResolver,
): OperationEntry[] {
  return Object.entries(items ?? {}).flatMap(([key, node]) => {
    const pathItem = resolver.resolve(node).value;
    return HTTP_METHODS.flatMap((method) => {
      const operation: Operation | undefined = pathItem[method];
      if (!operation) return [];
      const anchor = operation.operationId ?? `${kind}-${method}-${key}`.replace(/[^\w-]+/g, "-");
      return [{ kind, key, method, operation, pathParameters: pathItem.parameters ?? [], anchor }];
    });
  });
}

export function collectOperations(doc: OpenApiDocument, resolver: RefResolver): OperationEntry[] {
  return [...entriesOf(doc.paths, "path", resolver), ...entriesOf(doc.webhooks, "webhook", resolver)];
}

/** Declared tags keep their declared order; tags only used by operations follow in order of use. */
export function groupByTag(entries: readonly OperationEntry[], doc: OpenApiDocument): TagGroup[] {
  const groups = new Map<string, TagGroup>();
  for (const tag of doc.tags ?? []) {
    groups.set(tag.name, { name: tag.name, description: tag.description, entries: [] });
  }
  for (const entry of entries) {
    const name = entry.operation.tags?.[0] ?? UNTAGGED;
    const group = groups.get(name) ?? { name, description: undefined, entries: [] };
    group.entries.push(entry);
    groups.set(name, group);
  }
  return [...groups.values()].filter((group) => group.entries.length > 0);
}
