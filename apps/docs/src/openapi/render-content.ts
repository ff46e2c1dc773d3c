/**
 * Request bodies and responses: for each media type, the schema's field table and every example.
 */
import { extensionBadge } from "../extension-badge.ts";
import { html, type SafeHtml } from "../html.ts";
import { renderInlineMarkdown, renderMarkdown } from "../markdown.ts";
import type { RefResolver } from "../ref-resolver.ts";
import { mediaTypeExamples, renderExamples } from "../render-examples.ts";
import { renderSchemaTable } from "../render-schema.ts";
import type { MediaType, Referenced, RequestBody, Response } from "../spec-model.ts";
import { renderHeaders } from "./render-parameters.ts";

function renderMediaTypes(content: Record<string, MediaType> | undefined, resolver: RefResolver): SafeHtml {
  return html`${Object.entries(content ?? {}).map(
    ([mediaType, media]) => html`<div class="media-type">
      <p class="media-type-name"><code>${mediaType}</code></p>
      ${media.schema && renderSchemaTable(media.schema, resolver)}
      ${renderExamples(mediaTypeExamples(media, resolver))}
    </div>`,
  )}`;
}

export function renderRequestBody(
  node: Referenced<RequestBody> | undefined,
  resolver: RefResolver,
): SafeHtml {
  if (!node) return html``;
  const body = resolver.resolve(node).value;
  return html`<section class="request-body">
    <h4>Request body ${body.required ? html`<span class="required">required</span>` : html`<span class="optional">optional</span>`}
      ${extensionBadge(node, body)}</h4>
    ${renderMarkdown(body.description)}
    ${renderMediaTypes(body.content, resolver)}
  </section>`;
}

/** The first paragraph titles a response; the rest, if any, reads underneath. */
function splitFirstParagraph(text: string | undefined): [string, string] {
  const [first = "", ...rest] = (text ?? "").trim().split(/\n\s*\n/);
  return [first, rest.join("\n\n")];
}

/** 2xx green, 3xx blue, 4xx amber, 5xx red: the status class is the first thing a reader scans for. */
function statusClass(status: string): string {
  const family = status.charAt(0);
  return /[1-5]/.test(family) ? `status-${family}xx` : "status-default";
}

/** Success responses are open; errors are folded, since every operation repeats the same few. */
function opensByDefault(status: string): boolean {
  return status.startsWith("2") || status.startsWith("1") || status.startsWith("3");
}

export function renderResponses(
  responses: Record<string, Referenced<Response>>,
  resolver: RefResolver,
): SafeHtml {
  const entries = Object.entries(responses);
  if (entries.length === 0) return html``;
  return html`<section class="responses">
    <h4>Responses</h4>
    ${entries.map(([status, node]) => {
      const { value: response, refName } = resolver.resolve(node);
      const [title, details] = response.summary
        ? [response.summary, response.description]
        : splitFirstParagraph(response.description);
      return html`<details class="response"${opensByDefault(status) ? html` open` : ""}>
        <summary class="response-status">
          <span class="status ${statusClass(status)}">${status}</span>
          ${refName && html`<code class="response-name">${refName}</code>`}
          <span class="response-summary">${renderInlineMarkdown(title)}</span>
          ${extensionBadge(node, response)}
        </summary>
        ${renderMarkdown(details)}
        ${response.headers && renderHeaders(response.headers, resolver)}
        ${renderMediaTypes(response.content, resolver)}
      </details>`;
    })}
  </section>`;
}
