/**
 * The home page: what the SDK is, one card per reference page, the packages (each linked to its API
 * page), and how to read the
 * "beyond the source documents" badge.
 */
import { EXTENSION_LABEL } from "./extension-badge.ts";
import { html } from "./html.ts";
import { renderLayout } from "./layout.ts";
import { renderMarkdown } from "./markdown.ts";
import type { PackageSummary } from "./read-packages.ts";
import { API_PAGES, type PageSummary, packagePageSlug, pageHref } from "./site-pages.ts";

/** The first sentence of a spec's description is its elevator pitch; the rest is for its own page. */
function firstSentence(text: string | undefined): string | undefined {
  return text?.trim().split(/(?<=\.)\s|\n\s*\n/)[0];
}

export function renderIndexPage(
  summaries: readonly PageSummary[],
  packages: readonly PackageSummary[],
): string {
  const cards = API_PAGES.map((page) => {
    const summary = summaries.find((candidate) => candidate.slug === page.slug);
    return html`<a class="card" href="${pageHref(page.slug)}">
      <h3>${summary?.title ?? page.navTitle} ${summary && html`<span class="version">v${summary.version}</span>`}</h3>
      <p>${page.audience}</p>
      ${summary && html`<div class="card-pitch">${renderMarkdown(firstSentence(summary.description))}</div>`}
      <p class="card-meta">${summary?.counts.join(" · ")} · <code>specs/${page.file}</code></p>
    </a>`;
  });

  const content = html`<section class="intro hero">
      <p class="eyebrow">TypeScript SDK · reference</p>
      <h1>Build on the CCaaS contact-center platform</h1>
      <p class="lede">
        Typed packages to register and build voice adapters, put a WebRTC softphone in an agent app, and plug a
        CRM or a CTI into the softphone. Every wire format lives once, in <code>specs/</code>; the types, the
        clients, the sandbox and these pages are generated from it.
      </p>
    </section>
    <section class="tag-section" id="apis">
      <h2>API reference</h2>
      <div class="cards">${cards}</div>
    </section>
    ${
      packages.length > 0 &&
      html`<section class="tag-section" id="packages">
        <h2>Packages</h2>
        <table class="fields packages">
          <thead><tr><th>Package</th><th>What it is</th></tr></thead>
          <tbody>
            ${packages.map(
              (pkg) =>
                html`<tr><td class="field-name"><a href="${pageHref(packagePageSlug(pkg.name))}"><code>${pkg.name}</code></a></td><td>${pkg.description}</td></tr>`,
            )}
          </tbody>
        </table>
        <p class="hint">Install with <code>pnpm add ${packages[0]?.name ?? ""}</code> (or npm, yarn).</p>
      </section>`
    }
    <section class="tag-section" id="reading">
      <h2>Reading these pages</h2>
      <p>
        Field names, paths, headers and events come from the platform's source documents exactly as written there.
        Anything the SDK adds beyond them is marked
        <span class="extension"><span class="extension-badge">${EXTENSION_LABEL}</span></span>
        with the reason next to it, so you can always tell the platform's contract from the SDK's additions.
      </p>
    </section>`;

  return renderLayout({ slug: "index", title: "Overview", sidebar: [], content });
}
