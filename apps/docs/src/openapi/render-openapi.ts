/**
 * An OpenAPI page: the API's introduction (servers, authentication), its operations grouped by tag, and
 * its webhooks in their own section, since a partner implements those rather than calls them.
 */
import { extensionBadge } from "../extension-badge.ts";
import { html, type SafeHtml, slugify } from "../html.ts";
import { type NavGroup, renderLayout } from "../layout.ts";
import { renderMarkdown } from "../markdown.ts";
import { RefResolver } from "../ref-resolver.ts";
import { type ApiPage, countLabel, type RenderedPage } from "../site-pages.ts";
import type { OpenApiDocument } from "../spec-model.ts";
import { collectOperations, groupByTag, type OperationEntry, type TagGroup } from "./collect-operations.ts";
import { renderOperation } from "./render-operation.ts";
import { renderSecuritySchemes } from "./render-security.ts";

const WEBHOOKS_ANCHOR = "webhooks";

function navItems(entries: readonly OperationEntry[]): NavGroup["items"] {
  return entries.map((entry) => ({
    href: `#${entry.anchor}`,
    label: entry.operation.summary ?? entry.anchor,
    badge: entry.method,
  }));
}

function renderIntro(doc: OpenApiDocument, page: ApiPage, resolver: RefResolver): SafeHtml {
  const servers = doc.servers ?? [];
  return html`<section class="intro" id="overview">
    <p class="eyebrow">OpenAPI ${doc.openapi} · <code>specs/${page.file}</code></p>
    <h1>${doc.info?.title ?? page.navTitle} <span class="version">v${doc.info?.version ?? "?"}</span></h1>
    ${extensionBadge(doc.info)}
    ${renderMarkdown(doc.info?.description)}
    ${
      servers.length > 0 &&
      html`<h3>Servers</h3>
        <ul class="servers">
          ${servers.map((server) => html`<li><code>${server.url}</code> ${renderMarkdown(server.description)}</li>`)}
        </ul>`
    }
    ${renderSecuritySchemes(doc, resolver)}
  </section>`;
}

function renderTagSection(group: TagGroup, doc: OpenApiDocument, resolver: RefResolver): SafeHtml {
  return html`<section class="tag-section" id="tag-${slugify(group.name)}">
    <h2>${group.name}</h2>
    ${renderMarkdown(group.description)}
    ${group.entries.map((entry) => renderOperation(entry, doc, resolver))}
  </section>`;
}

export function renderOpenApiPage(doc: OpenApiDocument, page: ApiPage): RenderedPage {
  const resolver = new RefResolver(doc);
  const entries = collectOperations(doc, resolver);
  const tagGroups = groupByTag(
    entries.filter((entry) => entry.kind === "path"),
    doc,
  );
  const webhooks = entries.filter((entry) => entry.kind === "webhook");

  const sidebar: NavGroup[] = tagGroups.map((group) => ({
    title: group.name,
    href: `#tag-${slugify(group.name)}`,
    items: navItems(group.entries),
  }));
  if (webhooks.length > 0) {
    sidebar.push({ title: "Webhooks", href: `#${WEBHOOKS_ANCHOR}`, items: navItems(webhooks) });
  }

  const content = html`${renderIntro(doc, page, resolver)}
    ${tagGroups.map((group) => renderTagSection(group, doc, resolver))}
    ${
      webhooks.length > 0 &&
      html`<section class="tag-section webhooks" id="${WEBHOOKS_ANCHOR}">
        <h2>Webhooks</h2>
        <p class="lede">Requests the platform sends to a URL you register. Your server implements these.</p>
        ${webhooks.map((entry) => renderOperation(entry, doc, resolver))}
      </section>`
    }`;

  const title = doc.info?.title ?? page.navTitle;
  const operationCount = entries.length - webhooks.length;
  return {
    slug: page.slug,
    html: renderLayout({ slug: page.slug, title, sidebar, content, source: `specs/${page.file}` }),
    summary: {
      slug: page.slug,
      title,
      version: doc.info?.version ?? "",
      description: doc.info?.description,
      counts: [
        countLabel(operationCount, "operation"),
        ...(webhooks.length > 0 ? [countLabel(webhooks.length, "webhook")] : []),
      ],
      operationCount: entries.length,
      messageCount: 0,
    },
  };
}
