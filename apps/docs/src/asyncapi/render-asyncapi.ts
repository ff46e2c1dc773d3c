/**
 * The events page from the AsyncAPI document: servers, then each channel with the operations on it
 * (send or receive) and the messages it carries, then every message in full.
 */

import { extensionBadge } from "../extension-badge.ts";
import { html, joinHtml, type SafeHtml } from "../html.ts";
import { type NavGroup, renderLayout } from "../layout.ts";
import { renderMarkdown } from "../markdown.ts";
import { RefResolver } from "../ref-resolver.ts";
import { type ApiPage, countLabel, type RenderedPage } from "../site-pages.ts";
import type { AsyncApiDocument } from "../spec-model.ts";
import {
  type ChannelEntry,
  indexAsyncApi,
  type MessageEntry,
  type OperationEntry,
} from "./index-asyncapi.ts";
import { messageLink, renderMessage } from "./render-messages.ts";

function actionBadge(action: string): SafeHtml {
  return html`<span class="method method-${action}">${action.toUpperCase()}</span>`;
}

function renderServers(doc: AsyncApiDocument, resolver: RefResolver): SafeHtml {
  const servers = Object.entries(doc.servers ?? {});
  if (servers.length === 0) return html``;
  return html`<h3>Servers</h3>
    <ul class="servers">
      ${servers.map(([name, node]) => {
        const server = resolver.resolve(node).value;
        return html`<li><strong>${name}</strong> <span class="location">${server.protocol}</span>
          <code>${server.host}${server.pathname ?? ""}</code>${renderMarkdown(server.description)}</li>`;
      })}
    </ul>`;
}

/** An operation's message list is worth showing only when it is not simply all of its channel's. */
function narrowsChannel(entry: OperationEntry): boolean {
  const channelMessages = entry.channel?.messages ?? [];
  return (
    entry.messages.length !== channelMessages.length ||
    entry.messages.some((message) => !channelMessages.includes(message))
  );
}

function renderSecurity(entry: OperationEntry, resolver: RefResolver): SafeHtml {
  const schemes = (entry.operation.security ?? []).map((node) => resolver.resolve(node));
  if (schemes.length === 0) return html``;
  return html`<p class="security"><span class="section-label">Security</span> ${joinHtml(
    schemes.map(
      ({ value, refName }) => html`<span class="scheme" title="${value.description ?? ""}"
        ><code>${refName ?? value.type}</code> <span class="scheme-kind">${value.type}</span></span
      >`,
    ),
    " or ",
  )}</p>`;
}

function renderOperation(entry: OperationEntry, resolver: RefResolver): SafeHtml {
  const { operation } = entry;
  return html`<div class="async-operation" id="${entry.anchor}">
    <p class="operation-line">
      ${actionBadge(operation.action)}
      <strong>${operation.title ?? entry.key}</strong>
      <code class="operation-id" title="operation">${entry.key}</code>
      ${extensionBadge(operation)}
    </p>
    ${operation.summary && html`<p>${operation.summary}</p>`}
    ${renderMarkdown(operation.description)}
    ${renderSecurity(entry, resolver)}
    ${narrowsChannel(entry) && html`<p class="message-list">Messages: ${joinHtml(entry.messages.map(messageLink), ", ")}</p>`}
  </div>`;
}

function renderChannel(entry: ChannelEntry, resolver: RefResolver): SafeHtml {
  const { channel } = entry;
  return html`<article class="operation channel" id="${entry.anchor}">
    <header class="operation-header">
      <h3><a class="anchor" href="#${entry.anchor}">${channel.title ?? entry.key}</a></h3>
      <p class="operation-line">
        <span class="method method-channel">CHANNEL</span>
        <code class="path">${channel.address ?? entry.key}</code>
      </p>
      ${extensionBadge(channel)}
    </header>
    ${channel.summary && html`<p class="lede">${channel.summary}</p>`}
    ${renderMarkdown(channel.description)}
    ${entry.operations.length > 0 && html`<h4>Operations</h4>${entry.operations.map((operation) => renderOperation(operation, resolver))}`}
    ${entry.messages.length > 0 && html`<h4>Messages</h4><p class="message-list">${joinHtml(entry.messages.map(messageLink), ", ")}</p>`}
  </article>`;
}

/** Messages listed under the first channel that carries them; the rest under "Other messages". */
function messageGroups(channels: readonly ChannelEntry[], messages: readonly MessageEntry[]) {
  const placed = new Set<MessageEntry>();
  const groups = channels.map((channel) => {
    const own = channel.messages.filter((message) => !placed.has(message));
    for (const message of own) placed.add(message);
    return { title: channel.channel.title ?? channel.channel.address ?? channel.key, messages: own };
  });
  groups.push({ title: "Other messages", messages: messages.filter((message) => !placed.has(message)) });
  return groups.filter((group) => group.messages.length > 0);
}

export function renderAsyncApiPage(doc: AsyncApiDocument, page: ApiPage): RenderedPage {
  const resolver = new RefResolver(doc);
  const { channels, operations, messages } = indexAsyncApi(doc, resolver);
  const groups = messageGroups(channels, messages);

  const sidebar: NavGroup[] = [
    {
      title: "Channels",
      href: "#channels",
      items: channels.map((entry) => ({
        href: `#${entry.anchor}`,
        label: entry.channel.title ?? entry.key,
        hint: entry.channel.address ?? undefined,
      })),
    },
    ...groups.map((group) => ({
      title: `Messages · ${group.title}`,
      items: group.messages.map((entry) => ({ href: `#${entry.anchor}`, label: entry.anchor })),
    })),
  ];

  const title = doc.info.title;
  const content = html`<section class="intro" id="overview">
      <p class="eyebrow">AsyncAPI ${doc.asyncapi} · <code>specs/${page.file}</code> and <code>specs/messages/</code></p>
      <h1>${title} <span class="version">v${doc.info.version}</span></h1>
      ${renderMarkdown(doc.info.description)}
      ${renderServers(doc, resolver)}
    </section>
    <section class="tag-section" id="channels">
      <h2>Channels</h2>
      ${channels.map((channel) => renderChannel(channel, resolver))}
    </section>
    <section class="tag-section" id="messages">
      <h2>Messages</h2>
      ${groups.map((group) => html`<h3 class="group-title">${group.title}</h3>${group.messages.map((entry) => renderMessage(entry, resolver))}`)}
    </section>`;

  return {
    slug: page.slug,
    html: renderLayout({ slug: page.slug, title, sidebar, content, source: `specs/${page.file}` }),
    summary: {
      slug: page.slug,
      title,
      version: doc.info.version,
      description: doc.info.description,
      counts: [
        countLabel(channels.length, "channel"),
        countLabel(operations.length, "operation"),
        countLabel(messages.length, "message"),
      ],
      operationCount: operations.length,
      messageCount: messages.length,
    },
  };
}
