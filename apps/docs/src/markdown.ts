/**
 * Markdown for spec descriptions. Specs are trusted to be Markdown, not HTML: raw HTML in them is shown
 * as text (escaped), and links may only use web schemes, so a description cannot run script in a reader's
 * browser.
 */
import { Marked } from "marked";
import { escapeHtml, type SafeHtml, trustedHtml } from "./html.ts";

const SAFE_LINK = /^(https?:|mailto:|#|\.{0,2}\/|[\w-]+\.html)/i;

const marked = new Marked({
  gfm: true,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
    link({ href, tokens }) {
      // `false` falls back to marked's own (escaping) link renderer.
      return SAFE_LINK.test(href) ? false : this.parser.parseInline(tokens);
    },
    image({ text }) {
      // A reference site has no business loading remote images named by a spec.
      return escapeHtml(text);
    },
  },
});

/** Block Markdown (paragraphs, lists, code). Renders nothing for a missing description. */
export function renderMarkdown(text: string | undefined): SafeHtml {
  if (!text?.trim()) return trustedHtml("");
  return trustedHtml(marked.parse(text, { async: false }));
}

/** Inline Markdown for one-liners such as summaries (no wrapping paragraph). */
export function renderInlineMarkdown(text: string | undefined): SafeHtml {
  if (!text?.trim()) return trustedHtml("");
  return trustedHtml(marked.parseInline(text, { async: false }));
}

/** In a README, only web links and in-page anchors resolve on the site; links to repo files stay text. */
const README_LINK = /^(https?:|mailto:|#)/i;

const readmeMarked = new Marked({
  gfm: true,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
    link({ href, tokens }) {
      return README_LINK.test(href) ? false : this.parser.parseInline(tokens);
    },
    image({ text }) {
      return escapeHtml(text);
    },
  },
});

/**
 * A package README on the package's page. Its leading `# title` is dropped (the page heading is the
 * package name already).
 */
export function renderReadme(text: string | undefined): SafeHtml {
  const body = text?.replace(/^\s*#\s[^\n]*\n/, "");
  if (!body?.trim()) return trustedHtml("");
  return trustedHtml(readmeMarked.parse(body, { async: false }));
}
