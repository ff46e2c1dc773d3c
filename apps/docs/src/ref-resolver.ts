/**
 * Follows local `$ref`s (`#/components/schemas/X`) inside one bundled document. Redocly's bundler has
 * already pulled every external file in, so local pointers are all that is left.
 */
import type { OasRef, Referenced } from "./spec-model.ts";

export interface Resolved<T> {
  /** The node with its `$ref` followed; `$ref` siblings (allowed in OpenAPI 3.1) override the target. */
  value: T;
  /** The object the last `$ref` pointed at, stable across lookups: cycle guards compare these. */
  target: object;
  /** The last path segment of the ref, e.g. `Participant`; undefined for inline nodes. */
  refName: string | undefined;
}

const MAX_REF_HOPS = 32;

export function isRef(node: unknown): node is OasRef {
  return typeof node === "object" && node !== null && typeof (node as { $ref?: unknown }).$ref === "string";
}

function decodePointerSegment(segment: string): string {
  return decodeURIComponent(segment).replaceAll("~1", "/").replaceAll("~0", "~");
}

export class RefResolver {
  readonly #root: unknown;

  constructor(root: unknown) {
    this.#root = root;
  }

  resolve<T extends object>(node: Referenced<T>): Resolved<T> {
    let current: unknown = node;
    let refName: string | undefined;
    const siblings: Record<string, unknown>[] = [];
    for (let hop = 0; isRef(current); hop++) {
      if (hop === MAX_REF_HOPS) throw new Error(`$ref chain too long at ${current.$ref}`);
      const { $ref, ...rest } = current;
      if (Object.keys(rest).length > 0) siblings.unshift(rest);
      refName = decodePointerSegment($ref.split("/").at(-1) ?? $ref);
      current = this.#lookup($ref);
    }
    const target = current as T;
    const value = siblings.length === 0 ? target : (Object.assign({}, target, ...siblings) as T);
    return { value, target, refName };
  }

  #lookup(ref: string): unknown {
    if (!ref.startsWith("#")) {
      throw new Error(`unexpected external $ref after bundling: ${ref}`);
    }
    let node: unknown = this.#root;
    for (const segment of ref.slice(1).split("/").filter(Boolean).map(decodePointerSegment)) {
      if (typeof node !== "object" || node === null || !(segment in node)) {
        throw new Error(`cannot resolve $ref ${ref}`);
      }
      node = (node as Record<string, unknown>)[segment];
    }
    if (typeof node !== "object" || node === null) throw new Error(`$ref ${ref} does not point at an object`);
    return node;
  }
}
