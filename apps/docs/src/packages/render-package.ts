/**
 * A package's page: its name, description and README, then per entry point the import path and every
 * export with its kind, declaration, TSDoc summary and examples, each anchored so it can be linked.
 */
import { html, type SafeHtml } from "../html.ts";
import { type NavGroup, renderLayout } from "../layout.ts";
import { renderInlineMarkdown, renderMarkdown, renderReadme } from "../markdown.ts";
import type { PackageSummary } from "../read-packages.ts";
import { packagePageSlug, pageHref } from "../site-pages.ts";
import type { ApiExport, EntryPointApi } from "./extract-api.ts";

/** What a package page is built from. */
export interface PackagePageInput {
  summary: PackageSummary;
  readme: string | undefined;
  api: readonly EntryPointApi[];
  /** Every published package, for the sidebar's list. */
  allPackages: readonly PackageSummary[];
}

/** `entry` for ".", `entry-crm` for "./crm". Other ids on the page are hyphenated, so no export name (an identifier) can clash. */
export function entryAnchor(subpath: string): string {
  return subpath === "." ? "entry" : `entry-${subpath.slice(2).replace(/[^A-Za-z0-9_-]+/g, "-")}`;
}

/** `createSoftphone` for the main entry, `crm.createCrmHost` for `./crm`: reads like the import. */
export function exportAnchor(subpath: string, name: string): string {
  return subpath === "." ? name : `${subpath.slice(2)}.${name}`;
}

function renderExample(text: string): SafeHtml {
  // TSDoc examples are usually fenced Markdown; a bare one is code all the same.
  return text.includes("```") ? renderMarkdown(text) : html`<pre><code>${text}</code></pre>`;
}

function renderExport(subpath: string, item: ApiExport): SafeHtml {
  const anchor = exportAnchor(subpath, item.name);
  return html`<article class="operation api-export${item.deprecated !== undefined ? " deprecated" : ""}" id="${anchor}">
    <header class="operation-header">
      <h3><a href="#${anchor}"><code>${item.name}</code></a> <span class="api-kind api-kind-${item.kind}">${item.kind}</span></h3>
    </header>
    <pre class="api-declaration"><code>${item.declaration}</code></pre>
    ${item.deprecated !== undefined && html`<p class="note deprecated"><strong>Deprecated.</strong> ${renderInlineMarkdown(item.deprecated)}</p>`}
    ${item.summary ? renderMarkdown(item.summary) : html`<p class="hint">No TSDoc summary.</p>`}
    ${item.examples.length > 0 && html`<h4>Example${item.examples.length > 1 ? "s" : ""}</h4>${item.examples.map(renderExample)}`}
  </article>`;
}

function renderEntry({ entry, exports }: EntryPointApi): SafeHtml {
  return html`<section class="tag-section api-entry" id="${entryAnchor(entry.subpath)}">
    <h2><code>${entry.importPath}</code></h2>
    <p class="hint">${exports.length} export${exports.length === 1 ? "" : "s"} · <code>import { … } from "${entry.importPath}"</code></p>
    ${exports.map((item) => renderExport(entry.subpath, item))}
  </section>`;
}

function sidebar(input: PackagePageInput): NavGroup[] {
  return [
    ...input.api.map(({ entry, exports }) => ({
      title: entry.importPath,
      href: `#${entryAnchor(entry.subpath)}`,
      items: exports.map((item) => ({
        href: `#${exportAnchor(entry.subpath, item.name)}`,
        label: item.name,
        hint: item.kind,
      })),
    })),
    {
      title: "Packages",
      href: "index.html#packages",
      items: input.allPackages.map((pkg) => ({ href: pageHref(packagePageSlug(pkg.name)), label: pkg.name })),
    },
  ];
}

/** The whole HTML document of one package's page. */
export function renderPackagePage(input: PackagePageInput): string {
  const { summary } = input;
  const content = html`<section class="intro" id="package-overview">
      <p class="eyebrow">Package · <code>packages/${summary.folder}</code></p>
      <h1>${summary.name} ${summary.version && html`<span class="version">v${summary.version}</span>`}</h1>
      <p class="lede">${summary.description}</p>
      <p class="hint">Install with <code>pnpm add ${summary.name}</code>. Entry points: ${input.api.map(
        ({ entry }, index) =>
          html`${index > 0 && ", "}<a href="#${entryAnchor(entry.subpath)}"><code>${entry.importPath}</code></a>`,
      )}.</p>
    </section>
    ${input.readme && html`<section class="readme" id="package-readme">${renderReadme(input.readme)}</section>`}
    ${input.api.map(renderEntry)}`;
  return renderLayout({
    slug: packagePageSlug(summary.name),
    title: summary.name,
    sidebar: sidebar(input),
    content,
    source: `packages/${summary.folder}`,
  });
}
