/**
 * One message of the events page: where it travels, its headers and payload as field tables, and its
 * examples. The anchor id is the message's name, so `events.html#ParticipantCallInitiated` links here.
 */

import { extensionBadge } from "../extension-badge.ts";
import { html, joinHtml, type SafeHtml } from "../html.ts";
import { renderMarkdown } from "../markdown.ts";
import type { RefResolver } from "../ref-resolver.ts";
import { type ExampleView, renderExamples } from "../render-examples.ts";
import { renderSchemaTable } from "../render-schema.ts";
import type { AsyncMessage, MultiFormatSchema, Referenced, Schema } from "../spec-model.ts";
import type { MessageEntry } from "./index-asyncapi.ts";

function isMultiFormat(payload: Referenced<Schema> | MultiFormatSchema): payload is MultiFormatSchema {
  return "schemaFormat" in payload && "schema" in payload;
}

export function payloadSchema(message: AsyncMessage): Referenced<Schema> | undefined {
  const payload = message.payload;
  if (!payload) return undefined;
  return isMultiFormat(payload) ? payload.schema : payload;
}

function messageExamples(message: AsyncMessage): ExampleView[] {
  return (message.examples ?? []).map((example, index) => ({
    name: example.name ?? `example ${index + 1}`,
    summary: example.summary,
    value:
      example.headers === undefined
        ? example.payload
        : { headers: example.headers, payload: example.payload },
  }));
}

export function messageLink(entry: MessageEntry): SafeHtml {
  return html`<a class="message-link" href="#${entry.anchor}"><code>${entry.anchor}</code></a>`;
}

export function renderMessage(entry: MessageEntry, resolver: RefResolver): SafeHtml {
  const { message } = entry;
  const payload = payloadSchema(message);
  const heading = message.title ?? message.name ?? entry.anchor;
  return html`<article class="operation message" id="${entry.anchor}">
    ${entry.aliases.map((alias) => html`<span class="alias-anchor" id="${alias}"></span>`)}
    <header class="operation-header">
      <h3><a class="anchor" href="#${entry.anchor}">${heading}</a></h3>
      <p class="operation-line">
        <code class="operation-id" title="message name">${message.name ?? entry.anchor}</code>
        ${message.contentType && html`<code class="content-type">${message.contentType}</code>`}
        ${
          entry.channels.length > 0 &&
          html`<span class="travels-on">on ${joinHtml(
            entry.channels.map(
              (channel) =>
                html`<a href="#${channel.anchor}"><code>${channel.channel.address ?? channel.key}</code></a>`,
            ),
            ", ",
          )}</span>`
        }
      </p>
      ${extensionBadge(message)}
    </header>
    ${message.summary && html`<p class="lede">${message.summary}</p>`}
    ${renderMarkdown(message.description)}
    ${message.headers && html`<h4>Headers</h4>${renderSchemaTable(message.headers, resolver)}`}
    ${payload && html`<h4>Payload</h4>${renderSchemaTable(payload, resolver)}`}
    ${renderExamples(messageExamples(message))}
  </article>`;
}
