/**
 * A schema as a field table: one row per property, nested objects and array items indented beneath
 * their field, `oneOf`/`anyOf` as numbered alternatives, `allOf` merged. A schema met again on its own
 * path (a circular ref) gets one row marked "circular" instead of recursing forever.
 */
import { extensionBadge } from "./extension-badge.ts";
import { html, type SafeHtml } from "./html.ts";
import { renderMarkdown } from "./markdown.ts";
import type { RefResolver, Resolved } from "./ref-resolver.ts";
import { schemaNotes, typeCell, typeLabel } from "./schema-facts.ts";
import type { Referenced, Schema } from "./spec-model.ts";

/** Deep enough for any real payload; only a pathological inline nesting stops here. */
const MAX_DEPTH = 12;

interface Walk {
  resolver: RefResolver;
  /** Ref targets on the path from the root to the current row. */
  trail: readonly object[];
  depth: number;
}

/** Arrays of arrays of X list X's fields: readers care about the element, not the wrapping. */
function elementOf(resolved: Resolved<Schema>, resolver: RefResolver): Resolved<Schema> {
  let current = resolved;
  for (let hops = 0; hops < MAX_DEPTH; hops++) {
    const items = current.value.items;
    if (!items || typeof items !== "object") break;
    current = resolver.resolve(items);
  }
  return current;
}

/** Folds `allOf` parts into one schema, so their fields list together. */
function mergeAllOf(schema: Schema, resolver: RefResolver, seen: readonly object[] = []): Schema {
  if (!schema.allOf) return schema;
  let properties: Record<string, Referenced<Schema>> = {};
  let required: string[] = [];
  for (const part of schema.allOf) {
    const resolved = resolver.resolve(part);
    if (seen.includes(resolved.target)) continue;
    const merged = mergeAllOf(resolved.value, resolver, [...seen, resolved.target]);
    properties = { ...properties, ...merged.properties };
    required = [...required, ...(merged.required ?? [])];
  }
  const { allOf: _merged, ...rest } = schema;
  return {
    ...rest,
    properties: { ...properties, ...schema.properties },
    required: [...required, ...(schema.required ?? [])],
  };
}

function indent(depth: number): string {
  return `--depth: ${depth}`;
}

function fieldRow(name: string, node: Referenced<Schema>, required: boolean, walk: Walk): SafeHtml[] {
  const resolved = walk.resolver.resolve(node);
  const element = elementOf(resolved, walk.resolver);
  const circular = walk.trail.includes(element.target) || walk.trail.includes(resolved.target);
  const row = html`<tr data-depth="${walk.depth}">
    <td class="field-name" style="${indent(walk.depth)}"><code>${name}</code></td>
    <td>${typeCell(node, walk.resolver)}</td>
    <td>${required ? html`<span class="required">required</span>` : html`<span class="optional">optional</span>`}</td>
    <td class="field-description">
      ${extensionBadge(node, resolved.value)}${renderMarkdown(resolved.value.description)}${schemaNotes(resolved.value)}
      ${circular && html`<span class="note circular">circular: same as <code>${element.refName ?? name}</code> above</span>`}
    </td>
  </tr>`;
  if (circular || walk.depth >= MAX_DEPTH) return [row];
  const inner: Walk = {
    ...walk,
    trail: [...walk.trail, resolved.target, element.target],
    depth: walk.depth + 1,
  };
  return [row, ...childRows(element.value, inner)];
}

function alternativeRows(kind: "oneOf" | "anyOf", options: readonly Schema[], walk: Walk): SafeHtml[] {
  const heading = kind === "oneOf" ? "exactly one of" : "any of";
  return options.flatMap((option, index) => {
    const resolved = walk.resolver.resolve(option);
    const element = elementOf(resolved, walk.resolver);
    const title = resolved.value.title ?? resolved.refName ?? typeLabel(option, walk.resolver);
    const row = html`<tr class="alternative" data-depth="${walk.depth}">
      <td colspan="4" style="${indent(walk.depth)}">
        <span class="alternative-label">Option ${index + 1} (${heading})</span> <strong>${title}</strong>
        ${extensionBadge(option, resolved.value)}${renderMarkdown(resolved.value.description)}${schemaNotes(resolved.value)}
      </td>
    </tr>`;
    if (walk.trail.includes(element.target)) return [row];
    const inner: Walk = { ...walk, trail: [...walk.trail, element.target], depth: walk.depth + 1 };
    return [row, ...childRows(element.value, inner)];
  });
}

function childRows(schema: Schema, walk: Walk): SafeHtml[] {
  const merged = mergeAllOf(schema, walk.resolver);
  const required = new Set(merged.required ?? []);
  const rows = Object.entries(merged.properties ?? {}).flatMap(([name, property]) =>
    fieldRow(name, property, required.has(name), walk),
  );
  if (merged.additionalProperties && typeof merged.additionalProperties === "object") {
    rows.push(...fieldRow("{any key}", merged.additionalProperties, false, walk));
  }
  if (merged.oneOf) rows.push(...alternativeRows("oneOf", merged.oneOf, walk));
  if (merged.anyOf) rows.push(...alternativeRows("anyOf", merged.anyOf, walk));
  return rows;
}

/**
 * The full table for a body, payload or header schema. A schema without fields (a bare string, say)
 * renders as a one-line summary instead of an empty table.
 */
export function renderSchemaTable(node: Referenced<Schema>, resolver: RefResolver): SafeHtml {
  const resolved = resolver.resolve(node);
  const element = elementOf(resolved, resolver);
  const rows = childRows(element.value, { resolver, trail: [resolved.target, element.target], depth: 0 });
  const summary = html`<p class="schema-summary">
    <code class="type">${typeLabel(node, resolver)}</code>${extensionBadge(node, resolved.value)}
  </p>
  ${renderMarkdown(resolved.value.description)}${rows.length === 0 && schemaNotes(resolved.value)}`;
  if (rows.length === 0) return html`<div class="schema">${summary}</div>`;
  return html`<div class="schema">
    ${summary}
    <table class="fields">
      <thead><tr><th>Field</th><th>Type</th><th>Required</th><th>Description</th></tr></thead>
      <tbody>${rows}</tbody>
    </table>
  </div>`;
}
