/**
 * One-line facts about a schema: its type as a reader of TypeScript would write it, and the notes that
 * constrain a value (enum, const, format, bounds). Shared by field tables and parameter tables.
 */
import { html, joinHtml, type SafeHtml } from "./html.ts";
import type { RefResolver } from "./ref-resolver.ts";
import type { Referenced, Schema } from "./spec-model.ts";

const MAX_LABEL_DEPTH = 4;

function literal(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** `string`, `Participant[]`, `"eu" | "us"`, `string | null`, `one of 2`... */
export function typeLabel(node: Referenced<Schema>, resolver: RefResolver, depth = 0): string {
  const { value: schema, refName } = resolver.resolve(node);
  if (schema.const !== undefined) return literal(schema.const);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (
    types.includes("array") &&
    schema.items &&
    typeof schema.items === "object" &&
    depth < MAX_LABEL_DEPTH
  ) {
    const itemLabel = typeLabel(schema.items, resolver, depth + 1);
    const others = types.filter((type) => type !== "array");
    const arrayLabel = itemLabel.includes(" ") ? `(${itemLabel})[]` : `${itemLabel}[]`;
    return [arrayLabel, ...others].join(" | ");
  }
  if (refName && (types.includes("object") || types.length === 0)) return refName;
  if (schema.oneOf) return `one of ${schema.oneOf.length}`;
  if (schema.anyOf) return `any of ${schema.anyOf.length}`;
  if (types.length > 0) return types.join(" | ");
  if (schema.properties || schema.allOf) return "object";
  return schema.enum ? "enum" : "any";
}

function codeList(values: readonly unknown[]): SafeHtml {
  return joinHtml(
    values.map((value) => html`<code>${literal(value)}</code>`),
    " ",
  );
}

/** Notes shown under a field's description: allowed values, bounds, defaults. */
export function schemaNotes(schema: Schema): SafeHtml {
  const notes: SafeHtml[] = [];
  if (schema.enum) notes.push(html`<span class="note">Allowed: ${codeList(schema.enum)}</span>`);
  if (schema.const !== undefined)
    notes.push(html`<span class="note">Always ${codeList([schema.const])}</span>`);
  if (schema.default !== undefined)
    notes.push(html`<span class="note">Default ${codeList([schema.default])}</span>`);
  const bounds: [string, unknown][] = [
    ["min", schema.minimum],
    ["max", schema.maximum],
    ["exclusive min", schema.exclusiveMinimum],
    ["exclusive max", schema.exclusiveMaximum],
    ["min length", schema.minLength],
    ["max length", schema.maxLength],
    ["min items", schema.minItems],
    ["max items", schema.maxItems],
    ["pattern", schema.pattern],
  ];
  for (const [label, value] of bounds) {
    if (value !== undefined)
      notes.push(html`<span class="note">${label} <code>${String(value)}</code></span>`);
  }
  if (schema.uniqueItems) notes.push(html`<span class="note">unique items</span>`);
  if (schema.deprecated) notes.push(html`<span class="note deprecated">deprecated</span>`);
  if (schema.readOnly) notes.push(html`<span class="note">read-only</span>`);
  if (schema.writeOnly) notes.push(html`<span class="note">write-only</span>`);
  const example = schema.examples?.[0] ?? schema.example;
  if (example !== undefined) notes.push(html`<span class="note">Example ${codeList([example])}</span>`);
  return notes.length === 0 ? html`` : html`<div class="notes">${notes}</div>`;
}

/** The type cell: the label, and the format underneath when there is one. */
export function typeCell(node: Referenced<Schema>, resolver: RefResolver): SafeHtml {
  const { value: schema } = resolver.resolve(node);
  return html`<code class="type">${typeLabel(node, resolver)}</code>${
    schema.format && html`<span class="format">${schema.format}</span>`
  }`;
}
