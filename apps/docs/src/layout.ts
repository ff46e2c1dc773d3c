/**
 * The frame every page shares: a top bar linking the pages, a sidebar for the page's own sections, and
 * the content. Static HTML and one stylesheet; no script, so it reads the same from a file:// URL.
 */
import { html, type SafeHtml } from "./html.ts";
import { API_PAGES, pageHref } from "./site-pages.ts";

export const SITE_TITLE = "CCaaS SDK reference";
export const STYLESHEET = "site.css";

export interface NavItem {
  href: string;
  label: string;
  /** A method (`post`) or action (`send`) drawn as a coloured badge before the label. */
  badge?: string | undefined;
  /** A monospace hint after the label, such as a channel's address. */
  hint?: string | undefined;
}

export interface NavGroup {
  title: string;
  href?: string;
  items: readonly NavItem[];
}

export interface PageFrame {
  slug: string;
  title: string;
  sidebar: readonly NavGroup[];
  content: SafeHtml;
  /** Where the page comes from, shown in the footer (`specs/partner-api.yaml`, `packages/softphone`). */
  source?: string;
}

function renderTopNav(activeSlug: string): SafeHtml {
  const links = [{ slug: "index", navTitle: "Overview" }, ...API_PAGES];
  // Package pages are many and named by their npm name; the home page's table lists them all.
  const onPackagePage = activeSlug.startsWith("package-");
  return html`<nav class="top-nav" aria-label="Pages">
    ${links.map(
      (link) =>
        html`<a href="${pageHref(link.slug)}"${link.slug === activeSlug ? html` aria-current="page"` : ""}>${link.navTitle}</a>`,
    )}
    <a href="index.html#packages"${onPackagePage ? html` aria-current="page"` : ""}>Packages</a>
  </nav>`;
}

function renderSidebar(groups: readonly NavGroup[]): SafeHtml {
  if (groups.length === 0) return html``;
  return html`<aside class="sidebar" aria-label="On this page">
    ${groups.map(
      (group) => html`<section class="nav-group">
        <h2>${group.href ? html`<a href="${group.href}">${group.title}</a>` : group.title}</h2>
        <ul>
          ${group.items.map(
            (item) =>
              html`<li><a href="${item.href}">${
                item.badge &&
                html`<span class="method method-${item.badge}">${item.badge.toUpperCase()}</span>`
              }<span class="nav-label">${item.label}</span>${item.hint && html`<code class="nav-hint">${item.hint}</code>`}</a></li>`,
          )}
        </ul>
      </section>`,
    )}
  </aside>`;
}

export function renderLayout(frame: PageFrame): string {
  const title = frame.slug === "index" ? SITE_TITLE : `${frame.title} · ${SITE_TITLE}`;
  return html`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="stylesheet" href="${STYLESHEET}">
</head>
<body class="page-${frame.slug}">
  <header class="top-bar">
    <a class="brand" href="index.html"><span class="brand-mark">◆</span> ${SITE_TITLE}</a>
    ${renderTopNav(frame.slug)}
  </header>
  <div class="shell${frame.sidebar.length === 0 ? " no-sidebar" : ""}">
    ${renderSidebar(frame.sidebar)}
    <main class="content">
      ${frame.content}
      <footer class="page-footer">
        ${frame.source ? html`Generated from <code>${frame.source}</code>.` : "Generated from specs/."}
        Every wire format here comes from the specs; nothing is restated by hand.
      </footer>
    </main>
  </div>
</body>
</html>
`.value;
}
