/**
 * Parameter and response-header tables. Operation-level parameters override path-level ones with the
 * same name and location, as OpenAPI specifies.
 */
import { extensionBadge } from "../extension-badge.ts";
import { html, type SafeHtml } from "../html.ts";
import { renderMarkdown } from "../markdown.ts";
import type { RefResolver } from "../ref-resolver.ts";
import { schemaNotes, typeCell } from "../schema-facts.ts";
import type { Header, Parameter, Referenced, Schema } from "../spec-model.ts";

const LOCATION_ORDER = ["path", "query", "header", "cookie", "querystring"];

export function effectiveParameters(
  pathLevel: readonly Referenced<Parameter>[],
  operationLevel: readonly Referenced<Parameter>[],
  resolver: RefResolver,
): Parameter[] {
  const byKey = new Map<string, Parameter>();
  for (const node of [...pathLevel, ...operationLevel]) {
    const parameter = resolver.resolve(node).value;
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()].sort(
    (a, b) => LOCATION_ORDER.indexOf(a.in ?? "") - LOCATION_ORDER.indexOf(b.in ?? ""),
  );
}

function schemaOf(node: Parameter | Header): Referenced<Schema> {
  const fromContent = Object.values(node.content ?? {})[0]?.schema;
  return node.schema ?? fromContent ?? {};
}

function exampleOf(node: Parameter | Header, resolver: RefResolver): unknown {
  if (node.example !== undefined) return node.example;
  const first = Object.values(node.examples ?? {})[0];
  return first ? resolver.resolve(first).value.value : undefined;
}

function describedCell(node: Parameter | Header, resolver: RefResolver): SafeHtml {
  const schema = resolver.resolve(schemaOf(node)).value;
  // The schema's own example is already among its notes; a parameter-level one is shown only if new.
  const example = schema.example === undefined && !schema.examples ? exampleOf(node, resolver) : undefined;
  return html`${extensionBadge(node, schema)}${renderMarkdown(node.description ?? schema.description)}${schemaNotes(schema)}${
    example !== undefined &&
    html`<div class="notes"><span class="note">Example <code>${JSON.stringify(example)}</code></span></div>`
  }`;
}

function requiredCell(required: boolean | undefined): SafeHtml {
  return required
    ? html`<span class="required">required</span>`
    : html`<span class="optional">optional</span>`;
}

export function renderParameters(parameters: readonly Parameter[], resolver: RefResolver): SafeHtml {
  if (parameters.length === 0) return html``;
  return html`<h4>Parameters</h4>
    <table class="fields parameters">
      <thead><tr><th>Name</th><th>In</th><th>Type</th><th>Required</th><th>Description</th></tr></thead>
      <tbody>
        ${parameters.map(
          (parameter) => html`<tr>
            <td class="field-name"><code>${parameter.name}</code></td>
            <td><span class="location">${parameter.in ?? ""}</span></td>
            <td>${typeCell(schemaOf(parameter), resolver)}</td>
            <td>${requiredCell(parameter.required)}</td>
            <td class="field-description">${describedCell(parameter, resolver)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

export function renderHeaders(headers: Record<string, Referenced<Header>>, resolver: RefResolver): SafeHtml {
  const entries = Object.entries(headers);
  if (entries.length === 0) return html``;
  return html`<table class="fields headers">
    <thead><tr><th>Header</th><th>Type</th><th>Required</th><th>Description</th></tr></thead>
    <tbody>
      ${entries.map(([name, node]) => {
        const header = resolver.resolve(node).value;
        return html`<tr>
          <td class="field-name"><code>${name}</code></td>
          <td>${typeCell(schemaOf(header), resolver)}</td>
          <td>${requiredCell(header.required)}</td>
          <td class="field-description">${describedCell(header, resolver)}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
