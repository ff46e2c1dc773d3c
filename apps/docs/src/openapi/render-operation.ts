/**
 * One operation or webhook, in the order a reader needs it: what it is, who may call it, what to send,
 * what comes back. The article's id is the operationId so links like `partner-api.html#createVoiceProvider`
 * work from code comments and error messages.
 */
import { extensionBadge } from "../extension-badge.ts";
import { html, type SafeHtml } from "../html.ts";
import { renderMarkdown } from "../markdown.ts";
import type { RefResolver } from "../ref-resolver.ts";
import type { OpenApiDocument } from "../spec-model.ts";
import type { OperationEntry } from "./collect-operations.ts";
import { renderRequestBody, renderResponses } from "./render-content.ts";
import { effectiveParameters, renderParameters } from "./render-parameters.ts";
import { renderSecurity } from "./render-security.ts";

export function methodBadge(method: string): SafeHtml {
  return html`<span class="method method-${method}">${method.toUpperCase()}</span>`;
}

/** Paths set in monospace with their `{parameters}` highlighted. */
export function renderPath(path: string): SafeHtml {
  const parts = path.split(/(\{[^}]+\})/);
  return html`<code class="path">${parts.map((part) =>
    part.startsWith("{") ? html`<span class="path-param">${part}</span>` : part,
  )}</code>`;
}

export function renderOperation(
  entry: OperationEntry,
  doc: OpenApiDocument,
  resolver: RefResolver,
): SafeHtml {
  const { operation } = entry;
  const parameters = effectiveParameters(entry.pathParameters, operation.parameters ?? [], resolver);
  const title = operation.summary ?? operation.operationId ?? `${entry.method.toUpperCase()} ${entry.key}`;
  return html`<article class="operation${operation.deprecated ? " deprecated" : ""}" id="${entry.anchor}">
    <header class="operation-header">
      <h3><a class="anchor" href="#${entry.anchor}">${title}</a></h3>
      <p class="operation-line">
        ${entry.kind === "webhook" && html`<span class="method method-webhook">WEBHOOK</span>`}
        ${methodBadge(entry.method)}
        ${entry.kind === "webhook" ? html`<code class="path">${entry.key}</code>` : renderPath(entry.key)}
        ${operation.operationId && html`<code class="operation-id" title="operationId">${operation.operationId}</code>`}
        ${operation.deprecated && html`<span class="note deprecated">deprecated</span>`}
      </p>
      ${extensionBadge(operation)}
    </header>
    ${renderMarkdown(operation.description)}
    ${renderSecurity(operation.security ?? doc.security, doc, resolver)}
    ${renderParameters(parameters, resolver)}
    ${renderRequestBody(operation.requestBody, resolver)}
    ${renderResponses(operation.responses ?? {}, resolver)}
  </article>`;
}
