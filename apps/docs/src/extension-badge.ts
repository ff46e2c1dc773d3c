/**
 * The visible mark on anything a spec adds beyond the source documents (`x-ccaas-extension`), so a
 * reader can always tell what the platform documents from what this SDK introduced, and why.
 */
import { html, type SafeHtml } from "./html.ts";

export const EXTENSION_LABEL = "beyond the source documents";

export function readExtension(node: unknown): string | undefined {
  if (typeof node !== "object" || node === null) return undefined;
  const reason: unknown = (node as { "x-ccaas-extension"?: unknown })["x-ccaas-extension"];
  if (reason === undefined || reason === false) return undefined;
  return typeof reason === "string" ? reason : "";
}

/** Renders the badge for the first node that carries the marker (a property, then what it refers to). */
export function extensionBadge(...nodes: readonly unknown[]): SafeHtml | false {
  const reason = nodes.map(readExtension).find((found) => found !== undefined);
  if (reason === undefined) return false;
  return html`<span class="extension" title="${reason}"
    ><span class="extension-badge">${EXTENSION_LABEL}</span
    >${reason && html` <span class="extension-reason">${reason}</span>`}</span
  >`;
}
